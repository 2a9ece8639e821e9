CREATE TABLE "city_config_versions" (
	"city_id" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
