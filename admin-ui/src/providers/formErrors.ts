import { HttpError } from 'react-admin';

/*
 * The server names invalid fields by their path in the request body
 * ("conditions.words.2", "geometry.coordinates.0.3"). These maps point each
 * path at the form input that shows it, so the message lands under the
 * input the admin has to fix.
 */
const inputFor: Record<string, (path: string) => string> = {
    // A list is one chip input: "conditions.words.2" → "conditions.words".
    'routing-rules': (path) => path.replace(/(\.\d+)+$/, ''),
    // The shape is edited as JSON text.
    zones: (path) => (path === 'geometry' || path.startsWith('geometry.') ? 'geometryText' : path),
    'sla-policies': (path) => path,
    // Keywords are one chip input; attributes are nested inputs named like the server's paths.
    categories: (path) => (path.startsWith('keywords.') ? 'keywords' : path),
    'notification-templates': (path) => path,
    'api-keys': (path) => path,
    devices: (path) => path,
    closures: (path) => path,
    // A document is one input of the list ("documentsNl.2" lands under the third line); the desks are one input.
    services: (path) => (path.startsWith('deskIds.') ? 'deskIds' : path),
    locations: (path) => path,
    desks: (path) => (path.startsWith('serviceIds.') ? 'serviceIds' : path),
    'desk-closures': (path) => path,
    'canned-responses': (path) => path,
};

/**
 * Rewrites a validation error of the server for react-admin's forms. The
 * server's own message goes along as the form's root error, which the form
 * notifies instead of a bare "the form is not valid", so errors that belong
 * to no input (e.g. "a rule must set at least one thing") are read too.
 */
export const withFormErrors = async <T>(resource: string, request: () => Promise<T>): Promise<T> => {
    try {
        return await request();
    } catch (error) {
        const toInput = inputFor[resource];
        const body = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | null) : null;
        if (!toInput || !(error instanceof HttpError) || !body?.errors) throw error;
        const errors: Record<string, unknown> = {};
        for (const [path, message] of Object.entries(body.errors)) {
            if (path !== '_') errors[toInput(path)] ??= String(message);
        }
        errors.root = { serverError: error.message };
        throw new HttpError(error.message, error.status, { ...body, errors });
    }
};
