// Imported first by the WhatsApp tests: the configuration is read once, so WhatsApp is switched on (a sender number
// and approved templates) before any module reads it, and status updates leave after one second.
export const WHATSAPP_FROM = '+3250000077';
export const TEMPLATES = {
  acknowledgement: 'HX11111111111111111111111111111111',
  status_update: 'HX22222222222222222222222222222222',
  answer: 'HX33333333333333333333333333333333',
};
process.env.WHATSAPP_FROM = WHATSAPP_FROM;
process.env.WHATSAPP_TEMPLATES = JSON.stringify(TEMPLATES);
process.env.STATUS_UPDATE_DELAY_SECONDS = '1';
