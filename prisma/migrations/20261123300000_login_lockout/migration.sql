-- Failed logins slow down and then lock an account for a while.
ALTER TABLE "app_user" ADD COLUMN "failed_login_count" INTEGER NOT NULL DEFAULT 0, ADD COLUMN "locked_until" TIMESTAMPTZ(3);
