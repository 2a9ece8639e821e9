CREATE TABLE "assessment_configs" (
	"city_id" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" text NOT NULL,
	"config" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_account_id" uuid,
	CONSTRAINT "assessment_configs_city_id_version_pk" PRIMARY KEY("city_id","version")
);
--> statement-breakpoint
CREATE TABLE "assessment_deadlines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_deadlines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"city_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"step" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paused_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"lapsed_at" timestamp with time zone,
	"lapsed_unit_id" uuid,
	"extensions" integer DEFAULT 0 NOT NULL,
	"settles_at" timestamp with time zone GENERATED ALWAYS AS (COALESCE(lapsed_at, ended_at, due_at)) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_moves" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assessment_moves_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"city_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"unit_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_replies" (
	"city_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"replied_at" timestamp with time zone NOT NULL,
	"rating" text,
	"rated_at" timestamp with time zone,
	"reopened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "assessment_replies_case_id_round_pk" PRIMARY KEY("case_id","round")
);
--> statement-breakpoint
CREATE TABLE "assessment_runs" (
	"city_id" text NOT NULL,
	"month" text NOT NULL,
	"trigger" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"snapshot_id" uuid,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"changed" boolean,
	CONSTRAINT "assessment_runs_city_id_month_trigger_pk" PRIMARY KEY("city_id","month","trigger")
);
--> statement-breakpoint
CREATE TABLE "assessment_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"month" text NOT NULL,
	"revision" integer NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"generated_by_account_id" uuid,
	"config_version" integer NOT NULL,
	"config" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_building_monthly" (
	"city_id" text NOT NULL,
	"month" date NOT NULL,
	"building_id" uuid NOT NULL,
	"area_unit_id" uuid NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "analytics_building_monthly_city_id_month_building_id_pk" PRIMARY KEY("city_id","month","building_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_category_monthly" (
	"city_id" text NOT NULL,
	"month" date NOT NULL,
	"area_unit_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "analytics_category_monthly_city_id_month_area_unit_id_category_id_pk" PRIMARY KEY("city_id","month","area_unit_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_deadline_daily" (
	"city_id" text NOT NULL,
	"day" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"step" text NOT NULL,
	"on_time" integer NOT NULL,
	"late" integer NOT NULL,
	"minutes" bigint NOT NULL,
	CONSTRAINT "analytics_deadline_daily_city_id_day_unit_id_step_pk" PRIMARY KEY("city_id","day","unit_id","step")
);
--> statement-breakpoint
CREATE TABLE "analytics_intake_daily" (
	"city_id" text NOT NULL,
	"day" date NOT NULL,
	"area_unit_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "analytics_intake_daily_city_id_day_area_unit_id_channel_kind_pk" PRIMARY KEY("city_id","day","area_unit_id","channel","kind")
);
--> statement-breakpoint
CREATE TABLE "analytics_rating_daily" (
	"city_id" text NOT NULL,
	"day" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"first_reply" integer NOT NULL,
	"level" text NOT NULL,
	"ratings" integer NOT NULL,
	CONSTRAINT "analytics_rating_daily_city_id_day_unit_id_first_reply_level_pk" PRIMARY KEY("city_id","day","unit_id","first_reply","level")
);
--> statement-breakpoint
ALTER TABLE "assessment_configs" ADD CONSTRAINT "assessment_configs_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_deadlines" ADD CONSTRAINT "assessment_deadlines_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_deadlines" ADD CONSTRAINT "assessment_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_deadlines" ADD CONSTRAINT "assessment_deadlines_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_deadlines" ADD CONSTRAINT "assessment_deadlines_lapsed_unit_id_units_id_fk" FOREIGN KEY ("lapsed_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_moves" ADD CONSTRAINT "assessment_moves_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_moves" ADD CONSTRAINT "assessment_moves_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_moves" ADD CONSTRAINT "assessment_moves_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_replies" ADD CONSTRAINT "assessment_replies_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_replies" ADD CONSTRAINT "assessment_replies_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_replies" ADD CONSTRAINT "assessment_replies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_runs" ADD CONSTRAINT "assessment_runs_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_runs" ADD CONSTRAINT "assessment_runs_snapshot_id_assessment_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."assessment_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_snapshots" ADD CONSTRAINT "assessment_snapshots_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_deadlines_city_settles_idx" ON "assessment_deadlines" USING btree ("city_id","settles_at");--> statement-breakpoint
CREATE INDEX "assessment_deadlines_running_idx" ON "assessment_deadlines" USING btree ("case_id") WHERE "assessment_deadlines"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX "assessment_deadlines_case_idx" ON "assessment_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "assessment_moves_city_at_idx" ON "assessment_moves" USING btree ("city_id","at");--> statement-breakpoint
CREATE INDEX "assessment_moves_case_idx" ON "assessment_moves" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "assessment_replies_city_replied_idx" ON "assessment_replies" USING btree ("city_id","replied_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_snapshots_month_revision_idx" ON "assessment_snapshots" USING btree ("city_id","month","revision");--> statement-breakpoint
CREATE INDEX "analytics_building_monthly_area_idx" ON "analytics_building_monthly" USING btree ("city_id","area_unit_id","month");