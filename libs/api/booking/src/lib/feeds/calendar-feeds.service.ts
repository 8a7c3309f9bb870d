import { Inject, Injectable } from '@nestjs/common';
import { appConfig, ValidationFailedException, type AppConfig } from '@zusammen/api/core';
import {
  BOOKING_TIME_ZONE,
  CALENDAR_FEED_ROUTES,
  CalendarFeedErrorCode,
  DEFAULT_LOCALE,
  type CalendarFeedKind,
  type CalendarFeedSummary,
  type Locale,
  type LocalizedText,
  type OccurrenceStatus,
  type RegistrationStatus,
  type Role,
  type RoomBookingKind,
  type RoomBookingStatus,
} from '@zusammen/shared/contracts';
import { localDateOf, SeriesRuleError } from '@zusammen/shared/util';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateCalendarFeedDto } from './calendar-feed.dto';
import {
  CalendarFeedException,
  CalendarFeedNotFoundException,
  FeedRoomNotFoundException,
  RoomFeedForbiddenException,
} from './calendar-feed.exception';
import { renderFeed, type FeedDate, type FeedSeries, type FeedStatus } from './feed-calendar';
import { feedTokenHash, newFeedToken, tokenFromPathSegment } from './feed-token';
import { feedLocation, feedTexts, localDateTime, localized } from './feed-texts';
import { planSeriesFeed, type SeriesFeedPlan, type SeriesFeedRow } from './series-feed';

/** Feeds show dates that ended at most this many days ago. */
export const FEED_PAST_DAYS = 30;
/** Active feeds one person may hold at a time. */
export const MAX_ACTIVE_FEEDS = 10;
/** REFRESH-INTERVAL suggested to calendar apps. */
const REFRESH_MINUTES = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Who asks to create or list feeds (the session user). */
export interface FeedOwner {
  id: string;
  roles: readonly Role[];
}

/** A rendered feed and whether it is private (secret-token feeds). */
export interface RenderedFeed {
  body: string;
  private: boolean;
}

interface FeedRow {
  id: string;
  kind: CalendarFeedKind;
  room_id: string | null;
  room_name: string | null;
  created_at: Date;
}

interface TokenFeedRow {
  id: string;
  kind: CalendarFeedKind;
  owner_id: string;
  room_id: string | null;
  room_name: string | null;
  locale: Locale;
}

interface PublicRow {
  occurrence_id: string;
  event_id: string;
  starts_at: Date;
  ends_at: Date;
  occurrence_status: OccurrenceStatus;
  booking_status: RoomBookingStatus;
  series_id: string | null;
  recurrence_date: string | null;
  is_override: boolean;
  room_name: string;
  title: LocalizedText;
  description: Partial<LocalizedText>;
}

interface SeriesRow {
  id: string;
  rrule: string;
  tzid: string;
  local_start_date: string;
  local_start_time: string;
  local_end_time: string;
  materialised_until: string;
}

interface PersonalRow {
  kind: 'registration' | 'offer';
  status: RegistrationStatus | 'offered';
  offer_expires_at: Date | null;
  occurrence_id: string;
  event_id: string;
  starts_at: Date;
  ends_at: Date;
  occurrence_status: OccurrenceStatus;
  room_name: string;
  title: LocalizedText;
  description: Partial<LocalizedText>;
}

interface RoomBookingRow {
  id: string;
  kind: RoomBookingKind;
  title: string;
  status: RoomBookingStatus;
  starts_at: Date;
  ends_at: Date;
}

const isStaff = (roles: readonly Role[]) => roles.includes('staff') || roles.includes('admin');

/**
 * iCalendar feeds (API map, "Calendar feeds"): the public programme, and secret-token feeds of a person's own
 * dates or (staff) one room's bookings. Only the SHA-256 of a token is stored; a revoked, unknown or malformed
 * token, or one whose owner can no longer use it, answers 404. Feeds never carry names of people.
 */
