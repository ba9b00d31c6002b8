CREATE TABLE "kpi_claim_line_monthly" (
	"month" text NOT NULL,
	"dealer_id" uuid NOT NULL,
	"lines" integer NOT NULL,
	"approved_fen" bigint NOT NULL,
	CONSTRAINT "kpi_claim_line_monthly_month_dealer_id_pk" PRIMARY KEY("month","dealer_id")
);
--> statement-breakpoint
CREATE INDEX "kpi_complaint_daily_dim_day_idx" ON "kpi_complaint_daily" USING btree ("dim","day");
--> statement-breakpoint
-- One delta per statement feeds both roll-ups: the lines a statement inserted count +1, those it
-- deleted -1, an update's old rows -1 and its new +1; days and months whose sums do not change (a
-- settlement stamping lines) are not written. Keys are written in order, so concurrent statements lock
-- the rows in the same order. The transition tables only exist for their own operation, so the source
-- of the delta is chosen by TG_OP and the one statement run as dynamic SQL (which sees them too).
CREATE OR REPLACE FUNCTION kpi_claim_line_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT repair_date, dealer_id, 1 AS n, coalesce(approved_fen, 0) AS fen FROM new_lines'
    WHEN 'DELETE' THEN 'SELECT repair_date, dealer_id, -1 AS n, -coalesce(approved_fen, 0) AS fen FROM old_lines'
    ELSE 'SELECT repair_date, dealer_id, -1 AS n, -coalesce(approved_fen, 0) AS fen FROM old_lines
      UNION ALL SELECT repair_date, dealer_id, 1, coalesce(approved_fen, 0) FROM new_lines'
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
-- The months of the daily sums already there.
INSERT INTO kpi_claim_line_monthly (month, dealer_id, lines, approved_fen)
  SELECT to_char(repair_date, 'YYYY-MM'), dealer_id, sum(lines), sum(approved_fen) FROM kpi_claim_line_daily GROUP BY 1, 2;
