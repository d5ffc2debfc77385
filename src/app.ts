import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { config } from './config';
import { logger } from './logger';
import { mountRoutes, type AnyRoute } from './http/route';
import { recordRouteAudit } from './audit/record';
import { errorHandler, notFoundHandler } from './http/errorHandler';
import { rejectHostileInput } from './http/hostileInput';
import { csrfGuard, loadSession } from './auth/middleware';
import { authRoutes } from './auth/routes';
import { contactPageRouter } from './channels/web/page';
import { ticketRoutes } from './tickets/routes';
import { ticketEventRoutes } from './tickets/eventRoutes';
import { liveRoutes } from './live/routes';
import { savedFilterRoutes } from './savedFilters/routes';
import { messageRoutes } from './messages/routes';
import { attachmentRoutes } from './attachments/routes';
import { contactRoutes } from './contacts/routes';
import { departmentRoutes } from './departments/routes';
import { categoryRoutes } from './categories/routes';
import { userRoutes } from './users/routes';
import { signatureRoutes } from './users/signatureRoutes';
import { cannedResponseRoutes } from './cannedResponses/routes';
import { ruleRoutes } from './routing/ruleRoutes';
import { zoneRoutes } from './routing/zoneRoutes';
import { scheduleRoutes } from './routing/scheduleRoutes';
import { slaRoutes } from './routing/slaRoutes';
import { auditRoutes } from './audit/routes';
import { privacyRoutes } from './privacy/routes';
import { sessionRoutes } from './auth/sessionRoutes';
import { totpRoutes } from './auth/totpRoutes';
import { recoveryCodeRoutes } from './auth/recoveryCodeRoutes';
import { secondFactorRoutes } from './users/secondFactorRoutes';
import { healthRouter } from './health/routes';
import { channelRoutes, registerChannels } from './channels';
import { subscribeLiveToTicketChanges } from './live/events';
import { templateRoutes } from './notifications/templateRoutes';
import { providerStatusRoutes } from './notifications/providerStatusRoutes';
import { appointmentPublicRoutes } from './appointments/publicRoutes';
import { appointmentStaffRoutes } from './appointments/staffRoutes';
import { walkInRoutes } from './guidance/walkInRoutes';
import { trackingPageRouter } from './tracking/page';
import { eloketPageRouter } from './eloket/page';
import { eloketRoutes } from './eloket/routes';
import { trackingRoutes } from './tracking/routes';
import { OPEN311_BASE, open311Router } from './open311/router';
import { open311ErrorHandler } from './open311/format';
import { apiKeyRoutes } from './open311/adminRoutes';
import { appointmentAdminRoutes } from './appointments/admin';
import { guidanceRoutes } from './guidance/routes';
import { analyticsRoutes } from './analytics/routes';
import { mapCspImgSources, mapPageRouter, mapRoutes } from './map';
import { bookingPageRouter } from './booking/page';
import { devicePagesRouter } from './devices/pages';
import { accessibilityPageRouter } from './accessibility/page';
import { citizenPagesRouter } from './citizens/pages';
import { citizenRoutes } from './citizens/routes';
import { openApiDocument } from './openapi/document';
import { projectRoot } from './shared/paths';
import { mountFavicon } from './pages/favicon';
import { measureRequests, metricsAccess, registry } from './metrics/registry';

/** Every JSON endpoint, each declared once with its access rule and schemas. */
export function allRoutes(): AnyRoute[] {
  return [
    ...authRoutes,
    ...sessionRoutes,
    ...totpRoutes,
    ...recoveryCodeRoutes,
    ...secondFactorRoutes,
    ...ticketRoutes,
    ...ticketEventRoutes,
    ...liveRoutes,
    ...savedFilterRoutes,
    ...messageRoutes,
    ...attachmentRoutes,
    ...contactRoutes,
    ...departmentRoutes,
    ...categoryRoutes,
    ...userRoutes,
    ...signatureRoutes,
    ...cannedResponseRoutes,
    ...ruleRoutes,
    ...zoneRoutes,
    ...scheduleRoutes,
    ...slaRoutes,
    ...auditRoutes,
    ...privacyRoutes,
    ...channelRoutes(),
    ...mapRoutes,
    ...templateRoutes,
    ...providerStatusRoutes,
    ...appointmentPublicRoutes,
    ...appointmentStaffRoutes,
    ...walkInRoutes,
    ...trackingRoutes,
    ...apiKeyRoutes,
    ...appointmentAdminRoutes,
    ...guidanceRoutes,
    ...analyticsRoutes,
    ...citizenRoutes,
    ...eloketRoutes,
  ];
}

const CONSOLE_DIR = path.join(projectRoot(), 'admin-ui', 'dist');

export function buildApp(): Express {
  const c = config();
  // the api asks the channels' definitions and senders (reach, reply rules) before it answers
  registerChannels();
  // the consoles hear about every ticket change, whichever process made it
  subscribeLiveToTicketChanges();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', c.TRUST_PROXY);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:', ...mapCspImgSources()],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: c.PUBLIC_URL.startsWith('https://') ? [] : null,
        },
      },
      strictTransportSecurity: c.PUBLIC_URL.startsWith('https://'),
    }),
  );
  app.use(measureRequests);
  app.get('/metrics', metricsAccess(c.METRICS_TOKEN), async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  app.use(cookieParser());
  app.use(express.json({ limit: '200kb' }));
  app.use(express.urlencoded({ extended: false, limit: '200kb' }));
  app.use(rejectHostileInput);
  app.use(loadSession);
  app.use('/api', csrfGuard);

  const routes = allRoutes();
  mountRoutes(app, routes, recordRouteAudit);
  const doc = openApiDocument(routes);
  app.get(['/api/openapi.json', '/api/docs'], (_req, res) => {
    res.json(doc);
  });
  app.use(healthRouter());
  app.use(contactPageRouter());
  app.use(trackingPageRouter());
  app.use(eloketPageRouter());
  app.use(open311Router());
  app.use(mapPageRouter());
  app.use(bookingPageRouter());
  app.use(devicePagesRouter());
  app.use(accessibilityPageRouter());
  app.use(citizenPagesRouter());
  mountFavicon(app);
  app.get('/', (_req, res) => res.redirect('/contact'));

  if (existsSync(CONSOLE_DIR)) {
    // hashed bundles never change; index.html must be fetched anew so a deploy reaches every agent
    app.use('/admin/assets', express.static(path.join(CONSOLE_DIR, 'assets'), { immutable: true, maxAge: '1y' }));
    app.use('/admin', express.static(CONSOLE_DIR, { index: false, maxAge: '1h' }));
    app.get(/^\/admin(\/.*)?$/, (_req, res) =>
      res.setHeader('Cache-Control', 'no-cache').sendFile(path.join(CONSOLE_DIR, 'index.html')),
    );
  }

  app.use(notFoundHandler);
  // what fails under the Open311 base before its router runs (a NUL byte, a broken body) still answers in the spec's form
  app.use(OPEN311_BASE, open311ErrorHandler());
  app.use(errorHandler({ maxFiles: c.UPLOAD_MAX_FILES, maxMb: c.UPLOAD_MAX_FILE_MB }));
  return app;
}
