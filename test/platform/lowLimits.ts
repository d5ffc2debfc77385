// Imported first: low limits for the abuse test (the configuration is read once, at first use).
process.env.RATE_LIMIT_FORMS_PER_MINUTE = '4';
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = '3';
