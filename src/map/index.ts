/** The public map of reports: /kaart, its GeoJSON feed and the categories that can be reported on it. */
export { mapRoutes } from './routes';
export { mapPageRouter } from './page';
export { mapCspImgSources } from './csp';
