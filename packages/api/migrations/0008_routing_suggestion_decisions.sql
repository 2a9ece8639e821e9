CREATE TABLE "routing_suggestion_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"model_version" text NOT NULL,
	"suggested_category_id" uuid,
	"suggested_category_score" double precision,
	"suggested_unit_id" uuid,
	"suggested_unit_score" double precision,
	"chosen_category_id" uuid,
	"chosen_unit_id" uuid,
	"category_outcome" text NOT NULL,
	"unit_outcome" text NOT NULL,
	"chosen_category_rank" integer,
	"chosen_unit_rank" integer,
	"suggestion" jsonb NOT NULL,
	"note" text,
	"decided_by_account_id" uuid NOT NULL,
	"decided_by_unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_suggested_category_id_categories_id_fk" FOREIGN KEY ("suggested_category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_suggested_unit_id_units_id_fk" FOREIGN KEY ("suggested_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_chosen_category_id_categories_id_fk" FOREIGN KEY ("chosen_category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_chosen_unit_id_units_id_fk" FOREIGN KEY ("chosen_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_decided_by_account_id_staff_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_decided_by_unit_id_units_id_fk" FOREIGN KEY ("decided_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "routing_suggestion_decisions_case_idx" ON "routing_suggestion_decisions" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "routing_suggestion_decisions_city_idx" ON "routing_suggestion_decisions" USING btree ("city_id","created_at");