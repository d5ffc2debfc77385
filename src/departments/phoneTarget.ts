import { z } from 'zod';

/**
 * Where a department takes calls, as an administrator writes it. It belongs to the department (the phone channel
 * reads it to connect a caller), so the department's routes need no import from the channel.
 */
export const PhoneTargetField = z
  .string()
  .trim()
  .regex(
    /^(\+[1-9]\d{6,14}|sip:[^\s@]+@[^\s]+|client:[\w.-]{1,100}|queue:[\w.-]{1,64})$/,
    'Use a number in E.164 form (+3250…), sip:user@host, client:name or queue:name.',
  );
