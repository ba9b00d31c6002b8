-- An UPDATE of claim lines changes the sums only where a line's repair date, station or approved
-- amount changes: one line at a time (an audit decision, an edit before submission). The statement-level
-- trigger captured every updated row in transition tables even when nothing counted changed — a
-- settlement stamping 100 000 lines paid for both tables and their grouping. Updates are now followed
-- row by row, only for the rows whose counted columns changed (the WHEN clause: a stamp fires nothing),
-- through the same delta statement; inserts and deletions stay statement-level.
CREATE OR REPLACE FUNCTION kpi_claim_line_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE
    WHEN TG_LEVEL = 'ROW' THEN format(
      'SELECT %L::date AS repair_date, %L::uuid AS dealer_id, -1 AS n, %s::bigint AS fen
       UNION ALL SELECT %L::date, %L::uuid, 1, %s::bigint',
      OLD.repair_date, OLD.dealer_id, -coalesce(OLD.approved_fen, 0),
      NEW.repair_date, NEW.dealer_id, coalesce(NEW.approved_fen, 0))
    WHEN TG_OP = 'INSERT' THEN 'SELECT repair_date, dealer_id, 1 AS n, coalesce(approved_fen, 0) AS fen FROM new_lines'
    ELSE 'SELECT repair_date, dealer_id, -1 AS n, -coalesce(approved_fen, 0) AS fen FROM old_lines'
  END;
BEGIN
  EXECUTE format($q$
    WITH changed AS (%s),
    delta AS (
      SELECT repair_date, dealer_id, sum(n)::int AS n, sum(fen)::bigint AS fen FROM changed
      GROUP BY 1, 2 HAVING sum(n) <> 0 OR sum(fen) <> 0
    ),
    daily AS (
      INSERT INTO kpi_claim_line_daily AS d (repair_date, dealer_id, lines, approved_fen)
        SELECT repair_date, dealer_id, n, fen FROM delta ORDER BY 1, 2
        ON CONFLICT (repair_date, dealer_id) DO UPDATE
          SET lines = d.lines + excluded.lines, approved_fen = d.approved_fen + excluded.approved_fen
    )
    INSERT INTO kpi_claim_line_monthly AS m (month, dealer_id, lines, approved_fen)
      SELECT to_char(repair_date, 'YYYY-MM'), dealer_id, sum(n), sum(fen) FROM delta
      GROUP BY 1, 2 HAVING sum(n) <> 0 OR sum(fen) <> 0 ORDER BY 1, 2
      ON CONFLICT (month, dealer_id) DO UPDATE
        SET lines = m.lines + excluded.lines, approved_fen = m.approved_fen + excluded.approved_fen
  $q$, source);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER reimbursement_lines_daily_update ON reimbursement_lines;
--> statement-breakpoint
CREATE TRIGGER reimbursement_lines_daily_update AFTER UPDATE ON reimbursement_lines FOR EACH ROW
  WHEN (OLD.repair_date IS DISTINCT FROM NEW.repair_date OR OLD.dealer_id IS DISTINCT FROM NEW.dealer_id
    OR OLD.approved_fen IS DISTINCT FROM NEW.approved_fen)
  EXECUTE FUNCTION kpi_claim_line_daily_apply();
