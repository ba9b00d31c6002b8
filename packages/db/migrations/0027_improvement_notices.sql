CREATE TABLE "improvement_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"person_name" text,
	"state" text NOT NULL,
	"issued_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"rejection_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "improvement_notices_kind_check" CHECK ("improvement_notices"."kind" in ('reward', 'penalty')),
	CONSTRAINT "improvement_notices_state_check" CHECK ("improvement_notices"."state" in ('draft', 'submitted', 'approved', 'rejected')),
	CONSTRAINT "improvement_notices_amount_check" CHECK ("improvement_notices"."amount_fen" > 0),
	CONSTRAINT "improvement_notices_self_approval_check" CHECK ("improvement_notices"."decided_by" is null or "improvement_notices"."decided_by" <> "improvement_notices"."issued_by")
);
--> statement-breakpoint
CREATE TABLE "improvement_responsibilities" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"unit_org_id" uuid NOT NULL,
	"person_name" text,
	"cause_code" text,
	"cause_text" text,
	"impact" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "improvement_notices" ADD CONSTRAINT "improvement_notices_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_notices" ADD CONSTRAINT "improvement_notices_unit_org_id_organisations_id_fk" FOREIGN KEY ("unit_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_notices" ADD CONSTRAINT "improvement_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_notices" ADD CONSTRAINT "improvement_notices_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_responsibilities" ADD CONSTRAINT "improvement_responsibilities_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_responsibilities" ADD CONSTRAINT "improvement_responsibilities_unit_org_id_organisations_id_fk" FOREIGN KEY ("unit_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_responsibilities" ADD CONSTRAINT "improvement_responsibilities_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "improvement_notices_state_idx" ON "improvement_notices" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "improvement_notices_unit_idx" ON "improvement_notices" USING btree ("unit_org_id","state","decided_at");