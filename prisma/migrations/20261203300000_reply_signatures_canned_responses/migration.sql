-- The reply the citizen reads is the text the agent sees: the greeting and the signature are put in the compose box,
-- not around it by the mail template. Each user keeps their own signature; a department may add its own lines.
ALTER TABLE "app_user" ADD COLUMN "signature" TEXT;
ALTER TABLE "department" ADD COLUMN "signature" TEXT;

-- Canned replies and macros: shared (no department, no owner), per department, or personal (owner).
-- The macro's targets (category, department) are checked when saved and again when applied, so a deactivated one
-- is a clear 400 rather than a silent no-op; departments and categories are deactivated, never deleted.
CREATE TABLE "canned_response" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body_nl" TEXT NOT NULL,
    "body_en" TEXT NOT NULL,
    "department_id" UUID,
    "owner_id" UUID,
    "set_status" "TicketStatus",
    "set_priority" "Priority",
    "set_category_id" UUID,
    "set_department_id" UUID,
    "add_tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "canned_response_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "canned_response_department_id_idx" ON "canned_response"("department_id");
CREATE INDEX "canned_response_owner_id_idx" ON "canned_response"("owner_id");
ALTER TABLE "canned_response" ADD CONSTRAINT "canned_response_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "canned_response" ADD CONSTRAINT "canned_response_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
