-- Two trigram indexes no query uses any more: the console's search reads ticket_search.doc (subject, messages,
-- reference and the citizen's name and addresses in one document, 20261203700000_ticket_search), not ticket.subject or
-- message.body_text. Each new ticket still paid for them: a message body of a few hundred characters is a few hundred
-- trigram entries, written by intake and by every reply and email.
DROP INDEX "ticket_subject_trgm_idx";
DROP INDEX "message_body_text_trgm_idx";
