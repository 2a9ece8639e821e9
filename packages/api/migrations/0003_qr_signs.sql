CREATE TABLE "qr_signing_keys" (
	"city_id" text NOT NULL,
	"kid" integer NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "qr_signing_keys_city_id_kid_pk" PRIMARY KEY("city_id","kid")
);
--> statement-breakpoint
CREATE TABLE "sign_scans" (
	"sign_id" uuid NOT NULL,
	"day" date NOT NULL,
	"city_id" text NOT NULL,
	"building_id" uuid NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sign_scans_sign_id_day_pk" PRIMARY KEY("sign_id","day")
);
--> statement-breakpoint
CREATE TABLE "signs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"serial" bigint GENERATED ALWAYS AS IDENTITY (sequence name "signs_serial_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"city_id" text NOT NULL,
	"building_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kid" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "qr_signing_keys" ADD CONSTRAINT "qr_signing_keys_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_scans" ADD CONSTRAINT "sign_scans_sign_id_signs_id_fk" FOREIGN KEY ("sign_id") REFERENCES "public"."signs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_scans" ADD CONSTRAINT "sign_scans_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_scans" ADD CONSTRAINT "sign_scans_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signs" ADD CONSTRAINT "signs_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signs" ADD CONSTRAINT "signs_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_scans_building_day_idx" ON "sign_scans" USING btree ("building_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "signs_serial_idx" ON "signs" USING btree ("serial");--> statement-breakpoint
CREATE UNIQUE INDEX "signs_building_version_idx" ON "signs" USING btree ("building_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "signs_building_current_idx" ON "signs" USING btree ("building_id") WHERE revoked_at IS NULL;--> statement-breakpoint
CREATE INDEX "signs_city_idx" ON "signs" USING btree ("city_id");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_city_code_idx" ON "buildings" USING btree ("city_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_grid_name_idx" ON "buildings" USING btree ("grid_unit_id","name");