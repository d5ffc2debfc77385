// Imported first: a low limit for reading, for the rate-limit test (the configuration is read once, at first use).
process.env.RATE_LIMIT_PUBLIC_READS_PER_MINUTE = '3';
process.env.RATE_LIMIT_FORMS_PER_MINUTE = '2';
