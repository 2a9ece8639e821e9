-- The assessment ledgers and analytics rollups an event feeds (huying_assessment_apply_event)
-- now update when its transaction commits instead of when the event is inserted.
--
-- Every new case adds one to the same few counter rows (its day's intake by area, channel and
-- kind; its month's category and building), and a row lock taken by an upsert is held until the
-- transaction ends. Taken at the insert, it was held through everything the API did afterwards
-- in that transaction — the webhook rows, the notification, building the answer, each a round
-- trip behind other requests on a busy process — and every other submission in the city queued
-- on it at its own event insert. Deferred to the commit, it is held only for the commit itself.
-- The triggers still run in the order the events were inserted, inside the same transaction,
-- so a rollback undoes them with the event as before.
DROP TRIGGER IF EXISTS case_events_assessment ON case_events;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_events_assessment
  AFTER INSERT ON case_events
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION huying_assessment_on_event();
