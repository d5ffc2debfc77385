import type { Language, Role } from '../generated/prisma/enums';

/** The logged-in user as every policy sees them. */
export interface Principal {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  departmentIds: string[];
  /** takes part in auto-assignment */
  available: boolean;
  /** 'ok' when no second factor is needed or it was given; 'required' or 'setup' while the session waits for it */
  secondFactor: 'ok' | 'required' | 'setup';
  sessionId: string;
  csrfToken: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: Principal;
  }
}

export function presentIdentity(p: Principal) {
  return {
    id: p.id,
    fullName: p.name,
    email: p.email,
    role: p.role,
    language: p.language,
    departmentIds: p.departmentIds,
    available: p.available,
    secondFactor: p.secondFactor,
    csrfToken: p.csrfToken,
  };
}
