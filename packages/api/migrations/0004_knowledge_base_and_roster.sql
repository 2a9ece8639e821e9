CREATE TABLE "kb_articles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"city_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"number" text,
	"headings" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" text NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"source" text NOT NULL,
	"source_key" text NOT NULL,
	"content_hash" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"version_group" text NOT NULL,
	"version_date" date,
	"status" text NOT NULL,
	"category" text NOT NULL,
	"subcategory" text,
	"region" text NOT NULL,
	"province" text,
	"locality" text,
	"issuing_level" text NOT NULL,
	"issuer" text,
	"promulgated_on" date,
	"effective_on" date,
	"history" text[] DEFAULT '{}'::text[] NOT NULL,
	"guide" jsonb,
	"article_count" integer NOT NULL,
	"title_search" "tsvector" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_lexicon" (
	"city_id" text NOT NULL,
	"kind" text NOT NULL,
	"term" text NOT NULL,
	"expansions" text[] DEFAULT '{}'::text[] NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kb_lexicon_city_id_kind_term_pk" PRIMARY KEY("city_id","kind","term")
);
--> statement-breakpoint
CREATE TABLE "kb_settings" (
	"city_id" text PRIMARY KEY NOT NULL,
	"local_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"article_count" integer DEFAULT 0 NOT NULL,
	"stats_refreshed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_term_stats" (
	"city_id" text NOT NULL,
	"term" text NOT NULL,
	"articles" integer NOT NULL,
	CONSTRAINT "kb_term_stats_city_id_term_pk" PRIMARY KEY("city_id","term")
);
--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"shift_id" uuid,
	"assigned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_handovers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"from_account_id" uuid NOT NULL,
	"to_account_id" uuid,
	"shift_id" uuid,
	"notes" text NOT NULL,
	"open_case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid
);
--> statement-breakpoint
CREATE TABLE "roster_leaves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_leaves_positive" CHECK ("roster_leaves"."ends_at" > "roster_leaves"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "roster_shifts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_shifts_positive" CHECK ("roster_shifts"."ends_at" > "roster_shifts"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "kb_articles" ADD CONSTRAINT "kb_articles_document_id_kb_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."kb_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_documents" ADD CONSTRAINT "kb_documents_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_lexicon" ADD CONSTRAINT "kb_lexicon_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_lexicon" ADD CONSTRAINT "kb_lexicon_updated_by_staff_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_settings" ADD CONSTRAINT "kb_settings_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_account_id_staff_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_shift_id_roster_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."roster_shifts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_handovers" ADD CONSTRAINT "roster_handovers_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_handovers" ADD CONSTRAINT "roster_handovers_from_account_id_staff_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_handovers" ADD CONSTRAINT "roster_handovers_to_account_id_staff_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_handovers" ADD CONSTRAINT "roster_handovers_shift_id_roster_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."roster_shifts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_handovers" ADD CONSTRAINT "roster_handovers_acknowledged_by_staff_accounts_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_leaves" ADD CONSTRAINT "roster_leaves_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_leaves" ADD CONSTRAINT "roster_leaves_account_id_staff_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_leaves" ADD CONSTRAINT "roster_leaves_created_by_staff_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_account_id_staff_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_created_by_staff_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kb_articles_document_ordinal_idx" ON "kb_articles" USING btree ("document_id","ordinal");--> statement-breakpoint
CREATE INDEX "kb_articles_search_idx" ON "kb_articles" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_documents_city_source_idx" ON "kb_documents" USING btree ("city_id","source_key");--> statement-breakpoint
CREATE INDEX "kb_documents_city_group_idx" ON "kb_documents" USING btree ("city_id","version_group");--> statement-breakpoint
CREATE INDEX "kb_documents_city_filter_idx" ON "kb_documents" USING btree ("city_id","status","category");--> statement-breakpoint
CREATE INDEX "kb_documents_title_search_idx" ON "kb_documents" USING gin ("title_search");--> statement-breakpoint
CREATE INDEX "case_assignments_account_idx" ON "case_assignments" USING btree ("account_id","assigned_at");--> statement-breakpoint
CREATE INDEX "roster_handovers_city_created_idx" ON "roster_handovers" USING btree ("city_id","created_at");--> statement-breakpoint
CREATE INDEX "roster_leaves_city_time_idx" ON "roster_leaves" USING btree ("city_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "roster_shifts_city_time_idx" ON "roster_shifts" USING btree ("city_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "roster_shifts_account_idx" ON "roster_shifts" USING btree ("account_id","starts_at");