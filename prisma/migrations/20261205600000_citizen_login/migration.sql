-- Citizen login through OpenID Connect (ACM/IDM, itsme). A citizen's cases are found by an identity of kind "oidc"
-- on their contact (value: "<issuer> <subject>"), added at intake and booking while they are logged in; erasing the
-- contact erases it with the other identities. ADD VALUE runs inside the migration's transaction since PostgreSQL 12
-- as long as the new value is not used in the same transaction.
ALTER TYPE "IdentityKind" ADD VALUE IF NOT EXISTS 'oidc';

-- A logged-in citizen: only the SHA-256 of the cookie's token is kept; the national-register number only sealed with
-- SECRET_KEY, and the whole row is deleted at logout or by the sweeper once it expired (idle or absolute).
CREATE TABLE "citizen_session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "national_register_enc" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "citizen_session_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "citizen_session_token_hash_key" ON "citizen_session"("token_hash");
CREATE INDEX "citizen_session_expires_at_idx" ON "citizen_session"("expires_at");
CREATE INDEX "citizen_session_subject_idx" ON "citizen_session"("subject");
