CREATE TABLE "kiosks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"city_id" text NOT NULL,
	"label" text NOT NULL,
	"hall_name" text NOT NULL,
	"hall_name_en" text,
	"unit_id" uuid NOT NULL,
	"building_id" uuid,
	"address" text NOT NULL,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"pin_hash" text NOT NULL,
	"notices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "kiosks" ADD CONSTRAINT "kiosks_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosks" ADD CONSTRAINT "kiosks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosks" ADD CONSTRAINT "kiosks_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kiosks_key_hash_idx" ON "kiosks" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "kiosks_city_idx" ON "kiosks" USING btree ("city_id");