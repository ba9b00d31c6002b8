CREATE TABLE "survey_answer_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"type" text NOT NULL,
	"dimension" text,
	"score" integer,
	"choices" text[] DEFAULT '{}'::text[] NOT NULL,
	"text" text
);
--> statement-breakpoint
CREATE TABLE "survey_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"period" text,
	"template_id" uuid NOT NULL,
	"segment" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invitation_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"station_id" uuid,
	"customer_id" uuid NOT NULL,
	"complaint_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"low_answers" jsonb NOT NULL,
	"calls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resolution" text,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "survey_follow_ups_invitation_uq" UNIQUE("invitation_id"),
	CONSTRAINT "survey_follow_ups_status_check" CHECK ("survey_follow_ups"."status" in ('open', 'done'))
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"source_key" text,
	"complaint_id" uuid,
	"campaign_id" uuid,
	"follow_up_id" uuid,
	"customer_id" uuid NOT NULL,
	"station_id" uuid,
	"region" text,
	"kind" text,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"status" text NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_invitations_source_key_uq" UNIQUE("source_key"),
	CONSTRAINT "survey_invitations_campaign_customer_uq" UNIQUE("campaign_id","customer_id"),
	CONSTRAINT "survey_invitations_status_check" CHECK ("survey_invitations"."status" in ('scheduled', 'sent', 'answered', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "survey_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"invitation_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_policies" (
	"version" integer PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invitation_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"dissatisfied" boolean NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_responses_invitation_uq" UNIQUE("invitation_id")
);
--> statement-breakpoint
CREATE TABLE "survey_template_versions" (
	"template_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_template_versions_template_id_version_pk" PRIMARY KEY("template_id","version")
);
--> statement-breakpoint
CREATE TABLE "survey_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_templates_purpose_check" CHECK ("survey_templates"."purpose" in ('complaint', 'campaign'))
);
--> statement-breakpoint
ALTER TABLE "survey_answer_items" ADD CONSTRAINT "survey_answer_items_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer_items" ADD CONSTRAINT "survey_answer_items_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_template_versions" ADD CONSTRAINT "survey_template_versions_template_id_survey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."survey_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answer_items_invitation_idx" ON "survey_answer_items" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "survey_answer_items_type_idx" ON "survey_answer_items" USING btree ("type");--> statement-breakpoint
CREATE INDEX "survey_follow_ups_station_idx" ON "survey_follow_ups" USING btree ("station_id","status");--> statement-breakpoint
CREATE INDEX "survey_follow_ups_complaint_idx" ON "survey_follow_ups" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_due_idx" ON "survey_invitations" USING btree ("status","send_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_sent_idx" ON "survey_invitations" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_station_idx" ON "survey_invitations" USING btree ("station_id","sent_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_complaint_idx" ON "survey_invitations" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "survey_invitations_follow_up_idx" ON "survey_invitations" USING btree ("follow_up_id");--> statement-breakpoint
CREATE INDEX "survey_links_invitation_idx" ON "survey_links" USING btree ("invitation_id");