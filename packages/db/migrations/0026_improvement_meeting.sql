CREATE TABLE "improvement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"resolution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"evidence" jsonb,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "improvement_actions_status_check" CHECK ("improvement_actions"."status" in ('open', 'done')),
	CONSTRAINT "improvement_actions_evidence_check" CHECK ("improvement_actions"."status" = 'open' or "improvement_actions"."evidence" is not null)
);
--> statement-breakpoint
CREATE TABLE "improvement_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"meeting_date" date NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"pack" jsonb,
	"pack_generated_at" timestamp with time zone,
	"conclusions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"finalised_at" timestamp with time zone,
	"finalised_by" uuid,
	"minutes_pdf" "bytea",
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "improvement_meetings_period_uq" UNIQUE("period_from","period_to"),
	CONSTRAINT "improvement_meetings_status_check" CHECK ("improvement_meetings"."status" in ('scheduled', 'final'))
);
--> statement-breakpoint
CREATE TABLE "improvement_resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "improvement_resolutions_seq_uq" UNIQUE("meeting_id","seq")
);
--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_meeting_id_improvement_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."improvement_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_resolution_id_improvement_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."improvement_resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_meetings" ADD CONSTRAINT "improvement_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_meetings" ADD CONSTRAINT "improvement_meetings_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_resolutions" ADD CONSTRAINT "improvement_resolutions_meeting_id_improvement_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."improvement_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_resolutions" ADD CONSTRAINT "improvement_resolutions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "improvement_actions_meeting_idx" ON "improvement_actions" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "improvement_actions_owner_idx" ON "improvement_actions" USING btree ("owner_org_id","status","due_at","id");--> statement-breakpoint
CREATE INDEX "improvement_actions_open_due_idx" ON "improvement_actions" USING btree ("due_at","id") WHERE "improvement_actions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "improvement_meetings_date_idx" ON "improvement_meetings" USING btree ("meeting_date","id");