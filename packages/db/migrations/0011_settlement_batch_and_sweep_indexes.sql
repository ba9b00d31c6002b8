ALTER TABLE "complaints" ADD COLUMN "swept_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "complaints_sweep_idx" ON "complaints" USING btree ("swept_at","escalation_level","next_due_at") WHERE "complaints"."status" <> 'closed' and "complaints"."next_due_at" is not null;--> statement-breakpoint
CREATE INDEX "dealer_ledger_entries_unsettled_idx" ON "dealer_ledger_entries" USING btree ("dealer_id") WHERE "dealer_ledger_entries"."settlement_id" is null;--> statement-breakpoint
CREATE INDEX "settlement_runs_dealer_idx" ON "settlement_runs" USING btree ("dealer_id","period");