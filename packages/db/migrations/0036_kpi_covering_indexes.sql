DROP INDEX "kpi_complaint_daily_dim_day_idx";--> statement-breakpoint
-- The dashboard's reads of a period as index-only scans, in the order they are read: the aggregate
-- rows of one day lie scattered over the heap (kept by many later updates), so a period's rows cost a
-- heap page each — a month's edge days of every station 16 000 pages (120 ms at full size), the claim
-- lines' 7 000, a year of the network's hour histogram 27 000 buffers. INCLUDE keeps the keys short
-- and carries the summed columns (drizzle cannot declare INCLUDE, so these live here only).
CREATE INDEX "kpi_complaint_daily_dim_day_cover" ON "kpi_complaint_daily" ("dim", "day")
  INCLUDE ("dim_key", "opened", "closed", "response_met", "response_late", "resolution_met", "resolution_late",
    "responded", "response_minutes", "resolved", "resolution_minutes", "reopened", "followed_up", "satisfied");
--> statement-breakpoint
CREATE INDEX "kpi_complaint_monthly_dim_month_cover" ON "kpi_complaint_monthly" ("dim", "month")
  INCLUDE ("dim_key", "opened", "closed", "response_met", "response_late", "resolution_met", "resolution_late",
    "responded", "response_minutes", "resolved", "resolution_minutes", "reopened", "followed_up", "satisfied");
--> statement-breakpoint
CREATE INDEX "kpi_complaint_hours_scope_day_cover" ON "kpi_complaint_hours" ("dim", "dim_key", "day")
  INCLUDE ("metric", "hours", "n");
--> statement-breakpoint
CREATE INDEX "kpi_claim_line_daily_day_cover" ON "kpi_claim_line_daily" ("repair_date")
  INCLUDE ("dealer_id", "lines", "approved_fen");
