CREATE TABLE "calendar_years" (
	"city_id" text NOT NULL,
	"year" integer NOT NULL,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "calendar_years_city_id_year_pk" PRIMARY KEY("city_id","year")
);
--> statement-breakpoint
CREATE TABLE "deadline_warnings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deadline_warnings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"city_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"step" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"level" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loop_policies" (
	"city_id" text PRIMARY KEY NOT NULL,
	"intake_level" text NOT NULL,
	"warn_at_percent" integer NOT NULL,
	"working_hours" jsonb NOT NULL,
	"supervision_answer_within" jsonb NOT NULL,
	"close_unrated_after" jsonb NOT NULL,
	"reopen_to" text NOT NULL,
	"auto_escalation" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"position" integer NOT NULL,
	"kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"category_code" text,
	"area_unit_id" uuid,
	"target_unit_id" uuid,
	"target_place" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"urgencies" text[] DEFAULT '{}'::text[] NOT NULL,
	"category_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"category_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"accept" jsonb,
	"first_response" jsonb,
	"resolution" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"step" text,
	"deadline_due_at" timestamp with time zone,
	"reason" text NOT NULL,
	"issued_by_type" text NOT NULL,
	"issued_by_account_id" uuid,
	"issued_by_unit_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"answer_due_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer" text,
	"answered_by_account_id" uuid
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "timers" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_rating" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "final_rating" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "deadlines" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "supervisions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "pending_extension" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "co_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "accept_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "resolution_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "next_check_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_warnings" ADD CONSTRAINT "deadline_warnings_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_warnings" ADD CONSTRAINT "deadline_warnings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_warnings" ADD CONSTRAINT "deadline_warnings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loop_policies" ADD CONSTRAINT "loop_policies_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_area_unit_id_units_id_fk" FOREIGN KEY ("area_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_issued_by_unit_id_units_id_fk" FOREIGN KEY ("issued_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_warnings_once_idx" ON "deadline_warnings" USING btree ("case_id","round","step","unit_id","level","due_at");--> statement-breakpoint
CREATE INDEX "deadline_warnings_city_created_idx" ON "deadline_warnings" USING btree ("city_id","created_at");--> statement-breakpoint
CREATE INDEX "deadline_warnings_unit_created_idx" ON "deadline_warnings" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "routing_rules_city_position_idx" ON "routing_rules" USING btree ("city_id","position");--> statement-breakpoint
CREATE INDEX "sla_policies_city_position_idx" ON "sla_policies" USING btree ("city_id","position");--> statement-breakpoint
CREATE INDEX "supervision_notices_unit_idx" ON "supervision_notices" USING btree ("unit_id","answered_at");--> statement-breakpoint
CREATE INDEX "supervision_notices_city_issued_idx" ON "supervision_notices" USING btree ("city_id","issued_at");--> statement-breakpoint
CREATE INDEX "supervision_notices_case_idx" ON "supervision_notices" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_notices_deadline_once_idx" ON "supervision_notices" USING btree ("case_id","round","step","unit_id","deadline_due_at") WHERE "supervision_notices"."issued_by_type" = 'system';--> statement-breakpoint
CREATE INDEX "cases_next_check_idx" ON "cases" USING btree ("next_check_at") WHERE "cases"."next_check_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_city_due_idx" ON "cases" USING btree ("city_id","due_at") WHERE "cases"."due_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_co_units_idx" ON "cases" USING gin ("co_unit_ids");