DROP INDEX "cases_city_created_idx";--> statement-breakpoint
CREATE INDEX "cases_city_newest_idx" ON "cases" USING btree ("city_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_holder_newest_idx" ON "cases" USING btree ("holder_unit_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);