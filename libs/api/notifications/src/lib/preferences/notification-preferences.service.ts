import { Injectable } from '@nestjs/common';
import { IdentityException } from '@zusammen/api/identity';
import {
  CommonErrorCode,
  OPTIONAL_NOTIFICATION_CATEGORIES,
  type NotificationPreferencesResponse,
  type OptionalNotificationCategory,
  type UpdateNotificationPreferencesRequest,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';

interface PreferencesRow {
  email_opt_outs: OptionalNotificationCategory[];
  has_email: boolean;
}

/**
 * The signed-in user's email switches per optional category, stored as the list of categories switched off
 * (user_account.notification_email_opt_outs: a new category starts switched on for everybody). The outbox reads
 * the same column when it writes a notification.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<NotificationPreferencesResponse> {
    const rows: PreferencesRow[] = await this.dataSource.query(
      `SELECT notification_email_opt_outs AS email_opt_outs, email IS NOT NULL AS has_email
         FROM user_account WHERE id = $1`,
      [userId],
    );
    return toResponse(rows[0]);
  }

  /** Changes only the switches in the request, in one statement (two tabs saving at once lose nothing). */
  async update(
    userId: string,
    request: UpdateNotificationPreferencesRequest,
  ): Promise<NotificationPreferencesResponse> {
    const switchedOn = OPTIONAL_NOTIFICATION_CATEGORIES.filter((c) => request.email[c] === true);
    const switchedOff = OPTIONAL_NOTIFICATION_CATEGORIES.filter((c) => request.email[c] === false);
    // a CTE: TypeORM hands back a bare UPDATE … RETURNING as [rows, count]
    const rows: PreferencesRow[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE user_account
            SET notification_email_opt_outs = ARRAY(
                  SELECT DISTINCT category
                    FROM unnest(notification_email_opt_outs || $3::text[]) AS category
                   WHERE NOT (category = ANY($2::text[]))
                   ORDER BY category),
                updated_at = now()
          WHERE id = $1
         RETURNING notification_email_opt_outs, email
       )
       SELECT notification_email_opt_outs AS email_opt_outs, email IS NOT NULL AS has_email FROM changed`,
      [userId, switchedOn, switchedOff],
    );
    return toResponse(rows[0]);
  }
}

/** A session whose account row is gone is not signed in any more. */
function toResponse(row: PreferencesRow | undefined): NotificationPreferencesResponse {
  if (!row) throw new IdentityException(CommonErrorCode.Unauthenticated);
  const email = Object.fromEntries(
    OPTIONAL_NOTIFICATION_CATEGORIES.map((category) => [
      category,
      !row.email_opt_outs.includes(category),
    ]),
  ) as Record<OptionalNotificationCategory, boolean>;
  return { email, hasEmail: row.has_email };
}
