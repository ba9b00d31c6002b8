-- The vehicle history page (issue 17): a vehicle's cases by id, its quotes by VIN, old parts by serial;
-- and finding a vehicle by any fragment of its VIN (pg_trgm, loaded by 0021; hand-written below the
-- generated statements because drizzle-kit cannot express an operator class).
CREATE INDEX "complaints_vehicle_idx" ON "complaints" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "fee_old_parts_serial_idx" ON "fee_old_parts" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "fee_quotes_vin_idx" ON "fee_quotes" USING btree ("vin");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "vehicles_vin_trgm_idx" ON "vehicles" USING gin ("vin" gin_trgm_ops);
