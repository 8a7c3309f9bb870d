/**
 * The workshop API (`/api/workshop/...`): routes, error codes and the page shape; the request and response shapes
 * are in workshop-bikes-api.ts (bikes, repair, parts, inspections), workshop-rentals-api.ts (borrowers, waiting
 * list, rentals, damage, own rentals) and workshop-reports-api.ts (settings, reports). Money in euro cents, dates
 * `YYYY-MM-DD`, instants ISO.
 */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export enum WorkshopErrorCode {
  /** [404] */
  BikeNotFound = 'BIKE_NOT_FOUND',
  /** [404] */
  BorrowerNotFound = 'BORROWER_NOT_FOUND',
  /** [404] */
  RentalNotFound = 'RENTAL_NOT_FOUND',
  /** [404] */
  WorkOrderNotFound = 'WORK_ORDER_NOT_FOUND',
  /** [404] */
  PartNotFound = 'PART_NOT_FOUND',
  /** [404] */
  WorkerNotFound = 'WORKER_NOT_FOUND',
  /** [404] */
  PhotoNotFound = 'PHOTO_NOT_FOUND',
  /** [404] */
  WaitlistEntryNotFound = 'WAITLIST_ENTRY_NOT_FOUND',
  /** [404] */
  DamageCaseNotFound = 'DAMAGE_CASE_NOT_FOUND',
  /** [409] Someone else changed the record (optimistic lock `version`). */
  StaleVersion = 'STALE_VERSION',
  /** [409] The action is not allowed in the bike's current state. details: { technicalState, availability, allowedActions } */
  BikeActionNotAllowed = 'BIKE_ACTION_NOT_ALLOWED',
  /** [409] The work order's status does not allow this change. */
  WorkOrderNotChangeable = 'WORK_ORDER_NOT_CHANGEABLE',
  /** [409] Not enough stock. details: { onHand, requested } */
  OutOfStock = 'OUT_OF_STOCK',
  /** [409] A correction would take the stock below zero. */
  StockWouldBeNegative = 'STOCK_WOULD_BE_NEGATIVE',
  /** [422] Lost-and-found bike still in its holding period / without ownership basis or clear police check. */
  HoldingPeriodRunning = 'HOLDING_PERIOD_RUNNING',
  /** [422] The inspection does not cover every item of its checklist version, or a mandatory item is n.a. */
  InspectionIncomplete = 'INSPECTION_INCOMPLETE',
  /** [422] The worker has no occupational safety instruction on record. */
  SafetyInstructionMissing = 'SAFETY_INSTRUCTION_MISSING',
  /** [409] Handout refusals: one of HANDOUT_REFUSALS; details: { refusals: HandoutRefusal[] } */
  BikeNotAvailable = 'BIKE_NOT_AVAILABLE',
  InspectionMissing = 'INSPECTION_MISSING',
  InspectionExpired = 'INSPECTION_EXPIRED',
  EligibilityMissing = 'ELIGIBILITY_MISSING',
  EligibilityExpired = 'ELIGIBILITY_EXPIRED',
  BriefingMissing = 'BRIEFING_MISSING',
  BorrowerBlocked = 'BORROWER_BLOCKED',
  RentalLimitReached = 'RENTAL_LIMIT_REACHED',
  /** [422] On-screen signature missing, or the briefing was not acknowledged. */
  SignatureRequired = 'SIGNATURE_REQUIRED',
  /** [409] The rental is not in a state that allows this (e.g. returning a returned rental). */
  RentalNotChangeable = 'RENTAL_NOT_CHANGEABLE',
  /** [422] Extension refused: eligibility expired, or the new date is not after the current one / too far. */
  ExtensionNotAllowed = 'EXTENSION_NOT_ALLOWED',
  /** [409] Already on the waiting list for this type. */
  AlreadyWaiting = 'ALREADY_WAITING',
  /** [422] No account with this e-mail, or it is already linked to another borrower. */
  AccountNotLinkable = 'ACCOUNT_NOT_LINKABLE',
  /** [413/422] Photo too large or not an image. */
  PhotoInvalid = 'PHOTO_INVALID',
}

