ALTER TABLE "reimbursement_lines" ADD COLUMN "usage_reading" integer;--> statement-breakpoint
CREATE INDEX "reimbursement_lines_serial_idx" ON "reimbursement_lines" USING btree ("serial");--> statement-breakpoint
ALTER TABLE "reimbursement_lines" ADD CONSTRAINT "reimbursement_lines_usage_check" CHECK ("reimbursement_lines"."usage_reading" is null or "reimbursement_lines"."usage_reading" >= 0);