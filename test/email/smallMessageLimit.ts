// Imported first by tests of the size limit: the configuration is read once, at the first import of the app.
process.env.EMAIL_MAX_MESSAGE_MB = '0.1';