/**
 * Routes (roles: `workshop` = workshop team and desk; `staff` = coordinator; `admin` everywhere staff is).
 * Every route is listed in apps/api/src/identity/route-policy.integration-spec.ts.
 */
export const WORKSHOP_ROUTES = {
  /**
   * workshop: GET ?q&availability&technicalState&cycleType&cursor → Page<BikeSummary>; POST ← BikeIntakeRequest → 201
   * BikeDetail; GET/PATCH `/:id` (← BikeUpdateRequest); GET `/by-number/:no` (FR-0042 or 42) → BikeDetail;
   * POST `/:id/transition` ← BikeTransitionRequest → BikeDetail; GET `/:id/label.svg` (QR, image/svg+xml);
   * POST `/:id/photos` ← PhotoUploadRequest → 201 WorkshopPhotoView; GET|POST `/:id/inspections` (← InspectionRequest
   * → 201 InspectionView; a pass makes the bike roadworthy + available, and offers it to the waiting list).
   */
  bikes: '/api/workshop/bikes',
  /** workshop: GET `/:id` → the image bytes. */
  photos: '/api/workshop/photos',
  /** workshop: GET → InspectionTemplateView (current version); GET `/:version`. */
  inspectionTemplate: '/api/workshop/inspection-template',
  /**
   * workshop: GET ?status&bikeId → WorkOrderSummary[]; POST ← WorkOrderCreateRequest → 201 WorkOrderDetail;
   * GET/PATCH `/:id`; POST `/:id/parts` ← PartUseRequest → WorkOrderDetail; POST `/:id/time` ← TimeEntryRequest.
   */
  workOrders: '/api/workshop/work-orders',
  /** workshop: GET → WorkshopWorkerView[]; POST ← WorkshopWorkerRequest; PATCH `/:id`. */
  workers: '/api/workshop/workers',
  /** workshop: GET ?month=YYYY-MM&workerId → TimeEntryView[]; POST `/:id/approve`. staff too. */
  timeEntries: '/api/workshop/time-entries',
  /**
   * workshop: GET → SparePartView[]; POST ← SparePartRequest; PATCH `/:id`; GET `/:id/movements` →
   * StockMovementView[]; POST `/:id/movements` ← StockMovementRequest → SparePartView.
   */
  parts: '/api/workshop/parts',
  /**
   * workshop: GET ?q → BorrowerSummary[]; POST ← BorrowerCreateRequest → 201 BorrowerDetail; GET/PATCH `/:id`;
   * POST `/:id/eligibility` ← EligibilityRequest; POST `/:id/briefings` ← BriefingRequest → BorrowerDetail.
   */
  borrowers: '/api/workshop/borrowers',
  /** workshop: GET ?status → BikeWaitlistEntryView[]; POST ← BikeWaitlistRequest → 201; DELETE `/:id`. */
  waitlist: '/api/workshop/waitlist',
  /**
   * workshop: GET ?view=open|due_soon|overdue|returned|all&q → RentalSummary[]; POST `/check` ← HandoutCheckRequest
   * → HandoutCheckResponse; POST ← HandoutRequest (+ Idempotency-Key) → 201 RentalDetail; GET `/:id`;
   * GET `/:id/contract.pdf`; POST `/:id/extend` ← ExtendRequest; POST `/:id/return` ← ReturnRequest;
   * POST `/:id/cancel` (reserved); POST `/:id/lost`.
   */
  rentals: '/api/workshop/rentals',
  /** workshop: GET ?status → DamageCaseView[]; POST `/:id/decision` ← DamageDecisionRequest → DamageCaseView. */
  damageCases: '/api/workshop/damage-cases',
  /** resident: GET → MyBikeRentals (own rentals, waiting list, eligibility). */
  mine: '/api/workshop/mine',
  /** workshop, staff: GET → WorkshopSettingsView; PUT ← WorkshopSettingsRequest (staff, admin only). */
  settings: '/api/workshop/settings',
  /**
   * workshop, staff: GET ?from&to (YYYY-MM) → WorkshopReport; GET `/report.csv?from&to` (aggregates, cells < 5
   * suppressed); staff: GET `/hours.csv?month` (person-level hours per programme for the paying offices).
   */
  reports: '/api/workshop/reports',
} as const;
