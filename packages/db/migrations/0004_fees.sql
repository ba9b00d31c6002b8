CREATE TABLE "fee_old_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_number" text NOT NULL,
	"dealer_id" uuid NOT NULL,
	"quote_id" uuid,
	"part_code" text NOT NULL,
	"product_line_code" text NOT NULL,
	"quantity" integer NOT NULL,
	"serial" text NOT NULL,
	"replaced_on" date NOT NULL,
	"return_deadline" date NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"reported_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"called_in_at" timestamp with time zone,
	"client_request_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "fee_old_parts_registration_number_unique" UNIQUE("registration_number"),
	CONSTRAINT "fee_old_parts_request_uq" UNIQUE("dealer_id","client_request_id")
);
--> statement-breakpoint
CREATE TABLE "fee_part_prices" (
	"part_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"cost_fen" integer NOT NULL,
	"list_fen" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fee_part_prices_part_code_effective_from_pk" PRIMARY KEY("part_code","effective_from"),
	CONSTRAINT "fee_part_prices_positive" CHECK ("fee_part_prices"."cost_fen" >= 0 and "fee_part_prices"."list_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fee_parts" (
	"code" text PRIMARY KEY NOT NULL,
	"product_line_code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"return_required" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fee_parts_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"dealer_id" uuid NOT NULL,
	"lines" jsonb NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"cost_total_fen" integer,
	"estimated_ship_date" date,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"client_request_id" uuid NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "fee_parts_requests_number_unique" UNIQUE("number"),
	CONSTRAINT "fee_parts_requests_request_uq" UNIQUE("dealer_id","client_request_id")
);
--> statement-breakpoint
CREATE TABLE "fee_quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"dealer_id" uuid NOT NULL,
	"customer_id" uuid,
	"vin" text,
	"repair" jsonb NOT NULL,
	"priced" jsonb NOT NULL,
	"status" text NOT NULL,
	"customer_charge_fen" integer NOT NULL,
	"dealer_reimbursement_fen" integer NOT NULL,
	"unapproved_standard" boolean NOT NULL,
	"client_request_id" uuid NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finalised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "fee_quotes_number_unique" UNIQUE("number"),
	CONSTRAINT "fee_quotes_request_uq" UNIQUE("dealer_id","client_request_id")
);
--> statement-breakpoint
CREATE TABLE "fee_return_deadlines" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"days" integer NOT NULL,
	CONSTRAINT "fee_return_deadlines_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "fee_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dealer_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"labour_rate_fen" integer NOT NULL,
	"callout_fee_fen" integer NOT NULL,
	"extras" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"client_request_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "fee_standards_seq_uq" UNIQUE("dealer_id","seq"),
	CONSTRAINT "fee_standards_request_uq" UNIQUE("dealer_id","client_request_id"),
	CONSTRAINT "fee_standards_status_check" CHECK ("fee_standards"."status" in ('proposed', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "fee_station_stock" (
	"dealer_id" uuid NOT NULL,
	"part_code" text NOT NULL,
	"quantity" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fee_station_stock_dealer_id_part_code_pk" PRIMARY KEY("dealer_id","part_code")
);
--> statement-breakpoint
CREATE TABLE "fee_warranty_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_line_code" text NOT NULL,
	"part_code" text DEFAULT '' NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"months" integer NOT NULL,
	"usage_limit" integer,
	"usage_unit" text NOT NULL,
	"start_basis" text NOT NULL,
	"card" jsonb,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fee_terms_version_uq" UNIQUE("product_line_code","part_code","version"),
	CONSTRAINT "fee_terms_date_uq" UNIQUE("product_line_code","part_code","effective_from")
);
--> statement-breakpoint
ALTER TABLE "fee_old_parts" ADD CONSTRAINT "fee_old_parts_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_old_parts" ADD CONSTRAINT "fee_old_parts_quote_id_fee_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."fee_quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_old_parts" ADD CONSTRAINT "fee_old_parts_part_code_fee_parts_code_fk" FOREIGN KEY ("part_code") REFERENCES "public"."fee_parts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_part_prices" ADD CONSTRAINT "fee_part_prices_part_code_fee_parts_code_fk" FOREIGN KEY ("part_code") REFERENCES "public"."fee_parts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_parts" ADD CONSTRAINT "fee_parts_product_line_code_product_lines_code_fk" FOREIGN KEY ("product_line_code") REFERENCES "public"."product_lines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_parts_requests" ADD CONSTRAINT "fee_parts_requests_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_quotes" ADD CONSTRAINT "fee_quotes_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_quotes" ADD CONSTRAINT "fee_quotes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_standards" ADD CONSTRAINT "fee_standards_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_station_stock" ADD CONSTRAINT "fee_station_stock_dealer_id_organisations_id_fk" FOREIGN KEY ("dealer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_station_stock" ADD CONSTRAINT "fee_station_stock_part_code_fee_parts_code_fk" FOREIGN KEY ("part_code") REFERENCES "public"."fee_parts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_warranty_terms" ADD CONSTRAINT "fee_warranty_terms_product_line_code_product_lines_code_fk" FOREIGN KEY ("product_line_code") REFERENCES "public"."product_lines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fee_old_parts_dealer_idx" ON "fee_old_parts" USING btree ("dealer_id","status");--> statement-breakpoint
CREATE INDEX "fee_old_parts_deadline_idx" ON "fee_old_parts" USING btree ("status","return_deadline");--> statement-breakpoint
CREATE INDEX "fee_parts_line_idx" ON "fee_parts" USING btree ("product_line_code");--> statement-breakpoint
CREATE INDEX "fee_parts_requests_dealer_idx" ON "fee_parts_requests" USING btree ("dealer_id","status");--> statement-breakpoint
CREATE INDEX "fee_parts_requests_confirmed_idx" ON "fee_parts_requests" USING btree ("dealer_id","confirmed_at");--> statement-breakpoint
CREATE INDEX "fee_quotes_dealer_idx" ON "fee_quotes" USING btree ("dealer_id","status");--> statement-breakpoint
CREATE INDEX "fee_quotes_customer_idx" ON "fee_quotes" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "fee_standards_status_idx" ON "fee_standards" USING btree ("status");