@Injectable()
export class CalendarFeedsService {
  private readonly publicUrl: string;
  private readonly uidHost: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) app: AppConfig,
  ) {
    this.publicUrl = app.publicUrl.replace(/\/+$/, '');
    this.uidHost = new URL(this.publicUrl).hostname || 'zusammenleben';
  }

  /** The caller's active feeds, oldest first (the secret URL is never shown again). */
  async list(owner: FeedOwner): Promise<CalendarFeedSummary[]> {
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT f.id, f.kind, f.room_id, r.name AS room_name, f.created_at
         FROM calendar_feed f LEFT JOIN room r ON r.id = f.room_id
        WHERE f.owner_id = $1 AND f.revoked_at IS NULL
        ORDER BY f.created_at, f.id`,
      [owner.id],
    );
    return rows.map((row) => this.toSummary(row));
  }

  /** A new feed; the answer carries the secret URL once. */
  async create(owner: FeedOwner, request: CreateCalendarFeedDto): Promise<CalendarFeedSummary> {
    if (request.kind === 'personal' && request.roomId !== undefined) {
      throw new ValidationFailedException({ roomId: ['roomId is only allowed for room feeds'] });
    }
    if (request.kind === 'room' && !isStaff(owner.roles)) throw new RoomFeedForbiddenException();
    return this.dataSource.transaction(async (manager) => {
      let roomName: string | null = null;
      if (request.kind === 'room') {
        const rooms: { name: string }[] = await manager.query(
          `SELECT name FROM room WHERE id = $1`,
          [request.roomId],
        );
        if (rooms.length === 0) throw new FeedRoomNotFoundException();
        roomName = rooms[0].name;
      }
      // the owner's row serialises concurrent creations, so the limit holds
      await manager.query(`SELECT 1 FROM user_account WHERE id = $1 FOR UPDATE`, [owner.id]);
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM calendar_feed WHERE owner_id = $1 AND revoked_at IS NULL`,
        [owner.id],
      );
      if (count >= MAX_ACTIVE_FEEDS) {
        throw new CalendarFeedException(CalendarFeedErrorCode.FeedLimitReached, {
          max: MAX_ACTIVE_FEEDS,
        });
      }
      const { token, tokenHash } = newFeedToken();
      const [row]: FeedRow[] = await manager.query(
        `INSERT INTO calendar_feed (owner_id, kind, room_id, token_hash)
         VALUES ($1, $2, $3, $4)
         RETURNING id, kind, room_id, created_at`,
        [owner.id, request.kind, request.kind === 'room' ? request.roomId : null, tokenHash],
      );
      return {
        ...this.toSummary({ ...row, room_name: roomName }),
        url: `${this.publicUrl}${CALENDAR_FEED_ROUTES.feeds}/${token}.ics`,
      };
    });
  }

  /** Revokes one of the caller's feeds: its URL stops working at once. */
  async revoke(owner: FeedOwner, feedId: string): Promise<void> {
    // wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count]
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH revoked AS (
         UPDATE calendar_feed SET revoked_at = now()
          WHERE id = $1 AND owner_id = $2 AND revoked_at IS NULL
          RETURNING id
       )
       SELECT id FROM revoked`,
      [feedId, owner.id],
    );
    if (rows.length === 0) throw new CalendarFeedNotFoundException();
  }

  /** The public programme: public events' dates, texts in `locale` (German where missing). */
  async publicFeed(locale: Locale = DEFAULT_LOCALE, now = new Date()): Promise<string> {
    const since = new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS);
    const items = await this.publicItems(this.dataSource.manager, locale, since);
    return renderFeed({
      name: feedTexts(locale).publicName,
      items,
      stamp: now,
      refreshMinutes: REFRESH_MINUTES,
    });
  }

  /** A secret-token feed (`<token>` or `<token>.ics`). */
  async tokenFeed(segment: string, now = new Date()): Promise<RenderedFeed> {
    const token = tokenFromPathSegment(segment);
    if (token === null) throw new CalendarFeedNotFoundException();
    const manager = this.dataSource.manager;
    // the owner must still be able to use the feed: active, not erased, and staff for a room feed
    const feeds: TokenFeedRow[] = await manager.query(
      `SELECT f.id, f.kind, f.owner_id, f.room_id, r.name AS room_name, u.locale
         FROM calendar_feed f
         JOIN user_account u ON u.id = f.owner_id
         LEFT JOIN room r ON r.id = f.room_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL
          AND u.is_active AND u.erased_at IS NULL
          AND (f.kind <> 'room' OR u.roles && ARRAY['staff', 'admin']::text[])`,
      [feedTokenHash(token)],
    );
    const feed = feeds[0];
    if (!feed) throw new CalendarFeedNotFoundException();
    const since = new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS);
    if (feed.kind === 'room' && feed.room_id !== null) {
      const items = await this.roomItems(manager, feed.room_id, since);
      const body = renderFeed({
        name: `${feed.room_name ?? ''} – Haus der Begegnung`,
        items,
        stamp: now,
        refreshMinutes: REFRESH_MINUTES,
      });
      return { body, private: true };
    }
    const locale = feed.locale ?? DEFAULT_LOCALE;
    const items = await this.personalItems(manager, feed.owner_id, locale, since, now);
    const body = renderFeed({
      name: feedTexts(locale).personalName,
      items,
      stamp: now,
      refreshMinutes: REFRESH_MINUTES,
    });
    return { body, private: true };
  }

  private toSummary(row: FeedRow): CalendarFeedSummary {
    return {
      id: row.id,
      kind: row.kind,
      roomId: row.room_id,
      createdAt: new Date(row.created_at).toISOString(),
      ...(row.kind === 'room' ? { roomName: row.room_name } : {}),
    };
  }

  private uid(name: string): string {
    return `${name}@${this.uidHost}`;
  }

  /**
   * Public events' dates: scheduled dates of confirmed bookings are shown (as the public programme lists them),
   * cancelled dates that were public as CANCELLED (single dates) or left out (EXDATE, series). A series is one
   * VEVENT with RRULE, EXDATE and RECURRENCE-ID overrides; a series whose rule cannot be expanded here falls
   * back to one VEVENT per date.
   */
  private async publicItems(
    manager: EntityManager,
    locale: Locale,
    since: Date,
  ): Promise<(FeedDate | FeedSeries)[]> {
    const rows: PublicRow[] = await manager.query(
      `SELECT o.id AS occurrence_id, o.event_id, o.starts_at, o.ends_at, o.status AS occurrence_status,
              b.status AS booking_status, b.series_id, b.recurrence_date::text AS recurrence_date,
              b.is_override, r.name AS room_name, e.title, e.description
         FROM event_occurrence o
         JOIN booking_event e ON e.id = o.event_id
         JOIN room_booking b ON b.id = o.room_booking_id
         JOIN room r ON r.id = o.room_id
        WHERE e.public AND o.ends_at >= $1
        ORDER BY o.starts_at, o.id`,
      [since.toISOString()],
    );
    const shown = (row: PublicRow) =>
      row.occurrence_status === 'scheduled' && row.booking_status === 'confirmed';
    const wasPublicThenCancelled = (row: PublicRow) =>
      row.occurrence_status !== 'scheduled' &&
      ['confirmed', 'cancelled', 'released'].includes(row.booking_status);
    const text = (row: PublicRow, status: FeedStatus) => ({
      summary: localized(row.title, locale),
      description: localized(row.description, locale) || null,
      location: feedLocation(row.room_name),
      url: `${this.publicUrl}/programm/${row.event_id}`,
      status,
    });
    const single = (row: PublicRow): FeedDate[] => {
      if (!shown(row) && !wasPublicThenCancelled(row)) return [];
      return [
        {
          kind: 'date',
          uid: this.uid(`public-occurrence-${row.occurrence_id}`),
          startsAt: new Date(row.starts_at),
          endsAt: new Date(row.ends_at),
          ...text(row, shown(row) ? 'confirmed' : 'cancelled'),
        },
      ];
    };

    const groups = new Map<string, PublicRow[]>();
    const items: (FeedDate | FeedSeries)[] = [];
    for (const row of rows) {
      if (row.series_id === null) {
        items.push(...single(row));
        continue;
      }
      const key = `${row.event_id}/${row.series_id}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    if (groups.size === 0) return items;

    const seriesIds = [...new Set([...groups.values()].map((group) => group[0].series_id))];
    const seriesRows: SeriesRow[] = await manager.query(
      `SELECT id, rrule, tzid, local_start_date::text AS local_start_date,
              local_start_time::text AS local_start_time, local_end_time::text AS local_end_time,
              materialised_until::text AS materialised_until
         FROM booking_series WHERE id = ANY($1::uuid[])`,
      [seriesIds],
    );
    const seriesById = new Map(seriesRows.map((series) => [series.id, series]));
    const from = localDateOf(since, BOOKING_TIME_ZONE);

    for (const group of groups.values()) {
      const [first] = group;
      const series = seriesById.get(first.series_id ?? '');
      const feedRows: SeriesFeedRow<PublicRow>[] = group.map((row) => ({
        recurrenceDate: row.recurrence_date,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        isOverride: row.is_override,
        shown: shown(row),
        payload: row,
      }));
      let plan: SeriesFeedPlan<PublicRow> | null = null;
      if (series && series.tzid === BOOKING_TIME_ZONE) {
        try {
          plan = planSeriesFeed(
            {
              rrule: series.rrule,
              localStartDate: series.local_start_date,
              startTime: series.local_start_time,
              endTime: series.local_end_time,
              tzid: series.tzid,
            },
            feedRows,
            { from, until: series.materialised_until },
          );
        } catch (error) {
          if (!(error instanceof SeriesRuleError)) throw error;
        }
      }
      if (plan === null) {
        items.push(...group.flatMap(single));
        continue;
      }
      if (plan.master) {
        items.push({
          kind: 'series',
          uid: this.uid(`public-event-${first.event_id}-series-${first.series_id}`),
          startsAt: plan.master.first.startsAt,
          endsAt: plan.master.first.endsAt,
          rrule: plan.master.rrule,
          exdates: plan.master.exdates,
          overrides: plan.overrides.map(({ recurrence, row }) => ({
            recurrenceStartsAt: recurrence.startsAt,
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            ...text(row.payload, 'confirmed'),
          })),
          ...text(first, 'confirmed'),
        });
      }
      items.push(...plan.strays.flatMap((stray) => single(stray.payload)));
    }
    return items;
  }

  /** The owner's active registrations (also of dates cancelled meanwhile) and open waiting-list offers. */
  private async personalItems(
    manager: EntityManager,
    personId: string,
    locale: Locale,
    since: Date,
    now: Date,
  ): Promise<FeedDate[]> {
    const rows: PersonalRow[] = await manager.query(
      `SELECT 'registration' AS kind, g.status, NULL::timestamptz AS offer_expires_at,
              o.id AS occurrence_id, o.event_id, o.starts_at, o.ends_at, o.status AS occurrence_status,
              r.name AS room_name, e.title, e.description
         FROM registration g
         JOIN event_occurrence o ON o.id = g.occurrence_id
         JOIN booking_event e ON e.id = o.event_id
         JOIN room r ON r.id = o.room_id
        WHERE g.person_id = $1 AND g.status IN ('requested', 'confirmed', 'checked_in') AND o.ends_at >= $2
       UNION ALL
       SELECT 'offer' AS kind, w.status, w.offer_expires_at,
              o.id AS occurrence_id, o.event_id, o.starts_at, o.ends_at, o.status AS occurrence_status,
              r.name AS room_name, e.title, e.description
         FROM waitlist_entry w
         JOIN event_occurrence o ON o.id = w.occurrence_id
         JOIN booking_event e ON e.id = o.event_id
         JOIN room r ON r.id = o.room_id
        WHERE w.person_id = $1 AND w.status = 'offered' AND w.offer_expires_at > $3 AND o.ends_at >= $2
        ORDER BY starts_at, occurrence_id`,
      [personId, since.toISOString(), now.toISOString()],
    );
    const texts = feedTexts(locale);
    return rows.map((row): FeedDate => {
      const title = localized(row.title, locale);
      const description = localized(row.description, locale);
      const cancelled = row.occurrence_status !== 'scheduled';
      let summary = title;
      let status: FeedStatus = 'confirmed';
      const notes: string[] = [];
      if (row.kind === 'offer') {
        summary = `${texts.offerPrefix}${title}`;
        status = 'tentative';
        if (row.offer_expires_at) {
          notes.push(
            texts.offerUntil.replace(
              '{until}',
              localDateTime(new Date(row.offer_expires_at), locale),
            ),
          );
        }
      } else if (row.status === 'requested') {
        status = 'tentative';
        notes.push(texts.requested);
      }
      if (cancelled) status = 'cancelled';
      if (description) notes.push(description);
      return {
        kind: 'date',
        // one entry per date, whether offered or registered, so accepting an offer updates it in place
        uid: this.uid(`mine-occurrence-${row.occurrence_id}`),
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        summary,
        description: notes.join('\n\n') || null,
        location: feedLocation(row.room_name),
        url: `${this.publicUrl}/meine-termine`,
        status,
      };
    });
  }

  /** Every blocking booking and closure of the room, titles included (staff feed). */
  private async roomItems(
    manager: EntityManager,
    roomId: string,
    since: Date,
  ): Promise<FeedDate[]> {
    const rows: RoomBookingRow[] = await manager.query(
      `SELECT id, kind, title, status, starts_at, ends_at
         FROM room_booking
        WHERE room_id = $1 AND status IN ('held', 'pending', 'confirmed') AND ends_at >= $2
        ORDER BY starts_at, id`,
      [roomId, since.toISOString()],
    );
    return rows.map((row) => ({
      kind: 'date',
      uid: this.uid(`room-booking-${row.id}`),
      startsAt: new Date(row.starts_at),
      endsAt: new Date(row.ends_at),
      summary: row.title,
      status: row.status === 'confirmed' ? 'confirmed' : 'tentative',
    }));
  }
}
