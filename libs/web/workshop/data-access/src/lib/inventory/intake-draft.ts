import type {
  BikeIntakeRequest,
  BikeSource,
  ConditionGrade,
  CycleType,
  FrameNoStatus,
  LightingKind,
  OwnershipBasis,
  PoliceCheckResult,
  Propulsion,
} from '@zusammen/shared/contracts';
import { UNLENDABLE_PROPULSIONS } from '@zusammen/shared/contracts';
import { isLocalDate } from '@zusammen/shared/util';
import { addMonthsToDate } from './berlin-date';

/** Colours offered at intake (keys; the labels are translated). A bike has at most three. */
export const BIKE_COLOURS = [
  'black',
  'white',
  'grey',
  'silver',
  'red',
  'blue',
  'green',
  'yellow',
  'orange',
  'pink',
  'purple',
  'brown',
] as const;
export const MAX_COLOURS = 3;
/** § 973 BGB: a find is kept six months before it may be used. */
export const HOLDING_MONTHS = 6;
export const MAKE_MAX_LENGTH = 80;

/** The intake form as typed (numbers as text until sent). */
export interface IntakeDraft {
  source: BikeSource;
  receivedOn: string;
  donorName: string;
  receiptIssued: boolean;
  fundbueroRef: string;
  foundOn: string;
  holdEndsOn: string;
  /** False once the holding end was typed by hand: then a new found date does not overwrite it. */
  holdEndsOnTouched: boolean;
  ownershipBasis: OwnershipBasis | '';
  policeCheckOn: string;
  policeCheckResult: PoliceCheckResult | '';
  frameNoStatus: FrameNoStatus;
  frameNo: string;
  make: string;
  model: string;
  colours: string[];
  cycleType: CycleType | '';
  frameSizeCm: string;
  wheelEtrto: string;
  wheelInches: string;
  propulsion: Propulsion;
  lighting: LightingKind;
  condition: ConditionGrade;
  notes: string;
}

export type IntakeField =
  | 'receivedOn'
  | 'fundbueroRef'
  | 'foundOn'
  | 'holdEndsOn'
  | 'policeCheckOn'
  | 'frameNo'
  | 'make'
  | 'colours'
  | 'cycleType'
  | 'frameSizeCm'
  | 'wheelEtrto'
  | 'wheelInches';

/** Field → reason key (`workshopInventory.intake.errors.<reason>`). */
export type IntakeProblems = Partial<Record<IntakeField, string>>;

export function emptyIntakeDraft(today: string): IntakeDraft {
  return {
    source: 'donation',
    receivedOn: today,
    donorName: '',
    receiptIssued: false,
    fundbueroRef: '',
    foundOn: '',
    holdEndsOn: '',
    holdEndsOnTouched: false,
    ownershipBasis: '',
    policeCheckOn: '',
    policeCheckResult: '',
    frameNoStatus: 'present',
    frameNo: '',
    make: '',
    model: '',
    colours: [],
    cycleType: '',
    frameSizeCm: '',
    wheelEtrto: '',
    wheelInches: '',
    propulsion: 'pedal',
    lighting: 'dynamo',
    condition: 'good',
    notes: '',
  };
}

/** Applies a change; a new found date moves the holding end to found + 6 months unless it was typed. */
export function patchIntakeDraft(draft: IntakeDraft, patch: Partial<IntakeDraft>): IntakeDraft {
  const next = { ...draft, ...patch };
  if ('holdEndsOn' in patch) next.holdEndsOnTouched = true;
  if ('foundOn' in patch && !next.holdEndsOnTouched) {
    next.holdEndsOn = isLocalDate(next.foundOn)
      ? addMonthsToDate(next.foundOn, HOLDING_MONTHS)
      : '';
  }
  return next;
}

/** Adds or removes a colour; a fourth is refused (the draft comes back unchanged). */
export function toggleColour(draft: IntakeDraft, colour: string): IntakeDraft {
  if (draft.colours.includes(colour)) {
    return { ...draft, colours: draft.colours.filter((c) => c !== colour) };
  }
  if (draft.colours.length >= MAX_COLOURS) return draft;
  return { ...draft, colours: [...draft.colours, colour] };
}

