CREATE TABLE "kpi_complaint_monthly" (
	"month" text NOT NULL,
	"dim" text NOT NULL,
	"dim_key" text NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"response_met" integer DEFAULT 0 NOT NULL,
	"response_late" integer DEFAULT 0 NOT NULL,
	"resolution_met" integer DEFAULT 0 NOT NULL,
	"resolution_late" integer DEFAULT 0 NOT NULL,
	"responded" integer DEFAULT 0 NOT NULL,
	"response_minutes" bigint DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"resolution_minutes" bigint DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"followed_up" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_complaint_monthly_dim_dim_key_month_pk" PRIMARY KEY("dim","dim_key","month")
);
--> statement-breakpoint
-- The months of the daily rows already there (from here on the KPI job adds to both in one transaction).
INSERT INTO "kpi_complaint_monthly" ("month", "dim", "dim_key", "opened", "closed", "response_met", "response_late",
  "resolution_met", "resolution_late", "responded", "response_minutes", "resolved", "resolution_minutes", "reopened",
  "followed_up", "satisfied")
SELECT to_char("day", 'YYYY-MM'), "dim", "dim_key", sum("opened"), sum("closed"), sum("response_met"),
  sum("response_late"), sum("resolution_met"), sum("resolution_late"), sum("responded"), sum("response_minutes"),
  sum("resolved"), sum("resolution_minutes"), sum("reopened"), sum("followed_up"), sum("satisfied")
FROM "kpi_complaint_daily" GROUP BY 1, 2, 3;
