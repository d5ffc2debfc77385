// Imported first: the town's own contact and date, as an operator sets them (the configuration is read once).
process.env.ACCESSIBILITY_CONTACT_EMAIL = 'toegankelijkheid@testdorp.example';
process.env.ACCESSIBILITY_CONTACT_PHONE = '050 12 34 56';
process.env.ACCESSIBILITY_STATEMENT_DATE = '2026-11-30';
