CREATE TABLE "eightd_claim_complaints" (
	"claim_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	CONSTRAINT "eightd_claim_complaints_claim_id_complaint_id_pk" PRIMARY KEY("claim_id","complaint_id")
);
--> statement-breakpoint
CREATE TABLE "eightd_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"title" text NOT NULL,
	"part_code" text NOT NULL,
	"part_name" text NOT NULL,
	"lot" text NOT NULL,
	"quantity_affected" integer NOT NULL,
	"found_at" text NOT NULL,
	"severity" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"warranty_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text NOT NULL,
	"closed_at" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"next_due_at" timestamp with time zone,
	"client_request_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eightd_claims_number_unique" UNIQUE("number"),
	CONSTRAINT "eightd_claims_client_request_id_unique" UNIQUE("client_request_id"),
	CONSTRAINT "eightd_claims_qty_check" CHECK ("eightd_claims"."quantity_affected" > 0),
	CONSTRAINT "eightd_claims_status_check" CHECK ("eightd_claims"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "eightd_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eightd_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"step" text NOT NULL,
	"level" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "eightd_escalations_uq" UNIQUE("claim_id","step","level")
);
--> statement-breakpoint
CREATE TABLE "eightd_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"step" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eightd_policies" (
	"version" integer PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eightd_recoveries" (
	"claim_id" uuid PRIMARY KEY NOT NULL,
	"lines" jsonb NOT NULL,
	"cost_fen" bigint NOT NULL,
	"handling_fee_fen" bigint NOT NULL,
	"computed_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"dispute_reason" text,
	"hq_note" text,
	"decided_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "eightd_recoveries_amount_check" CHECK ("eightd_recoveries"."amount_fen" >= 0 and "eightd_recoveries"."amount_fen" <= "eightd_recoveries"."computed_fen"),
	CONSTRAINT "eightd_recoveries_status_check" CHECK ("eightd_recoveries"."status" in ('proposed', 'disputed', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "eightd_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"step" text NOT NULL,
	"revision" integer NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"internal_note" text DEFAULT '' NOT NULL,
	"reviewer" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "eightd_reviews_revision_uq" UNIQUE("claim_id","step","revision"),
	CONSTRAINT "eightd_reviews_decision_check" CHECK ("eightd_reviews"."decision" in ('approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "eightd_step_revisions" (
	"claim_id" uuid NOT NULL,
	"step" text NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" text NOT NULL,
	CONSTRAINT "eightd_step_revisions_claim_id_step_revision_pk" PRIMARY KEY("claim_id","step","revision")
);
--> statement-breakpoint
CREATE TABLE "eightd_steps" (
	"claim_id" uuid NOT NULL,
	"step" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "eightd_steps_claim_id_step_pk" PRIMARY KEY("claim_id","step"),
	CONSTRAINT "eightd_steps_status_check" CHECK ("eightd_steps"."status" in ('draft', 'submitted', 'approved', 'rejected', 'resubmitted'))
);
--> statement-breakpoint
CREATE TABLE "supplier_ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"posted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supplier_ledger_claim_uq" UNIQUE("claim_id")
);
--> statement-breakpoint
ALTER TABLE "eightd_claim_complaints" ADD CONSTRAINT "eightd_claim_complaints_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_claim_complaints" ADD CONSTRAINT "eightd_claim_complaints_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_claims" ADD CONSTRAINT "eightd_claims_supplier_id_organisations_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_escalations" ADD CONSTRAINT "eightd_escalations_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_evidence" ADD CONSTRAINT "eightd_evidence_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_recoveries" ADD CONSTRAINT "eightd_recoveries_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_reviews" ADD CONSTRAINT "eightd_reviews_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_step_revisions" ADD CONSTRAINT "eightd_step_revisions_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eightd_steps" ADD CONSTRAINT "eightd_steps_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_ledger_entries" ADD CONSTRAINT "supplier_ledger_entries_supplier_id_organisations_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_ledger_entries" ADD CONSTRAINT "supplier_ledger_entries_claim_id_eightd_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eightd_claim_complaints_idx" ON "eightd_claim_complaints" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "eightd_claims_supplier_idx" ON "eightd_claims" USING btree ("supplier_id","status");--> statement-breakpoint
CREATE INDEX "eightd_claims_due_idx" ON "eightd_claims" USING btree ("next_due_at");--> statement-breakpoint
CREATE INDEX "eightd_evidence_claim_idx" ON "eightd_evidence" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "supplier_ledger_supplier_idx" ON "supplier_ledger_entries" USING btree ("supplier_id");