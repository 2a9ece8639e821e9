-- Routing suggestions ask, at request time, which units resolved a city's recent cases of a few
-- categories (and how many of those cases were near the case's building). This index answers it
-- from the index alone. It is declared here because drizzle only declares an index with its
-- table's schema.
CREATE INDEX IF NOT EXISTS "cases_category_handler_idx" ON "cases" USING btree ("city_id", "category_id", "resolved_at") INCLUDE ("last_handler_unit_id", "building_id") WHERE "last_handler_unit_id" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "routing_suggestion_decisions" ADD CONSTRAINT "routing_suggestion_decisions_outcomes_check" CHECK ("category_outcome" IN ('accepted', 'overridden', 'undecided') AND "unit_outcome" IN ('accepted', 'overridden', 'undecided'));
