/** DSGVO rights of the signed-in user: access (Art. 15) and erasure (Art. 17). */
export const PRIVACY_ROUTES = {
  /** GET → PersonalDataExport as a JSON download. */
  dataExport: '/api/me/data-export',
  /** POST ← EraseAccountRequest → 204; the session ends. */
  eraseAccount: '/api/me/account/erase',
} as const;

export interface EraseAccountRequest {
  /** The current password, so that a stolen session alone cannot erase an account. */
  password: string;
}

/**
 * Everything the platform holds about one person. `sections` is open: each programme adds its own
 * (e.g. `sponsorship`, `bookings`, `rentals`) with the records in which the person appears.
 */
export interface PersonalDataExport {
  exportedAt: string;
  /** The Art. 15 information: purposes, recipients, retention, rights — in German and English. */
  notice: { de: string; en: string };
  account: {
    id: string;
    email: string | null;
    displayName: string;
    phone: string | null;
    roles: string[];
    locale: string;
    createdAt: string;
    emailVerifiedAt: string | null;
    lastSignInAt: string | null;
    notificationEmailOptOuts: string[];
  };
  sessions: {
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    userAgent: string | null;
  }[];
  notifications: { type: string; channel: string; status: string; createdAt: string }[];
  auditEntries: {
    occurredAt: string;
    action: string;
    subjectType: string;
    role: 'actor' | 'subject' | 'on-behalf-of';
  }[];
  sections: Record<string, unknown>;
}

/** What erasure keeps (without the person) and what it removes; shown before the person confirms. */
export const ERASURE_KEEPS = ['audit-log', 'statistics'] as const;
