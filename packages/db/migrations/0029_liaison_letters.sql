CREATE TABLE "liaison_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"station_id" uuid NOT NULL,
	"part_code" text NOT NULL,
	"part_name" text NOT NULL,
	"vins" text[] NOT NULL,
	"symptoms" text NOT NULL,
	"vehicles_affected" integer NOT NULL,
	"first_seen_on" date NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"eightd_claim_id" uuid,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"client_request_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "liaison_letters_number_unique" UNIQUE("number"),
	CONSTRAINT "liaison_letters_request_uq" UNIQUE("station_id","client_request_id"),
	CONSTRAINT "liaison_letters_state_check" CHECK ("liaison_letters"."state" in ('submitted', 'answered', 'closed', 'escalated_to_8d')),
	CONSTRAINT "liaison_letters_vehicles_check" CHECK ("liaison_letters"."vehicles_affected" >= cardinality("liaison_letters"."vins"))
);
--> statement-breakpoint
CREATE TABLE "liaison_links" (
	"letter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"linked_by" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "liaison_links_letter_id_kind_target_id_pk" PRIMARY KEY("letter_id","kind","target_id"),
	CONSTRAINT "liaison_links_kind_check" CHECK ("liaison_links"."kind" in ('complaint', 'claim_line'))
);
--> statement-breakpoint
CREATE TABLE "liaison_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "liaison_letters" ADD CONSTRAINT "liaison_letters_station_id_organisations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_letters" ADD CONSTRAINT "liaison_letters_eightd_claim_id_eightd_claims_id_fk" FOREIGN KEY ("eightd_claim_id") REFERENCES "public"."eightd_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_links" ADD CONSTRAINT "liaison_links_letter_id_liaison_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."liaison_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_photos" ADD CONSTRAINT "liaison_photos_letter_id_liaison_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."liaison_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "liaison_letters_station_idx" ON "liaison_letters" USING btree ("station_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "liaison_letters_submitted_idx" ON "liaison_letters" USING btree ("submitted_at","id");--> statement-breakpoint
CREATE INDEX "liaison_letters_state_idx" ON "liaison_letters" USING btree ("state","submitted_at","id");--> statement-breakpoint
CREATE INDEX "liaison_letters_part_idx" ON "liaison_letters" USING btree ("part_code","first_seen_on");--> statement-breakpoint
CREATE INDEX "liaison_letters_vins_idx" ON "liaison_letters" USING gin ("vins");--> statement-breakpoint
CREATE INDEX "liaison_photos_letter_idx" ON "liaison_photos" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "reimbursement_lines_part_idx" ON "reimbursement_lines" USING btree ("part_code","repair_date");