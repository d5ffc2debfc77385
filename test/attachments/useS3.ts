import { s3Server } from '../support/s3';

// imported first: the configuration is read when the app's modules load, so STORAGE_URL must be set before them
export const s3 = s3Server();
process.env.STORAGE_URL = s3.url();
