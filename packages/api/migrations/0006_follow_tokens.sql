ALTER TABLE "case_followers" ADD COLUMN "token_hash" text NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "case_followers_token_idx" ON "case_followers" USING btree ("token_hash");