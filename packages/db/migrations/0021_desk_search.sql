-- The desk's search (issue 17): any fragment of a case's number, summary, VIN, the name or contact a
-- station typed, or the customer's name or phone, found by ILIKE '%…%' through pg_trgm GIN indexes.
-- Hand-written (drizzle-kit cannot express the extension); the schema files do not declare these
-- indexes, so generated migrations neither see nor drop them. PGlite loads pg_trgm from its contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "complaints_number_trgm_idx" ON "complaints" USING gin ("number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "complaints_summary_trgm_idx" ON "complaints" USING gin ("summary" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "complaints_vin_trgm_idx" ON "complaints" USING gin ("vin" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "complaints_contact_name_trgm_idx" ON "complaints" USING gin (("station_contact"->>'name') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "complaints_contact_trgm_idx" ON "complaints" USING gin (("station_contact"->>'contact') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_name_trgm_idx" ON "customers" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_phone_trgm_idx" ON "customers" USING gin ("phone" gin_trgm_ops);
