import type { RequestHandler } from 'express';
import twilio from 'twilio';
import { config } from '../../config';
import { ForbiddenError } from '../../shared/errors';
import { PhoneNotConfiguredError, twilioSettings } from './client';
import { logger } from '../../logger';

/**
 * Twilio signs every webhook with the auth token over the URL it called (as configured, so PUBLIC_URL and the
 * path, never the Host header a proxy may rewrite) and the POSTed parameters. Nothing unsigned goes further.
 */
export function verifyTwilioSignature(): RequestHandler {
  return (req, _res, next) => {
    const settings = twilioSettings();
    if (!settings) return next(new PhoneNotConfiguredError());
    const signature = req.get('x-twilio-signature');
    const url = config().PUBLIC_URL + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, string>;
    if (!signature || !twilio.validateRequest(settings.authToken, signature, url, params)) {
      logger.warn({ url, ip: req.ip }, 'twilio webhook refused: missing or wrong signature');
      return next(new ForbiddenError('This request is not signed by Twilio for this address (X-Twilio-Signature).'));
    }
    next();
  };
}
