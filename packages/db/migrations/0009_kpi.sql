CREATE TABLE "kpi_complaint_daily" (
	"day" date NOT NULL,
	"dim" text NOT NULL,
	"dim_key" text NOT NULL,
	"cause" text NOT NULL,
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
	CONSTRAINT "kpi_complaint_daily_dim_dim_key_day_cause_pk" PRIMARY KEY("dim","dim_key","day","cause")
);
--> statement-breakpoint
CREATE TABLE "kpi_complaint_facts" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"opened_day" date NOT NULL,
	"station_id" uuid,
	"region" text,
	"product_line_id" uuid,
	"cause" text NOT NULL,
	"severity" text NOT NULL,
	"closed" boolean NOT NULL,
	"response" text NOT NULL,
	"resolution" text NOT NULL,
	"response_minutes" integer,
	"resolution_minutes" integer,
	"reopened" boolean NOT NULL,
	"followed_up" boolean NOT NULL,
	"satisfied" boolean NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_complaint_hours" (
	"day" date NOT NULL,
	"dim" text NOT NULL,
	"dim_key" text NOT NULL,
	"metric" text NOT NULL,
	"hours" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "kpi_complaint_hours_dim_dim_key_metric_day_hours_pk" PRIMARY KEY("dim","dim_key","metric","day","hours")
);
--> statement-breakpoint
CREATE TABLE "kpi_dirty_complaints" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"part_code" text NOT NULL,
	"month" text NOT NULL,
	"count" integer NOT NULL,
	"rate" double precision NOT NULL,
	"limit_rate" double precision NOT NULL,
	"supplier_id" uuid,
	"raised_at" timestamp with time zone NOT NULL,
	"eightd_claim_id" uuid,
	CONSTRAINT "kpi_signals_part_month_uq" UNIQUE("part_code","month")
);
--> statement-breakpoint
CREATE TABLE "kpi_target_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"targets" jsonb NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_units_in_service" (
	"month" text NOT NULL,
	"product_line_id" uuid NOT NULL,
	"units" integer NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kpi_units_in_service_month_product_line_id_pk" PRIMARY KEY("month","product_line_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_warranty_budgets" (
	"month" text PRIMARY KEY NOT NULL,
	"budget_fen" bigint NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_complaint_facts" ADD CONSTRAINT "kpi_complaint_facts_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_signals" ADD CONSTRAINT "kpi_signals_supplier_id_organisations_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_units_in_service" ADD CONSTRAINT "kpi_units_in_service_product_line_id_product_lines_id_fk" FOREIGN KEY ("product_line_id") REFERENCES "public"."product_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_complaint_facts_day_idx" ON "kpi_complaint_facts" USING btree ("opened_day");--> statement-breakpoint
CREATE INDEX "kpi_signals_open_idx" ON "kpi_signals" USING btree ("eightd_claim_id");