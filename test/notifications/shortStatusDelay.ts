// Imported first: status updates wait one second instead of two minutes (the configuration is read once).
process.env.STATUS_UPDATE_DELAY_SECONDS = '1';
