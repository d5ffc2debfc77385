// Imported first: the configuration (with IMAP_URL) is read once, when the app first loads it.
process.env.IMAP_URL = 'imap://info%40testdorp.example:p%40ss@imap.testdorp.example:143/Gemeente';
process.env.IMAP_PROCESSED_FOLDER = 'Verwerkt';
process.env.IMAP_DEFAULT_DEPARTMENT = 'Onthaal';
