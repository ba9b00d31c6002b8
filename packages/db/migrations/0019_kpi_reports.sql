CREATE TABLE "kpi_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"period_key" text NOT NULL,
	"scope" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"version" integer NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" text NOT NULL,
	"regenerated_at" timestamp with time zone,
	"regenerated_by" text,
	"pdf" "bytea" NOT NULL,
	"xlsx" "bytea" NOT NULL,
	CONSTRAINT "kpi_reports_kind_period_scope_uq" UNIQUE("kind","period_key","scope")
);
--> statement-breakpoint
CREATE INDEX "kpi_reports_newest_idx" ON "kpi_reports" USING btree ("period_to","id");