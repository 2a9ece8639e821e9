-- The monthly rollups follow the daily ones: whatever a day's row gains (a new row, or the upsert
-- of the event trigger adding to it) its month gains too, in the same transaction. Daily rows are
-- only ever added to, so the difference between the new and the old row is what to add.
CREATE OR REPLACE FUNCTION huying_analytics_intake_to_month() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  gained integer := NEW.cases - CASE WHEN TG_OP = 'UPDATE' THEN OLD.cases ELSE 0 END;
BEGIN
  INSERT INTO analytics_intake_monthly (city_id, month, area_unit_id, channel, kind, cases)
  VALUES (NEW.city_id, date_trunc('month', NEW.day)::date, NEW.area_unit_id, NEW.channel, NEW.kind, gained)
  ON CONFLICT (city_id, month, area_unit_id, channel, kind) DO UPDATE SET cases = analytics_intake_monthly.cases + excluded.cases;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER analytics_intake_daily_to_month
  AFTER INSERT OR UPDATE ON analytics_intake_daily
  FOR EACH ROW EXECUTE FUNCTION huying_analytics_intake_to_month();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION huying_analytics_deadline_to_month() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_deadline_monthly (city_id, month, unit_id, step, on_time, late, minutes)
  VALUES (NEW.city_id, date_trunc('month', NEW.day)::date, NEW.unit_id, NEW.step,
          NEW.on_time - CASE WHEN TG_OP = 'UPDATE' THEN OLD.on_time ELSE 0 END,
          NEW.late - CASE WHEN TG_OP = 'UPDATE' THEN OLD.late ELSE 0 END,
          NEW.minutes - CASE WHEN TG_OP = 'UPDATE' THEN OLD.minutes ELSE 0 END)
  ON CONFLICT (city_id, month, unit_id, step) DO UPDATE
  SET on_time = analytics_deadline_monthly.on_time + excluded.on_time,
      late = analytics_deadline_monthly.late + excluded.late,
      minutes = analytics_deadline_monthly.minutes + excluded.minutes;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER analytics_deadline_daily_to_month
  AFTER INSERT OR UPDATE ON analytics_deadline_daily
  FOR EACH ROW EXECUTE FUNCTION huying_analytics_deadline_to_month();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION huying_analytics_rating_to_month() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  gained integer := NEW.ratings - CASE WHEN TG_OP = 'UPDATE' THEN OLD.ratings ELSE 0 END;
BEGIN
  INSERT INTO analytics_rating_monthly (city_id, month, unit_id, first_reply, level, ratings)
  VALUES (NEW.city_id, date_trunc('month', NEW.day)::date, NEW.unit_id, NEW.first_reply, NEW.level, gained)
  ON CONFLICT (city_id, month, unit_id, first_reply, level) DO UPDATE SET ratings = analytics_rating_monthly.ratings + excluded.ratings;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER analytics_rating_daily_to_month
  AFTER INSERT OR UPDATE ON analytics_rating_daily
  FOR EACH ROW EXECUTE FUNCTION huying_analytics_rating_to_month();
--> statement-breakpoint
-- What the daily rollups hold already.
INSERT INTO analytics_intake_monthly (city_id, month, area_unit_id, channel, kind, cases)
SELECT city_id, date_trunc('month', day)::date, area_unit_id, channel, kind, sum(cases)::int
FROM analytics_intake_daily GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO analytics_deadline_monthly (city_id, month, unit_id, step, on_time, late, minutes)
SELECT city_id, date_trunc('month', day)::date, unit_id, step, sum(on_time)::int, sum(late)::int, sum(minutes)::bigint
FROM analytics_deadline_daily GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO analytics_rating_monthly (city_id, month, unit_id, first_reply, level, ratings)
SELECT city_id, date_trunc('month', day)::date, unit_id, first_reply, level, sum(ratings)::int
FROM analytics_rating_daily GROUP BY 1, 2, 3, 4, 5;
