import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BookingCancelRequest,
  BookingChangeRequest,
  BookingCheckResult,
  BookingCreated,
  BookingDecisionRequest,
  BookingRequest,
  OrganizerQuotaRow,
  RoomAvailability,
  RoomBookingStatus,
  RoomBookingSummary,
  RoomDetail,
  RoomUpdateRequest,
  RoomUtilisationRow,
} from '@zusammen/shared/contracts';
import { BOOKING_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Paths of the room-booking API (BOOKING_ROUTES and the paths below them). */
export const ROOM_BOOKING_PATHS = {
  ...BOOKING_ROUTES,
  check: `${BOOKING_ROUTES.bookings}/check`,
  mine: `${BOOKING_ROUTES.bookings}/mine`,
} as const;

/** What the pre-check answers: every date of the request, which of them are blocked, and free slots. */
export type BookingCheck = BookingCheckResult;

/** An organizer's weekly quota as staff see it. */
export type OrganizerQuota = OrganizerQuotaRow;

/** The longest range the calendar may ask for at once (the API's limit). */
export const AVAILABILITY_MAX_DAYS = 62;

const id = (value: string): string => encodeURIComponent(value);

/** Rooms, availability and bookings of the Haus der Begegnung, as promises (errors reject with the HTTP error). */
@Injectable({ providedIn: 'root' })
export class RoomBookingApi {
  private readonly http = inject(HttpClient);

  rooms(): Promise<RoomDetail[]> {
    return firstValueFrom(this.http.get<RoomDetail[]>(ROOM_BOOKING_PATHS.rooms));
  }

  updateRoom(roomId: string, request: RoomUpdateRequest): Promise<RoomDetail> {
    return firstValueFrom(
      this.http.patch<RoomDetail>(`${ROOM_BOOKING_PATHS.rooms}/${id(roomId)}`, request),
    );
  }

  /** Every room (or one) with its blocking bookings and closures between two instants: one request per view. */
  availability(from: string, to: string, roomId?: string): Promise<RoomAvailability[]> {
    const params: Record<string, string> = { from, to };
    if (roomId) params['roomId'] = roomId;
    return firstValueFrom(
      this.http.get<RoomAvailability[]>(ROOM_BOOKING_PATHS.availability, { params }),
    );
  }

  check(request: BookingRequest): Promise<BookingCheck> {
    return firstValueFrom(this.http.post<BookingCheck>(ROOM_BOOKING_PATHS.check, request));
  }

  /** Books; the key makes a repeated send (after a lost answer) return the first result. */
  create(request: BookingRequest, idempotencyKey: string): Promise<BookingCreated> {
    return firstValueFrom(
      this.http.post<BookingCreated>(ROOM_BOOKING_PATHS.bookings, request, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  mine(from: string, to: string): Promise<RoomBookingSummary[]> {
    return firstValueFrom(
      this.http.get<RoomBookingSummary[]>(ROOM_BOOKING_PATHS.mine, { params: { from, to } }),
    );
  }

  /** Staff: requests waiting for a decision. */
  pending(from: string, to: string): Promise<RoomBookingSummary[]> {
    return this.list('pending', from, to);
  }

  /** Staff: bookings and closures of one status in a range (at most 400 days). */
  list(status: RoomBookingStatus, from: string, to: string): Promise<RoomBookingSummary[]> {
    return firstValueFrom(
      this.http.get<RoomBookingSummary[]>(ROOM_BOOKING_PATHS.bookings, {
        params: { status, from, to },
      }),
    );
  }

  get(bookingId: string): Promise<RoomBookingSummary> {
    return firstValueFrom(
      this.http.get<RoomBookingSummary>(`${ROOM_BOOKING_PATHS.bookings}/${id(bookingId)}`),
    );
  }

  decide(bookingId: string, request: BookingDecisionRequest): Promise<RoomBookingSummary[]> {
    return firstValueFrom(
      this.http.post<RoomBookingSummary[]>(
        `${ROOM_BOOKING_PATHS.bookings}/${id(bookingId)}/decision`,
        request,
      ),
    );
  }

  change(bookingId: string, request: BookingChangeRequest): Promise<RoomBookingSummary[]> {
    return firstValueFrom(
      this.http.post<RoomBookingSummary[]>(
        `${ROOM_BOOKING_PATHS.bookings}/${id(bookingId)}/change`,
        request,
      ),
    );
  }

  cancel(bookingId: string, request: BookingCancelRequest): Promise<RoomBookingSummary[]> {
    return firstValueFrom(
      this.http.post<RoomBookingSummary[]>(
        `${ROOM_BOOKING_PATHS.bookings}/${id(bookingId)}/cancel`,
        request,
      ),
    );
  }

  quotas(): Promise<OrganizerQuota[]> {
    return firstValueFrom(this.http.get<OrganizerQuota[]>(ROOM_BOOKING_PATHS.quotas));
  }

  setQuota(organizerId: string, weeklyMinutes: number): Promise<OrganizerQuotaRow> {
    return firstValueFrom(
      this.http.put<OrganizerQuotaRow>(`${ROOM_BOOKING_PATHS.quotas}/${id(organizerId)}`, {
        weeklyMinutes,
      }),
    );
  }

  utilisation(from: string, to: string): Promise<RoomUtilisationRow[]> {
    return firstValueFrom(
      this.http.get<RoomUtilisationRow[]>(ROOM_BOOKING_PATHS.utilisation, {
        params: { from, to },
      }),
    );
  }
}

/** Where the browser downloads the utilisation as CSV (a plain link: the session cookie goes along). */
export function utilisationCsvUrl(from: string, to: string): string {
  return `${ROOM_BOOKING_PATHS.utilisation}.csv?${new URLSearchParams({ from, to }).toString()}`;
}
