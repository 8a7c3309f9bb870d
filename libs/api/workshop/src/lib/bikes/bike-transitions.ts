import {
  BIKE_ACTIONS,
  UNLENDABLE_PROPULSIONS,
  WorkshopErrorCode,
  type BikeAction,
  type BikeAvailability,
  type BikeSource,
  type OwnershipBasis,
  type PoliceCheckResult,
  type Propulsion,
  type TechnicalState,
} from '@zusammen/shared/contracts';

/** What the transition rules need to know about a bike (workshop.md § 2). */
export interface BikeStateFacts {
  technicalState: TechnicalState;
  availability: BikeAvailability;
  propulsion: Propulsion;
  source: BikeSource;
  holdEndsOn: string | null;
  ownershipBasis: OwnershipBasis | null;
  policeCheckResult: PoliceCheckResult | null;
  roadworthyUntil: Date | null;
  /** Work orders of the bike in draft, queued, in_progress or awaiting_parts. */
  openWorkOrders: number;
}

export interface TransitionClock {
  now: Date;
  /** Borken's date at `now` (YYYY-MM-DD). */
  today: string;
}

/** The table: which technical states an action starts from, and where it leads (null: stays). */
export const BIKE_TRANSITIONS: Record<
  BikeAction,
  { from: readonly TechnicalState[]; to: TechnicalState | null }
> = {
  start_assessment: { from: ['intake', 'missing'], to: 'assessment' },
  hold: { from: ['intake', 'assessment'], to: 'on_hold' },
  start_repair: { from: ['assessment', 'on_hold', 'defective'], to: 'in_repair' },
  await_parts: { from: ['in_repair'], to: 'awaiting_parts' },
  resume_repair: { from: ['awaiting_parts'], to: 'in_repair' },
  send_to_inspection: { from: ['in_repair', 'roadworthy'], to: 'inspection' },
  make_available: { from: ['roadworthy'], to: null },
  withdraw: { from: ['roadworthy'], to: null },
  report_defect: { from: ['roadworthy'], to: 'defective' },
  retire: {
    from: [
      'intake',
      'assessment',
      'on_hold',
      'in_repair',
      'awaiting_parts',
      'inspection',
      'roadworthy',
      'defective',
      'missing',
    ],
    to: 'retired',
  },
  report_missing: {
    from: [
      'intake',
      'assessment',
      'on_hold',
      'in_repair',
      'awaiting_parts',
      'inspection',
      'roadworthy',
      'defective',
    ],
    to: 'missing',
  },
  report_stolen: {
    from: [
      'intake',
      'assessment',
      'on_hold',
      'in_repair',
      'awaiting_parts',
      'inspection',
      'roadworthy',
      'defective',
      'missing',
    ],
    to: 'stolen',
  },
};

/** Actions whose request must say why. */
export const REASON_REQUIRED: readonly BikeAction[] = ['await_parts', 'report_defect'];

export type TransitionPlan =
  | { ok: true; technicalState: TechnicalState; availability: BikeAvailability }
  | { ok: false; code: WorkshopErrorCode; reason: string };

const refuse = (code: WorkshopErrorCode, reason: string): TransitionPlan => ({
  ok: false,
  code,
  reason,
});

export const isMotorVehicle = (propulsion: Propulsion): boolean =>
  (UNLENDABLE_PROPULSIONS as readonly Propulsion[]).includes(propulsion);

/** Lost-and-found: the workshop may work on it once the ownership basis is recorded and the police check is clear. */
export function ownershipSettled(bike: BikeStateFacts): boolean {
  return (
    bike.source !== 'lost_and_found' ||
    (bike.ownershipBasis !== null && bike.policeCheckResult === 'clear')
  );
}

/** Lost-and-found: the holding period (§ 973 BGB) is over on `today`. */
export function holdOver(bike: BikeStateFacts, today: string): boolean {
  return bike.source !== 'lost_and_found' || (bike.holdEndsOn !== null && bike.holdEndsOn <= today);
}

/** Whether a roadworthy bike may be lent at all: bicycles only, hold over, ownership settled. */
export function mayBeLent(bike: BikeStateFacts, today: string): boolean {
  return !isMotorVehicle(bike.propulsion) && holdOver(bike, today) && ownershipSettled(bike);
}

/**
 * Where `action` takes the bike, or why not. Bikes out on loan or reserved change state only through the rental
 * desk (return, cancel); retired and stolen bikes have no way back (invariant 7).
 */
export function planBikeTransition(
  bike: BikeStateFacts,
  action: BikeAction,
  clock: TransitionClock,
): TransitionPlan {
  const rule = BIKE_TRANSITIONS[action];
  if (!rule.from.includes(bike.technicalState))
    return refuse(WorkshopErrorCode.BikeActionNotAllowed, 'state');
  if (bike.availability === 'on_loan' || bike.availability === 'reserved')
    return refuse(WorkshopErrorCode.BikeActionNotAllowed, 'lent_or_reserved');

  switch (action) {
    case 'start_repair':
      if (!ownershipSettled(bike))
        return refuse(WorkshopErrorCode.HoldingPeriodRunning, 'ownership_not_settled');
      break;
    case 'send_to_inspection':
      if (bike.technicalState === 'in_repair' && bike.openWorkOrders > 0)
        return refuse(WorkshopErrorCode.BikeActionNotAllowed, 'open_work_orders');
      break;
    case 'make_available':
      if (bike.availability !== 'not_lendable')
        return refuse(WorkshopErrorCode.BikeActionNotAllowed, 'already_available');
      if (isMotorVehicle(bike.propulsion))
        return refuse(WorkshopErrorCode.BikeActionNotAllowed, 'motor_vehicle');
      if (!holdOver(bike, clock.today) || !ownershipSettled(bike))
        return refuse(WorkshopErrorCode.HoldingPeriodRunning, 'holding_period');
      if (bike.roadworthyUntil === null || bike.roadworthyUntil <= clock.now)
        return refuse(WorkshopErrorCode.InspectionExpired, 'inspection_expired');
      return { ok: true, technicalState: 'roadworthy', availability: 'available' };
    case 'withdraw':
      if (bike.availability !== 'available')
        return refuse(WorkshopErrorCode.BikeActionNotAllowed, 'not_available');
      return { ok: true, technicalState: 'roadworthy', availability: 'not_lendable' };
    default:
      break;
  }
  return { ok: true, technicalState: rule.to ?? bike.technicalState, availability: 'not_lendable' };
}

/** The actions that would succeed now (the UI offers only these). */
export function allowedBikeActions(bike: BikeStateFacts, clock: TransitionClock): BikeAction[] {
  return BIKE_ACTIONS.filter((action) => planBikeTransition(bike, action, clock).ok);
}
