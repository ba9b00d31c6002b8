CREATE TABLE "teaching_case_sources" (
	"teaching_case_id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	CONSTRAINT "teaching_case_sources_complaint_uq" UNIQUE("complaint_id")
);
--> statement-breakpoint
CREATE TABLE "teaching_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"cause" text NOT NULL,
	"part_code" text,
	"customer_type" text NOT NULL,
	"communication_style" text,
	"mindsets" text[] DEFAULT '{}'::text[] NOT NULL,
	"story" text NOT NULL,
	"actions" text NOT NULL,
	"lessons" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "teaching_cases_status_ck" CHECK ("teaching_cases"."status" in ('draft', 'published', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "communication_style" text;--> statement-breakpoint
ALTER TABLE "teaching_case_sources" ADD CONSTRAINT "teaching_case_sources_teaching_case_id_teaching_cases_id_fk" FOREIGN KEY ("teaching_case_id") REFERENCES "public"."teaching_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_case_sources" ADD CONSTRAINT "teaching_case_sources_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_cases" ADD CONSTRAINT "teaching_cases_part_code_fee_parts_code_fk" FOREIGN KEY ("part_code") REFERENCES "public"."fee_parts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "teaching_cases_status_published_idx" ON "teaching_cases" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "teaching_cases_cause_idx" ON "teaching_cases" USING btree ("cause","status");--> statement-breakpoint
CREATE INDEX "teaching_cases_part_idx" ON "teaching_cases" USING btree ("part_code","status");