CREATE TABLE "dealer_ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cause_type" text NOT NULL,
	"cause_id" text NOT NULL,
	"dealer_id" uuid NOT NULL,
	"debit_account" text NOT NULL,
	"credit_account" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"memo" text NOT NULL,
	"settlement_id" uuid,
	"posted_at" timestamp with time zone NOT NULL,
	"posted_by" text NOT NULL,
	CONSTRAINT "dealer_ledger_entries_cause" UNIQUE("cause_type","cause_id"),
	CONSTRAINT "dealer_ledger_entries_amount_check" CHECK ("dealer_ledger_entries"."amount_fen" > 0),
	CONSTRAINT "dealer_ledger_entries_two_sides" CHECK ("dealer_ledger_entries"."debit_account" <> "dealer_ledger_entries"."credit_account"),
	CONSTRAINT "dealer_ledger_entries_cause_check" CHECK ("dealer_ledger_entries"."cause_type" in ('claim_line', 'old_part', 'parts_request', 'correction'))
);
--> statement-breakpoint
CREATE TABLE "reimbursement_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dealer_id" uuid NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"audit_started_at" timestamp with time zone,
	"audited_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reimbursement_claims_dealer_period" UNIQUE("dealer_id","period"),
	CONSTRAINT "reimbursement_claims_status_check" CHECK ("reimbursement_claims"."status" in ('draft', 'submitted', 'under_audit', 'audited', 'settled')),
	CONSTRAINT "reimbursement_claims_period_check" CHECK ("reimbursement_claims"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "reimbursement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"dealer_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"repair_order_no" text NOT NULL,
	"repair_date" date NOT NULL,
	"serial" text NOT NULL,
	"part_code" text NOT NULL,
	"claim_key" text NOT NULL,
	"quantity" integer NOT NULL,
	"labour_hundredths" integer NOT NULL,
	"old_part_registration_no" text,
	"claimed_fen" bigint NOT NULL,
	"pricing" jsonb,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"decision" text,
	"approved_fen" bigint,
	"reason_code" text,
	"reason_text" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"settlement_id" uuid,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reimbursement_lines_decision_check" CHECK ("reimbursement_lines"."decision" in ('approved', 'rejected', 'adjusted')),
	CONSTRAINT "reimbursement_lines_amounts_check" CHECK ("reimbursement_lines"."claimed_fen" >= 0 and coalesce("reimbursement_lines"."approved_fen", 0) >= 0),
	CONSTRAINT "reimbursement_lines_settled_decided" CHECK ("reimbursement_lines"."settlement_id" is null or "reimbursement_lines"."decision" is not null)
);
--> statement-breakpoint
CREATE TABLE "reimbursement_settings" (
	"version" integer PRIMARY KEY NOT NULL,
	"submission_deadline_day" integer NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reimbursement_submissions" (
	"dealer_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"claim_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "reimbursement_submissions_dealer_id_idempotency_key_pk" PRIMARY KEY("dealer_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "settlement_periods" (
	"period" text PRIMARY KEY NOT NULL,
	"completed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlement_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"dealer_id" uuid NOT NULL,
	"statement_no" text NOT NULL,
	"lines_fen" bigint NOT NULL,
	"deductions_fen" bigint NOT NULL,
	"net_fen" bigint NOT NULL,
	"opening_balance_fen" bigint NOT NULL,
	"closing_balance_fen" bigint NOT NULL,
	"line_count" integer NOT NULL,
	"entry_count" integer NOT NULL,
	"trigger" text NOT NULL,
	"run_by" text NOT NULL,
	"settled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "settlement_runs_statement_no_unique" UNIQUE("statement_no"),
	CONSTRAINT "settlement_runs_period_dealer" UNIQUE("period","dealer_id"),
	CONSTRAINT "settlement_runs_net_check" CHECK ("settlement_runs"."net_fen" = "settlement_runs"."lines_fen" - "settlement_runs"."deductions_fen"),
	CONSTRAINT "settlement_runs_balance_check" CHECK ("settlement_runs"."closing_balance_fen" = "settlement_runs"."opening_balance_fen" + "settlement_runs"."net_fen")
);
--> statement-breakpoint
ALTER TABLE "dealer_ledger_entries" ADD CONSTRAINT "dealer_ledger_entries_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dealer_ledger_entries" ADD CONSTRAINT "dealer_ledger_entries_settlement_id_settlement_runs_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_claims" ADD CONSTRAINT "reimbursement_claims_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_lines" ADD CONSTRAINT "reimbursement_lines_claim_id_reimbursement_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."reimbursement_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_lines" ADD CONSTRAINT "reimbursement_lines_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_lines" ADD CONSTRAINT "reimbursement_lines_settlement_id_settlement_runs_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlement_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_submissions" ADD CONSTRAINT "reimbursement_submissions_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reimbursement_submissions" ADD CONSTRAINT "reimbursement_submissions_claim_id_reimbursement_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."reimbursement_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_runs" ADD CONSTRAINT "settlement_runs_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dealer_ledger_entries_dealer_idx" ON "dealer_ledger_entries" USING btree ("dealer_id","posted_at");--> statement-breakpoint
CREATE INDEX "dealer_ledger_entries_settlement_idx" ON "dealer_ledger_entries" USING btree ("settlement_id");--> statement-breakpoint
CREATE INDEX "reimbursement_claims_status_idx" ON "reimbursement_claims" USING btree ("status","period");--> statement-breakpoint
CREATE INDEX "reimbursement_lines_claim_idx" ON "reimbursement_lines" USING btree ("claim_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "reimbursement_lines_claimed_once" ON "reimbursement_lines" USING btree ("dealer_id","claim_key") WHERE "reimbursement_lines"."locked";