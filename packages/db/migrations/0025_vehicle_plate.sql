-- Licence plates (issue 17): the desk and the vehicle search find a car by any fragment of its plate,
-- like its VIN (pg_trgm, loaded by 0021; hand-written below the generated statement because
-- drizzle-kit cannot express an operator class).
ALTER TABLE "vehicles" ADD COLUMN "plate" text;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "vehicles_plate_trgm_idx" ON "vehicles" USING gin ("plate" gin_trgm_ops);
