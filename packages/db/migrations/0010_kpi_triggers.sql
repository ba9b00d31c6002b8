-- Every change to a complaint marks it for the KPI job in the same transaction (docs/kpi.md).
CREATE OR REPLACE FUNCTION kpi_mark_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_dirty_complaints (complaint_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER complaints_kpi_mark AFTER INSERT OR UPDATE ON complaints
  FOR EACH ROW EXECUTE FUNCTION kpi_mark_complaint();
--> statement-breakpoint
-- Complaints filed before this migration are counted by the first run of the job.
INSERT INTO kpi_dirty_complaints (complaint_id) SELECT id FROM complaints ON CONFLICT DO NOTHING;
