import { regex } from 'react-admin';

/** The four forms the server accepts (same pattern): a number, a SIP address, a Twilio Client or a Twilio queue. */
const phoneTargetPattern = /^(\+[1-9]\d{6,14}|sip:[^\s@]+@\S+|client:[\w.-]{1,100}|queue:[\w.-]{1,64})$/;

export const validatePhoneTarget = regex(phoneTargetPattern, 'app.department.phone_target_invalid');
