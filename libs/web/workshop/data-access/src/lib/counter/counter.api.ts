import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BikeDetail,
  BikeWaitlistEntryView,
  BikeWaitlistRequest,
  BikeWaitlistStatus,
  BorrowerCreateRequest,
  BorrowerDetail,
  BorrowerSummary,
  BorrowerUpdateRequest,
  BriefingRequest,
  DamageCaseStatus,
  DamageCaseView,
  DamageDecisionRequest,
  EligibilityRequest,
  HandoutCheckRequest,
  HandoutCheckResponse,
  HandoutRequest,
  InspectionTemplateView,
  MyBikeRentals,
  PhotoUploadRequest,
  RentalDetail,
  RentalSummary,
  ReturnRequest,
  WorkshopPhotoView,
} from '@zusammen/shared/contracts';
import { WORKSHOP_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** The lists of /werkstatt/ausleihen. */
export const RENTAL_VIEWS = ['open', 'due_soon', 'overdue', 'returned'] as const;
export type RentalView = (typeof RENTAL_VIEWS)[number];

/** URLs of the rental desk (WORKSHOP_ROUTES). */
export const COUNTER_API = {
  bikeByNumber: (no: number) => `${WORKSHOP_ROUTES.bikes}/by-number/${no}`,
  bike: (bikeId: string) => `${WORKSHOP_ROUTES.bikes}/${id(bikeId)}`,
  bikePhotos: (bikeId: string) => `${WORKSHOP_ROUTES.bikes}/${id(bikeId)}/photos`,
  borrowers: WORKSHOP_ROUTES.borrowers,
  borrower: (borrowerId: string) => `${WORKSHOP_ROUTES.borrowers}/${id(borrowerId)}`,
  eligibility: (borrowerId: string) => `${WORKSHOP_ROUTES.borrowers}/${id(borrowerId)}/eligibility`,
  briefings: (borrowerId: string) => `${WORKSHOP_ROUTES.borrowers}/${id(borrowerId)}/briefings`,
  rentals: WORKSHOP_ROUTES.rentals,
  check: `${WORKSHOP_ROUTES.rentals}/check`,
  rental: (rentalId: string) => `${WORKSHOP_ROUTES.rentals}/${id(rentalId)}`,
  rentalAction: (rentalId: string, action: 'extend' | 'return' | 'cancel' | 'lost') =>
    `${WORKSHOP_ROUTES.rentals}/${id(rentalId)}/${action}`,
  waitlist: WORKSHOP_ROUTES.waitlist,
  waitlistEntry: (entryId: string) => `${WORKSHOP_ROUTES.waitlist}/${id(entryId)}`,
  damageCases: WORKSHOP_ROUTES.damageCases,
  decision: (caseId: string) => `${WORKSHOP_ROUTES.damageCases}/${id(caseId)}/decision`,
  template: WORKSHOP_ROUTES.inspectionTemplate,
  mine: WORKSHOP_ROUTES.mine,
} as const;

/** Calls of the rental desk pages, as promises (errors reject with the HTTP error). */
@Injectable({ providedIn: 'root' })
export class CounterApi {
  private readonly http = inject(HttpClient);

  private get<T>(url: string, params?: HttpParams): Promise<T> {
    return firstValueFrom(this.http.get<T>(url, { params }));
  }

  private post<T>(url: string, body: unknown, headers?: HttpHeaders): Promise<T> {
    return firstValueFrom(this.http.post<T>(url, body, { headers }));
  }

  bikeByNumber(no: number): Promise<BikeDetail> {
    return this.get(COUNTER_API.bikeByNumber(no));
  }

  bike(bikeId: string): Promise<BikeDetail> {
    return this.get(COUNTER_API.bike(bikeId));
  }

  uploadPhoto(bikeId: string, request: PhotoUploadRequest): Promise<WorkshopPhotoView> {
    return this.post(COUNTER_API.bikePhotos(bikeId), request);
  }

  borrowers(q: string): Promise<BorrowerSummary[]> {
    return this.get(COUNTER_API.borrowers, new HttpParams().set('q', q));
  }

  borrower(borrowerId: string): Promise<BorrowerDetail> {
    return this.get(COUNTER_API.borrower(borrowerId));
  }

  createBorrower(request: BorrowerCreateRequest): Promise<BorrowerDetail> {
    return this.post(COUNTER_API.borrowers, request);
  }

  updateBorrower(borrowerId: string, request: BorrowerUpdateRequest): Promise<BorrowerDetail> {
    return firstValueFrom(
      this.http.patch<BorrowerDetail>(COUNTER_API.borrower(borrowerId), request),
    );
  }

  recordEligibility(borrowerId: string, request: EligibilityRequest): Promise<BorrowerDetail> {
    return this.post(COUNTER_API.eligibility(borrowerId), request);
  }

  recordBriefing(borrowerId: string, request: BriefingRequest): Promise<BorrowerDetail> {
    return this.post(COUNTER_API.briefings(borrowerId), request);
  }

  rentals(view: RentalView | 'all', q = ''): Promise<RentalSummary[]> {
    let params = new HttpParams().set('view', view);
    if (q.trim()) params = params.set('q', q.trim());
    return this.get(COUNTER_API.rentals, params);
  }

  rental(rentalId: string): Promise<RentalDetail> {
    return this.get(COUNTER_API.rental(rentalId));
  }

  check(request: HandoutCheckRequest): Promise<HandoutCheckResponse> {
    return this.post(COUNTER_API.check, request);
  }

  /** The same `idempotencyKey` on a retry returns the first rental instead of a second one. */
  handOut(request: HandoutRequest, idempotencyKey: string): Promise<RentalDetail> {
    return this.post(
      COUNTER_API.rentals,
      request,
      new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    );
  }

  extend(rentalId: string, dueOn: string): Promise<RentalDetail> {
    return this.post(COUNTER_API.rentalAction(rentalId, 'extend'), { dueOn });
  }

  returnRental(rentalId: string, request: ReturnRequest): Promise<RentalDetail> {
    return this.post(COUNTER_API.rentalAction(rentalId, 'return'), request);
  }

  cancel(rentalId: string): Promise<RentalDetail> {
    return this.post(COUNTER_API.rentalAction(rentalId, 'cancel'), {});
  }

  markLost(rentalId: string): Promise<RentalDetail> {
    return this.post(COUNTER_API.rentalAction(rentalId, 'lost'), {});
  }

  waitlist(status?: BikeWaitlistStatus): Promise<BikeWaitlistEntryView[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.get(COUNTER_API.waitlist, params);
  }

  addToWaitlist(request: BikeWaitlistRequest): Promise<BikeWaitlistEntryView> {
    return this.post(COUNTER_API.waitlist, request);
  }

  removeFromWaitlist(entryId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(COUNTER_API.waitlistEntry(entryId)));
  }

  damageCases(status?: DamageCaseStatus): Promise<DamageCaseView[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.get(COUNTER_API.damageCases, params);
  }

  decide(caseId: string, request: DamageDecisionRequest): Promise<DamageCaseView> {
    return this.post(COUNTER_API.decision(caseId), request);
  }

  inspectionTemplate(): Promise<InspectionTemplateView> {
    return this.get(COUNTER_API.template);
  }

  mine(): Promise<MyBikeRentals> {
    return this.get(COUNTER_API.mine);
  }
}
