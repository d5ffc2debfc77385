import type { Express } from 'express';

/** The town hall door in the public pages' blue: one icon for every public page and the console. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00445e"/><path d="M10 27V6h12v21" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="19" cy="17" r="1.6" fill="#fff"/></svg>';

export const FAVICON_LINK = '<link rel="icon" type="image/svg+xml" href="/favicon.svg">';

/** /favicon.svg for the pages' link, and /favicon.ico for browsers that ask without one. */
export function mountFavicon(app: Express): void {
  app.get(['/favicon.svg', '/favicon.ico'], (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(FAVICON_SVG);
  });
}
