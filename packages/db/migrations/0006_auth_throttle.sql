ALTER TABLE "login_attempts" ADD COLUMN "client" text;--> statement-breakpoint
ALTER TABLE "login_codes" ADD COLUMN "client" text;--> statement-breakpoint
CREATE INDEX "login_attempts_client_at_idx" ON "login_attempts" USING btree ("client","at");--> statement-breakpoint
CREATE INDEX "login_codes_client_idx" ON "login_codes" USING btree ("client","created_at");--> statement-breakpoint
CREATE INDEX "login_codes_created_idx" ON "login_codes" USING btree ("created_at");