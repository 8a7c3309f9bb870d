import type { SessionResponse, SessionUser } from '@zusammen/shared/contracts';

/** A signed-in user for specs (Farsi-speaking resident, as in the demo data). */
export const RESIDENT: SessionUser = {
  id: '5b0d2f5e-8d3e-4a57-9a55-3f0e3c6f0a11',
  displayName: 'Maryam Ahmadi',
  email: 'resident@demo.zusammenleben.invalid',
  roles: ['resident'],
  locale: 'fa',
};

export const STAFF: SessionUser = {
  id: '0f5a3c1e-2b8d-4e0a-9c6f-7d1e2a3b4c5d',
  displayName: 'Martina Terhorst',
  email: 'staff@demo.zusammenleben.invalid',
  roles: ['staff'],
  locale: 'de',
};

export function sessionOf(user: SessionUser): SessionResponse {
  return { user, expiresAt: '2026-12-01T12:00:00.000Z' };
}
