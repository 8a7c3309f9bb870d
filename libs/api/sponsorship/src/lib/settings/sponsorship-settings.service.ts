import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import type { SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { loadCurrentSettings } from './current-settings';
import { loadSettingsResponse } from './settings-response';
import { toMatchWeights, weightsProblems } from './settings-rules';
import type { SponsorshipSettingsDto } from './sponsorship-settings.dto';

/**
 * The versioned Patenmodell settings: read the newest version; a change adds version + 1 and never edits a
 * row, so every match run and offer keeps pointing at the weights it used.
 */
@Injectable()
export class SponsorshipSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  current(): Promise<SponsorshipSettingsResponse> {
    return this.dataSource.transaction((manager) => loadSettingsResponse(manager));
  }

  /**
   * Two changes at the same moment become versions n + 1 and n + 2: the table lock (which only writers of this
   * table take; plain reads go on) queues them, and each then reads the newest version afresh. Locking the
   * newest row as well makes the change wait for offers that read the settings `FOR SHARE`.
   */
  async update(
    actor: ActingUser,
    request: SponsorshipSettingsDto,
  ): Promise<SponsorshipSettingsResponse> {
    const problems = weightsProblems({ ...request.weights });
    if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE sponsorship_settings IN SHARE ROW EXCLUSIVE MODE`);
      const previous = await loadCurrentSettings(manager, { forUpdate: true });
      const version = previous.version + 1;
      await manager.query(
        `INSERT INTO sponsorship_settings (version, weights, no_contact_days, trial_meetings_required, min_score,
                                           created_by_id)
         VALUES ($1, $2::jsonb, $3, $4, $5, $6)`,
        [
          version,
          JSON.stringify(toMatchWeights(request.weights)),
          request.noContactDays,
          request.trialMeetingsRequired,
          request.minScore,
          actor.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'sponsorship.settings-changed',
        subjectType: 'sponsorship_settings',
        subjectId: String(version),
        details: { oldVersion: previous.version, newVersion: version },
        requestId: actor.requestId,
      });
      return loadSettingsResponse(manager);
    });
  }
}
