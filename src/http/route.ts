import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { Role } from '../generated/prisma/enums';
import { parseOrThrow } from './validation';
import { ForbiddenError, UnauthorizedError } from '../shared/errors';
import type { AuditSpec } from '../shared/audit';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** 'public': anyone; 'user': any logged-in user; a list of roles: only those. */
export type Access = 'public' | 'user' | readonly Role[];

export interface Valid<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** how the body arrives; multipart bodies are parsed by `before` middleware (multer). */
  bodyType?: 'json' | 'multipart' | 'form';
  before?: RequestHandler[];
  responses?: Record<number, string>;
  /** reachable while the session still waits for the second factor (login steps, me, logout) */
  beforeSecondFactor?: boolean;
  /** the route shows or changes personal data: it is written to the audit log */
  audit?: AuditSpec;
  handler: (
    req: Request,
    res: Response,
    valid: Valid<z.infer<P>, z.infer<Q>, z.infer<B>>,
  ) => Promise<unknown> | unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any>;

/** Declares an endpoint once: its access rule, its zod schemas (which also feed the OpenAPI document) and its handler. */
export function defineRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(spec: RouteSpec<P, Q, B>): AnyRoute {
  return spec as AnyRoute;
}

function checkAccess(access: Access, req: Request, beforeSecondFactor = false): void {
  if (access === 'public') return;
  if (!req.user) throw new UnauthorizedError();
  if (req.user.secondFactor !== 'ok' && !beforeSecondFactor) {
    throw new UnauthorizedError(
      req.user.secondFactor === 'setup'
        ? 'Set up your authenticator app first (GET /api/auth/totp/setup).'
        : 'Give the code from your authenticator app first (POST /api/auth/totp/verify).',
    );
  }
  if (access !== 'user' && !access.includes(req.user.role)) throw new ForbiddenError('Your role does not allow this.');
}

/**
 * Writes the audit entry of a route declared with `audit`, after its handler succeeded. The composition root
 * passes the audit feature's writer (src/audit/record.ts recordRouteAudit): the HTTP layer knows only this shape.
 */
export type RouteAuditor = (
  spec: AuditSpec,
  req: Request,
  valid: { params: unknown; query: unknown; body: unknown },
  result: unknown,
  before: Record<string, unknown> | null,
) => Promise<void>;

export function mountRoutes(app: Express, specs: readonly AnyRoute[], audit: RouteAuditor): void {
  for (const spec of specs) {
    const run = async (req: Request, res: Response, next: NextFunction) => {
      try {
        const valid = {
          params: spec.params ? parseOrThrow(spec.params, req.params, 'path') : req.params,
          query: spec.query ? parseOrThrow(spec.query, req.query, 'query') : req.query,
          body: spec.body ? parseOrThrow(spec.body, req.body ?? {}, 'request body') : req.body,
        };
        const id = (valid.params as { id?: string } | undefined)?.id;
        const before = spec.audit?.before && id ? await spec.audit.before(id) : null;
        const result = await spec.handler(req, res, valid);
        if (spec.audit && res.statusCode < 400) await audit(spec.audit, req, valid, result, before);
        if (!res.headersSent) {
          if (result === undefined) res.status(204).end();
          else res.status(spec.method === 'post' ? 201 : 200).json(result);
        }
      } catch (err) {
        next(err);
      }
    };
    const guard: RequestHandler = (req, _res, next) => {
      try {
        checkAccess(spec.access, req, spec.beforeSecondFactor);
        next();
      } catch (err) {
        next(err);
      }
    };
    // The access check runs before any upload is read, so anonymous uploads cost nothing.
    app[spec.method](spec.path, guard, ...(spec.before ?? []), run);
  }
}
