// Imported first: this municipality answers every citizen in Dutch (the configuration is read once).
process.env.REPLY_LANGUAGES = 'nl';
