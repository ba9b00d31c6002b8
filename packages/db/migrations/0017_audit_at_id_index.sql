DROP INDEX "audit_at_idx";--> statement-breakpoint
CREATE INDEX "audit_at_id_idx" ON "audit_events" USING btree ("at","id");