DROP INDEX "complaints_station_idx";--> statement-breakpoint
DROP INDEX "complaints_customer_idx";--> statement-breakpoint
DROP INDEX "complaints_due_idx";--> statement-breakpoint
DROP INDEX "complaints_opened_idx";--> statement-breakpoint
CREATE INDEX "complaints_status_opened_idx" ON "complaints" USING btree ("status","opened_at","id");--> statement-breakpoint
CREATE INDEX "complaints_kind_opened_idx" ON "complaints" USING btree ("kind","opened_at","id");--> statement-breakpoint
CREATE INDEX "complaints_severity_opened_idx" ON "complaints" USING btree ("severity","opened_at","id");--> statement-breakpoint
CREATE INDEX "complaints_station_opened_idx" ON "complaints" USING btree ("station_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "complaints_station_due_idx" ON "complaints" USING btree ("station_id","next_due_at","id");--> statement-breakpoint
CREATE INDEX "complaints_customer_opened_idx" ON "complaints" USING btree ("customer_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "complaints_open_due_idx" ON "complaints" USING btree ("next_due_at","id") WHERE "complaints"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "complaints_opened_idx" ON "complaints" USING btree ("opened_at","id");