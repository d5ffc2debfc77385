-- A second factor (TOTP) for administrators.
ALTER TABLE "app_user" ADD COLUMN "totp_secret_enc" TEXT, ADD COLUMN "totp_enabled_at" TIMESTAMPTZ(3);
ALTER TABLE "session" ADD COLUMN "second_factor_at" TIMESTAMPTZ(3);