/** S-pedelecs and throttle e-bikes are motor vehicles: the workshop may keep them, never lend them. */
export function isUnlendablePropulsion(propulsion: Propulsion): boolean {
  return (UNLENDABLE_PROPULSIONS as readonly string[]).includes(propulsion);
}

function numberIn(text: string, min: number, max: number): boolean {
  const value = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max;
}

function dateProblem(value: string, required: boolean, today: string, notAfterToday: boolean) {
  if (!value) return required ? 'required' : undefined;
  if (!isLocalDate(value)) return 'date';
  if (notAfterToday && value > today) return 'future';
  return undefined;
}

/** What stops the intake from being sent (same rules as the API, so the user learns them at once). */
export function intakeProblems(draft: IntakeDraft, today: string): IntakeProblems {
  const p: IntakeProblems = {};
  const set = (field: IntakeField, reason: string | undefined): void => {
    if (reason) p[field] = reason;
  };
  set('receivedOn', dateProblem(draft.receivedOn, true, today, true));
  if (draft.source === 'lost_and_found') {
    if (!draft.fundbueroRef.trim()) p.fundbueroRef = 'required';
    set('foundOn', dateProblem(draft.foundOn, true, today, true));
    set('holdEndsOn', dateProblem(draft.holdEndsOn, true, today, false));
    if (!p.foundOn && !p.holdEndsOn && draft.holdEndsOn < draft.foundOn)
      p.holdEndsOn = 'beforeFound';
    set('policeCheckOn', dateProblem(draft.policeCheckOn, false, today, true));
  }
  if (draft.frameNoStatus === 'present' && !draft.frameNo.trim()) p.frameNo = 'required';
  if (!draft.make.trim()) p.make = 'required';
  else if (draft.make.trim().length > MAKE_MAX_LENGTH) p.make = 'tooLong';
  if (draft.colours.length === 0) p.colours = 'required';
  if (!draft.cycleType) p.cycleType = 'required';
  if (draft.frameSizeCm.trim() && !numberIn(draft.frameSizeCm, 20, 75)) p.frameSizeCm = 'frameSize';
  if (draft.wheelEtrto.trim() && !/^\d{2}-\d{3}$/.test(draft.wheelEtrto.trim()))
    p.wheelEtrto = 'etrto';
  if (draft.wheelInches.trim() && !numberIn(draft.wheelInches, 10, 29))
    p.wheelInches = 'wheelInches';
  return p;
}

const textOrNull = (text: string): string | null => (text.trim() ? text.trim() : null);
const numberOrNull = (text: string): number | null =>
  text.trim() ? Number(text.trim().replace(',', '.')) : null;

/** The API request of a valid draft; provenance fields of the other sources are left out. */
export function intakeRequestOf(draft: IntakeDraft): BikeIntakeRequest {
  const request: BikeIntakeRequest = {
    source: draft.source,
    receivedOn: draft.receivedOn,
    frameNoStatus: draft.frameNoStatus,
    frameNo: draft.frameNoStatus === 'present' ? draft.frameNo.trim() : null,
    make: draft.make.trim(),
    model: textOrNull(draft.model),
    colours: [...draft.colours],
    cycleType: draft.cycleType as CycleType,
    frameSizeCm: numberOrNull(draft.frameSizeCm),
    wheelEtrto: textOrNull(draft.wheelEtrto),
    wheelInches: numberOrNull(draft.wheelInches),
    propulsion: draft.propulsion,
    lighting: draft.lighting,
    condition: draft.condition,
    notes: textOrNull(draft.notes),
  };
  if (draft.source === 'donation') {
    request.donorName = textOrNull(draft.donorName);
    request.receiptIssued = draft.receiptIssued;
  }
  if (draft.source === 'lost_and_found') {
    request.fundbueroRef = draft.fundbueroRef.trim();
    request.foundOn = draft.foundOn;
    request.holdEndsOn = draft.holdEndsOn;
    request.ownershipBasis = draft.ownershipBasis || null;
    request.policeCheckOn = draft.policeCheckOn || null;
    request.policeCheckResult = draft.policeCheckResult || null;
  }
  return request;
}
