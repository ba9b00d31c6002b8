CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compensations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"type" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"note" text NOT NULL,
	"status" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_by_user_id" uuid NOT NULL,
	"decided_by" text,
	"decision_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "complaint_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_attachments_hash_uq" UNIQUE("complaint_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "complaint_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"clock" text NOT NULL,
	"cycle" integer NOT NULL,
	"level" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_escalations_breach_uq" UNIQUE("complaint_id","clock","cycle")
);
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"visibility" text NOT NULL,
	"actor_label" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "complaint_events_seq_uq" UNIQUE("complaint_id","seq")
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"cause" text NOT NULL,
	"status" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"vehicle_id" uuid,
	"vin" text,
	"purchase_date" date,
	"station_id" uuid,
	"responsible_unit" text,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"story" jsonb,
	"mindsets" text[] DEFAULT '{}'::text[] NOT NULL,
	"solutions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" text,
	"follow_up" jsonb,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"next_due_at" timestamp with time zone,
	"client_request_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_number_unique" UNIQUE("number"),
	CONSTRAINT "complaints_client_request_uq" UNIQUE("customer_id","client_request_id")
);
--> statement-breakpoint
CREATE TABLE "parts_support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"complaint_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"region" text,
	"lines" jsonb NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"eta" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "parts_support_requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"version" integer PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"station_id" uuid,
	"question" text NOT NULL,
	"answer" text,
	"asked_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" text
);
--> statement-breakpoint
ALTER TABLE "compensations" ADD CONSTRAINT "compensations_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensations" ADD CONSTRAINT "compensations_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_escalations" ADD CONSTRAINT "complaint_escalations_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parts_support_requests" ADD CONSTRAINT "parts_support_requests_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parts_support_requests" ADD CONSTRAINT "parts_support_requests_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_support_requests" ADD CONSTRAINT "tech_support_requests_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_support_requests" ADD CONSTRAINT "tech_support_requests_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compensations_status_idx" ON "compensations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "complaints_station_idx" ON "complaints" USING btree ("station_id","status");--> statement-breakpoint
CREATE INDEX "complaints_customer_idx" ON "complaints" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "complaints_due_idx" ON "complaints" USING btree ("next_due_at");--> statement-breakpoint
CREATE INDEX "complaints_opened_idx" ON "complaints" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "parts_support_status_idx" ON "parts_support_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "parts_support_complaint_idx" ON "parts_support_requests" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "tech_support_open_idx" ON "tech_support_requests" USING btree ("answered_at");