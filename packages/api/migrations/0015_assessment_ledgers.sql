-- The assessment ledgers and the dashboard rollups, kept by the database from every case event as
-- it is inserted: whatever writes events (the API, the seed, a script), the ledgers follow, in the
-- same transaction. The rules mirror the core's deadlines (packages/core/src/case/deadlines.ts);
-- docs/assessment.md explains them and the tests rebuild the ledgers from the events to compare.
CREATE OR REPLACE FUNCTION huying_assessment_apply_event(e case_events) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  zone text;
  local_day date;
  intake record;
  upheld boolean;
  d record;
BEGIN
  SELECT time_zone INTO zone FROM cities WHERE id = e.city_id;
  local_day := (e.created_at AT TIME ZONE zone)::date;

  -- Moves between units, each counted for the unit it concerns.
  IF e.type IN ('submitted', 'dispatched', 'escalated', 'reopened')
     OR (e.type = 'return_ruled' AND NOT (e.payload ->> 'upheld')::boolean)
     OR (e.type = 'joint_started' AND e.to_unit_id IS DISTINCT FROM e.from_unit_id) THEN
    INSERT INTO assessment_moves (city_id, case_id, seq, at, type, unit_id)
    VALUES (e.city_id, e.case_id, e.seq, e.created_at, 'arrival', e.to_unit_id);
  END IF;

  IF e.type = 'returned' THEN
    INSERT INTO assessment_moves (city_id, case_id, seq, at, type, unit_id)
    VALUES (e.city_id, e.case_id, e.seq, e.created_at, 'returned', (e.payload ->> 'returnedByUnitId')::uuid);
  ELSIF e.type = 'return_ruled' THEN
    upheld := (e.payload ->> 'upheld')::boolean;
    INSERT INTO assessment_moves (city_id, case_id, seq, at, type, unit_id)
    VALUES (e.city_id, e.case_id, e.seq, e.created_at, CASE WHEN upheld THEN 'return_upheld' ELSE 'return_rejected' END,
            (e.payload ->> 'returnedByUnitId')::uuid);
  ELSIF e.type = 'joint_started' THEN
    INSERT INTO assessment_moves (city_id, case_id, seq, at, type, unit_id)
    SELECT e.city_id, e.case_id, e.seq, e.created_at, 'joint_part', (part ->> 'unitId')::uuid
    FROM jsonb_array_elements(e.payload -> 'parts') AS part;
  ELSIF e.type = 'reopened' THEN
    -- Counted against the unit whose reply the resident sent back: the holder when it was rated.
    INSERT INTO assessment_moves (city_id, case_id, seq, at, type, unit_id)
    VALUES (e.city_id, e.case_id, e.seq, e.created_at, 'reopened', e.from_unit_id);
    UPDATE assessment_replies SET reopened_at = e.created_at
    WHERE case_id = e.case_id AND round = e.round - 1 AND reopened_at IS NULL;
  ELSIF e.type = 'resolved' THEN
    INSERT INTO assessment_replies (city_id, case_id, round, unit_id, received_at, replied_at)
    VALUES (
      e.city_id, e.case_id, e.round, e.to_unit_id,
      COALESCE((SELECT max(m.at) FROM assessment_moves m WHERE m.case_id = e.case_id AND m.type = 'arrival' AND m.unit_id = e.to_unit_id), e.created_at),
      e.created_at)
    ON CONFLICT (case_id, round) DO NOTHING;
  ELSIF e.type = 'rated' THEN
    UPDATE assessment_replies SET rating = e.payload ->> 'level', rated_at = e.created_at
    WHERE case_id = e.case_id AND round = e.round;
    UPDATE assessment_replies SET superseded_at = e.created_at
    WHERE case_id = e.case_id AND round < e.round AND rated_at IS NOT NULL AND superseded_at IS NULL;
    INSERT INTO analytics_rating_daily (city_id, day, unit_id, first_reply, level, ratings)
    SELECT e.city_id, local_day, r.unit_id, CASE WHEN r.round = 1 THEN 1 ELSE 0 END, e.payload ->> 'level', 1
    FROM assessment_replies r WHERE r.case_id = e.case_id AND r.round = e.round
    ON CONFLICT (city_id, day, unit_id, first_reply, level) DO UPDATE SET ratings = analytics_rating_daily.ratings + 1;
  ELSIF e.type = 'closed' THEN
    UPDATE assessment_replies SET closed_at = e.created_at
    WHERE case_id = e.case_id AND round = e.round AND closed_at IS NULL;
  END IF;

  -- Intake rollups: a new case, by day, area, channel, kind, category and building.
  IF e.type = 'submitted' THEN
    SELECT c.channel, c.kind, c.category_id, c.building_id, COALESCE(grid.parent_id, c.intake_unit_id) AS area INTO intake
    FROM cases c
    LEFT JOIN buildings b ON b.id = c.building_id
    LEFT JOIN units grid ON grid.id = b.grid_unit_id
    WHERE c.id = e.case_id;
    INSERT INTO analytics_intake_daily (city_id, day, area_unit_id, channel, kind, cases)
    VALUES (e.city_id, local_day, intake.area, intake.channel, intake.kind, 1)
    ON CONFLICT (city_id, day, area_unit_id, channel, kind) DO UPDATE SET cases = analytics_intake_daily.cases + 1;
    INSERT INTO analytics_category_monthly (city_id, month, area_unit_id, category_id, cases)
    VALUES (e.city_id, date_trunc('month', local_day)::date, intake.area, COALESCE(intake.category_id, '00000000-0000-0000-0000-000000000000'::uuid), 1)
    ON CONFLICT (city_id, month, area_unit_id, category_id) DO UPDATE SET cases = analytics_category_monthly.cases + 1;
    IF intake.building_id IS NOT NULL THEN
      INSERT INTO analytics_building_monthly (city_id, month, building_id, area_unit_id, cases)
      VALUES (e.city_id, date_trunc('month', local_day)::date, intake.building_id, intake.area, 1)
      ON CONFLICT (city_id, month, building_id) DO UPDATE SET cases = analytics_building_monthly.cases + 1;
    END IF;
  END IF;

  -- Deadlines: the event carries the case's deadlines after it whenever it changed them.
  IF e.timers IS NOT NULL THEN
    -- Those no longer running ended with this event. One that was past its due time (clock not
    -- stopped) lapsed then, whatever ended it; a part the lead closed without its report, before
    -- its due time, was waived and counts nowhere.
    WITH after AS (
      SELECT a.step, a."unitId" AS unit_id, a."startedAt" AS started_at
      FROM jsonb_to_recordset(e.timers -> 'deadlines') AS a(step text, "unitId" uuid, "startedAt" timestamptz)
    ), ended AS (
      UPDATE assessment_deadlines r
      SET ended_at = e.created_at,
          ended_by = e.type,
          lapsed_at = CASE WHEN r.lapsed_at IS NULL AND r.paused_at IS NULL AND r.due_at < e.created_at THEN r.due_at ELSE r.lapsed_at END,
          lapsed_unit_id = CASE WHEN r.lapsed_at IS NULL AND r.paused_at IS NULL AND r.due_at < e.created_at THEN r.unit_id ELSE r.lapsed_unit_id END
      WHERE r.case_id = e.case_id AND r.ended_at IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM after a
          WHERE a.step = r.step AND a.started_at = r.started_at AND (a.step IN ('first_response', 'resolution') OR a.unit_id = r.unit_id))
      RETURNING r.unit_id, r.lapsed_unit_id, r.step, r.started_at, r.ended_at, r.ended_by, r.lapsed_at
    )
    INSERT INTO analytics_deadline_daily (city_id, day, unit_id, step, on_time, late, minutes)
    SELECT e.city_id, local_day, COALESCE(x.lapsed_unit_id, x.unit_id), x.step,
           count(*) FILTER (WHERE x.lapsed_at IS NULL), count(*) FILTER (WHERE x.lapsed_at IS NOT NULL),
           COALESCE(sum(round(extract(epoch FROM x.ended_at - x.started_at) / 60)), 0)::bigint
    FROM ended x
    WHERE NOT (x.step = 'part' AND x.ended_by <> 'part_reported' AND x.lapsed_at IS NULL)
    GROUP BY COALESCE(x.lapsed_unit_id, x.unit_id), x.step
    ON CONFLICT (city_id, day, unit_id, step) DO UPDATE
    SET on_time = analytics_deadline_daily.on_time + excluded.on_time,
        late = analytics_deadline_daily.late + excluded.late,
        minutes = analytics_deadline_daily.minutes + excluded.minutes;

    -- Those running after it: follow the holder, take a new due time, stop or restart the clock.
    FOR d IN
      SELECT a.step, a."unitId" AS unit_id, a."startedAt" AS started_at, a."dueAt" AS due_at, a.paused IS NOT NULL AND a.paused <> 'null'::jsonb AS paused,
             COALESCE(a.extensions, 0) AS extensions
      FROM jsonb_to_recordset(e.timers -> 'deadlines') AS a(step text, "unitId" uuid, "startedAt" timestamptz, "dueAt" timestamptz, paused jsonb, extensions int)
    LOOP
      UPDATE assessment_deadlines r
      SET lapsed_at = CASE WHEN r.lapsed_at IS NULL AND r.paused_at IS NULL AND r.due_at < e.created_at THEN r.due_at ELSE r.lapsed_at END,
          lapsed_unit_id = CASE WHEN r.lapsed_at IS NULL AND r.paused_at IS NULL AND r.due_at < e.created_at THEN r.unit_id ELSE r.lapsed_unit_id END,
          unit_id = d.unit_id,
          due_at = d.due_at,
          paused_at = CASE WHEN d.paused THEN COALESCE(r.paused_at, e.created_at) END,
          extensions = d.extensions
      WHERE r.case_id = e.case_id AND r.ended_at IS NULL AND r.step = d.step AND r.started_at = d.started_at
        AND (d.step IN ('first_response', 'resolution') OR r.unit_id = d.unit_id);
      IF NOT FOUND THEN
        INSERT INTO assessment_deadlines (city_id, case_id, round, step, unit_id, started_at, due_at, paused_at, extensions)
        VALUES (e.city_id, e.case_id, e.round, d.step, d.unit_id, d.started_at, d.due_at, CASE WHEN d.paused THEN e.created_at END, d.extensions);
      END IF;
    END LOOP;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION huying_assessment_on_event() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM huying_assessment_apply_event(NEW);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_events_assessment
  AFTER INSERT ON case_events
  FOR EACH ROW EXECUTE FUNCTION huying_assessment_on_event();
--> statement-breakpoint
-- Cases recorded before this migration: their events, case by case in order.
DO $$
DECLARE
  e case_events;
BEGIN
  FOR e IN SELECT * FROM case_events ORDER BY case_id, seq LOOP
    PERFORM huying_assessment_apply_event(e);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- A stored month is evidence: it never changes; a new run adds the next revision.
CREATE OR REPLACE FUNCTION huying_refuse_snapshot_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'assessment_snapshots are immutable: % is not allowed; generate the month again for a new revision', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assessment_snapshots_immutable
  BEFORE UPDATE OR DELETE ON assessment_snapshots
  FOR EACH ROW EXECUTE FUNCTION huying_refuse_snapshot_change();
--> statement-breakpoint
CREATE TRIGGER assessment_snapshots_no_truncate
  BEFORE TRUNCATE ON assessment_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION huying_refuse_snapshot_change();
