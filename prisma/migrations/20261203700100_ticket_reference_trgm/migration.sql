-- A piece of a reference, as a citizen reads it out ("9405…"), is searched in the reference alone: a trigram index
-- finds the few tickets whose reference holds it, where the search document would be walked ticket by ticket.
CREATE INDEX "ticket_reference_trgm_idx" ON "ticket" USING GIN ("reference" gin_trgm_ops);
