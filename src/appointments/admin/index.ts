import type { AnyRoute } from '../../http/route';
import { serviceRoutes } from './services';
import { locationRoutes } from './locations';
import { deskRoutes } from './desks';
import { deskHoursRoutes } from './deskHours';
import { deskClosureRoutes } from './deskClosures';
import { appointmentAdminListRoutes } from './appointments';

/** The administration API of appointments under /api/admin: products, locations, desks, their hours, closures and absences, and the appointments (read-only). */
export const appointmentAdminRoutes: AnyRoute[] = [
  ...serviceRoutes,
  ...locationRoutes,
  ...deskRoutes,
  ...deskHoursRoutes,
  ...deskClosureRoutes,
  ...appointmentAdminListRoutes,
];
