CREATE TABLE "kpi_claim_line_daily" (
	"repair_date" date NOT NULL,
	"dealer_id" uuid NOT NULL,
	"lines" integer NOT NULL,
	"approved_fen" bigint NOT NULL,
	CONSTRAINT "kpi_claim_line_daily_repair_date_dealer_id_pk" PRIMARY KEY("repair_date","dealer_id")
);
--> statement-breakpoint
-- The daily sums follow every statement on reimbursement_lines in its own transaction: the lines a
-- statement inserted are added, those it deleted subtracted, and an update subtracts the old rows and
-- adds the new (zero changes, e.g. a settlement stamping lines, write nothing). Keys are written in
-- order, so concurrent statements lock the daily rows in the same order.
CREATE OR REPLACE FUNCTION kpi_claim_line_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO kpi_claim_line_daily AS d (repair_date, dealer_id, lines, approved_fen)
      SELECT repair_date, dealer_id, count(*), coalesce(sum(approved_fen), 0) FROM new_lines GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (repair_date, dealer_id) DO UPDATE
        SET lines = d.lines + excluded.lines, approved_fen = d.approved_fen + excluded.approved_fen;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO kpi_claim_line_daily AS d (repair_date, dealer_id, lines, approved_fen)
      SELECT repair_date, dealer_id, -count(*), -coalesce(sum(approved_fen), 0) FROM old_lines GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (repair_date, dealer_id) DO UPDATE
        SET lines = d.lines + excluded.lines, approved_fen = d.approved_fen + excluded.approved_fen;
  ELSE
    INSERT INTO kpi_claim_line_daily AS d (repair_date, dealer_id, lines, approved_fen)
      SELECT repair_date, dealer_id, sum(n), sum(fen) FROM (
        SELECT repair_date, dealer_id, -1 AS n, -coalesce(approved_fen, 0) AS fen FROM old_lines
        UNION ALL
        SELECT repair_date, dealer_id, 1, coalesce(approved_fen, 0) FROM new_lines
      ) x GROUP BY 1, 2 HAVING sum(n) <> 0 OR sum(fen) <> 0 ORDER BY 1, 2
      ON CONFLICT (repair_date, dealer_id) DO UPDATE
        SET lines = d.lines + excluded.lines, approved_fen = d.approved_fen + excluded.approved_fen;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reimbursement_lines_daily_insert AFTER INSERT ON reimbursement_lines
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION kpi_claim_line_daily_apply();
--> statement-breakpoint
CREATE TRIGGER reimbursement_lines_daily_update AFTER UPDATE ON reimbursement_lines
  REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION kpi_claim_line_daily_apply();
--> statement-breakpoint
CREATE TRIGGER reimbursement_lines_daily_delete AFTER DELETE ON reimbursement_lines
  REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION kpi_claim_line_daily_apply();
--> statement-breakpoint
-- Lines written before this migration.
INSERT INTO kpi_claim_line_daily (repair_date, dealer_id, lines, approved_fen)
  SELECT repair_date, dealer_id, count(*), coalesce(sum(approved_fen), 0) FROM reimbursement_lines GROUP BY 1, 2;
