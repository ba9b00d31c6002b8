CREATE TABLE "exam_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone,
	"questions" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"answers" jsonb,
	"right_count" integer,
	"score" integer,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "exam_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"exam_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"station_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"stem" text NOT NULL,
	"options" jsonb NOT NULL,
	"explanation" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exam_questions_kind_ck" CHECK ("exam_questions"."kind" in ('single', 'multiple', 'true_false'))
);
--> statement-breakpoint
CREATE TABLE "exams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"selection" jsonb NOT NULL,
	"pass_mark" integer NOT NULL,
	"time_limit_minutes" integer,
	"max_attempts" integer NOT NULL,
	"cooldown_hours" integer NOT NULL,
	"validity_months" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "exams_status_ck" CHECK ("exams"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "exams_pass_mark_ck" CHECK ("exams"."pass_mark" between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_exam_id_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_certificates" ADD CONSTRAINT "exam_certificates_attempt_id_exam_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."exam_attempts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_certificates" ADD CONSTRAINT "exam_certificates_exam_id_exams_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_certificates" ADD CONSTRAINT "exam_certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_certificates" ADD CONSTRAINT "exam_certificates_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exam_attempts_user_idx" ON "exam_attempts" USING btree ("user_id","exam_id","started_at");--> statement-breakpoint
CREATE INDEX "exam_attempts_station_idx" ON "exam_attempts" USING btree ("station_id","exam_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_certificates_attempt_uq" ON "exam_certificates" USING btree ("attempt_id");--> statement-breakpoint
CREATE INDEX "exam_certificates_user_idx" ON "exam_certificates" USING btree ("user_id","exam_id");--> statement-breakpoint
CREATE INDEX "exam_certificates_station_idx" ON "exam_certificates" USING btree ("station_id","exam_id");--> statement-breakpoint
CREATE INDEX "exam_questions_list_idx" ON "exam_questions" USING btree ("kind","topic","updated_at");--> statement-breakpoint
CREATE INDEX "exams_status_idx" ON "exams" USING btree ("status","updated_at");