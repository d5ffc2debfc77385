// Imported first (the configuration is read once): status updates wait five seconds. A bulk change of five tickets
// through the browser can take more than a second on a busy two-core CI machine, and the citizen's updates are
// bundled from those written before the first is due (in production they wait two minutes).
process.env.STATUS_UPDATE_DELAY_SECONDS = '5';
