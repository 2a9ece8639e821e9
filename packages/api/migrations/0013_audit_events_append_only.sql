-- The audit log is evidence of who signed in, who changed whose permissions and who saw a
-- resident's number: once written, a row never changes. The database refuses UPDATE, DELETE and
-- TRUNCATE, whatever the application does.
CREATE OR REPLACE FUNCTION huying_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION huying_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION huying_refuse_audit_change();
