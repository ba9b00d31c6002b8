-- A UUID of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the rest random
-- (version and variant bits set). PostgreSQL 15 has no uuidv7(), so it is built from a version-4 UUID:
-- its first six bytes replaced by the time, its version nibble turned from 4 (0100) into 7 (0111).
-- Ids made one after another sort by time, so a B-tree over them grows at one edge.
CREATE OR REPLACE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
--> statement-breakpoint
ALTER TABLE "dealer_ledger_entries" ALTER COLUMN "id" SET DEFAULT uuid_v7();
