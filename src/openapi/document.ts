import { z } from 'zod';
import type { AnyRoute } from '../http/route';
import { config } from '../config';

function schemaOf(s: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parameters(s: z.ZodType | undefined, where: 'path' | 'query') {
  if (!s) return [];
  const json = schemaOf(s) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema,
  }));
}

/** The OpenAPI 3.1 description, built from the same route declarations and zod schemas the server validates with. */
export function openApiDocument(routes: readonly AnyRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const bodyTypes = r.bodyType === 'multipart' ? ['application/json', 'multipart/form-data'] : ['application/json'];
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      security: r.access === 'public' ? [] : [{ session: [] }],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(bodyTypes.map((t) => [t, { schema: schemaOf(r.body!) }])),
            },
          }
        : {}),
      responses: {
        [r.method === 'post' ? '201' : '200']: { description: 'Success' },
        '400': { description: 'Invalid input: `{message, errors: {field: message}}`' },
        ...(r.access === 'public'
          ? {}
          : {
              '401': { description: 'Not logged in' },
              '403': { description: 'Role not allowed, or missing X-CSRF-Token' },
            }),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Voordeur API',
      version: '0.1.0',
      description:
        'Public endpoints for citizens and partner systems, and the console API (react-admin simple-rest conventions). ' +
        'The console logs in with POST /api/auth/login, which sets an httpOnly session cookie; every state-changing console request ' +
        'must send the X-CSRF-Token header with the csrfToken from GET /api/auth/me.',
    },
    servers: [{ url: config().PUBLIC_URL }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vd_session' } },
    },
    paths,
  };
}
