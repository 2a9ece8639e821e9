-- Raises a city's configuration version whenever a row that routes or times its new cases
-- changes, in the same transaction: a process that caches those settings compares this one
-- number per request instead of reading them all again (services/cases/city-config.ts).
CREATE OR REPLACE FUNCTION huying_bump_city_config_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
  previous jsonb;
  key text := CASE WHEN TG_TABLE_NAME = 'cities' THEN 'id' ELSE 'city_id' END;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
  INSERT INTO city_config_versions AS v (city_id, version) VALUES (changed->>key, 1)
    ON CONFLICT (city_id) DO UPDATE SET version = v.version + 1;
  IF TG_OP = 'UPDATE' THEN
    previous := to_jsonb(OLD);
    IF previous->>key IS DISTINCT FROM changed->>key THEN
      INSERT INTO city_config_versions AS v (city_id, version) VALUES (previous->>key, 1)
        ON CONFLICT (city_id) DO UPDATE SET version = v.version + 1;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cities_config_version AFTER INSERT OR UPDATE OR DELETE ON cities
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
--> statement-breakpoint
CREATE TRIGGER units_config_version AFTER INSERT OR UPDATE OR DELETE ON units
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
--> statement-breakpoint
CREATE TRIGGER categories_config_version AFTER INSERT OR UPDATE OR DELETE ON categories
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
--> statement-breakpoint
CREATE TRIGGER routing_rules_config_version AFTER INSERT OR UPDATE OR DELETE ON routing_rules
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
--> statement-breakpoint
CREATE TRIGGER loop_policies_config_version AFTER INSERT OR UPDATE OR DELETE ON loop_policies
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
--> statement-breakpoint
CREATE TRIGGER sla_policies_config_version AFTER INSERT OR UPDATE OR DELETE ON sla_policies
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
--> statement-breakpoint
CREATE TRIGGER calendar_years_config_version AFTER INSERT OR UPDATE OR DELETE ON calendar_years
  FOR EACH ROW EXECUTE FUNCTION huying_bump_city_config_version();
