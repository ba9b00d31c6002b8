ALTER TABLE "complaints" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "away" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_owner_opened_idx" ON "complaints" USING btree ("owner_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "complaints_station_owner_due_idx" ON "complaints" USING btree ("station_id","owner_id","next_due_at","id");