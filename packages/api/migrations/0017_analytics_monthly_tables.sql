CREATE TABLE "analytics_deadline_monthly" (
	"city_id" text NOT NULL,
	"month" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"step" text NOT NULL,
	"on_time" integer NOT NULL,
	"late" integer NOT NULL,
	"minutes" bigint NOT NULL,
	CONSTRAINT "analytics_deadline_monthly_city_id_month_unit_id_step_pk" PRIMARY KEY("city_id","month","unit_id","step")
);
--> statement-breakpoint
CREATE TABLE "analytics_intake_monthly" (
	"city_id" text NOT NULL,
	"month" date NOT NULL,
	"area_unit_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"cases" integer NOT NULL,
	CONSTRAINT "analytics_intake_monthly_city_id_month_area_unit_id_channel_kind_pk" PRIMARY KEY("city_id","month","area_unit_id","channel","kind")
);
--> statement-breakpoint
CREATE TABLE "analytics_rating_monthly" (
	"city_id" text NOT NULL,
	"month" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"first_reply" integer NOT NULL,
	"level" text NOT NULL,
	"ratings" integer NOT NULL,
	CONSTRAINT "analytics_rating_monthly_city_id_month_unit_id_first_reply_level_pk" PRIMARY KEY("city_id","month","unit_id","first_reply","level")
);
