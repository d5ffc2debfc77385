// Imported first by the citizen-login tests: the configuration is read once, at the first import of the app.
import { configureCitizenLogin } from '../support/oidc';

export const PORTS = configureCitizenLogin();
