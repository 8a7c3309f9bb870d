import type { FieldErrors } from '@zusammen/api/core';
import type { BikeIntakeRequest } from '@zusammen/shared/contracts';
import { isLocalDate } from '@zusammen/shared/util';

/** The stored fields of a bike as intake sends them, every optional one resolved (null when absent). */
export type BikeRecord = Required<{
  [K in keyof BikeIntakeRequest]: Exclude<BikeIntakeRequest[K], undefined>;
}>;

const DATE_FIELDS = ['receivedOn', 'foundOn', 'holdEndsOn', 'policeCheckOn'] as const;

/**
 * What the CHECKs of `bike` would refuse, per field, so that the answer is a 422 with a field map rather than
 * a database error: a frame number exactly when its status is `present`, the lost-and-found references, real
 * calendar dates, the hold ending after the find.
 */
export function bikeRecordProblems(record: BikeRecord): FieldErrors {
  const problems: FieldErrors = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  if (record.frameNoStatus === 'present' && record.frameNo === null)
    add('frameNo', 'frameNo is required when frameNoStatus is present');
  if (record.frameNoStatus !== 'present' && record.frameNo !== null)
    add('frameNo', 'frameNo must be empty unless frameNoStatus is present');
  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (value !== null && !isLocalDate(value)) add(field, `${field} must be a calendar date`);
  }
  if (record.source === 'lost_and_found') {
    if (record.fundbueroRef === null) add('fundbueroRef', 'required for lost-and-found bikes');
    if (record.foundOn === null) add('foundOn', 'required for lost-and-found bikes');
    if (record.holdEndsOn === null) add('holdEndsOn', 'required for lost-and-found bikes');
    if (record.foundOn !== null && record.holdEndsOn !== null && record.holdEndsOn < record.foundOn)
      add('holdEndsOn', 'the holding period cannot end before the bike was found');
  }
  if ((record.policeCheckResult === null) !== (record.policeCheckOn === null))
    add('policeCheckOn', 'policeCheckOn and policeCheckResult go together');
  return problems;
}

/** Intake request → record with every absent optional field null. */
export function intakeRecord(request: BikeIntakeRequest): BikeRecord {
  return {
    frameNo: request.frameNo ?? null,
    frameNoStatus: request.frameNoStatus,
    make: request.make,
    model: request.model ?? null,
    colours: request.colours,
    cycleType: request.cycleType,
    frameSizeCm: request.frameSizeCm ?? null,
    wheelEtrto: request.wheelEtrto ?? null,
    wheelInches: request.wheelInches ?? null,
    propulsion: request.propulsion,
    lighting: request.lighting,
    condition: request.condition,
    notes: request.notes ?? null,
    source: request.source,
    receivedOn: request.receivedOn,
    donorName: request.donorName ?? null,
    receiptIssued: request.receiptIssued ?? false,
    fundbueroRef: request.fundbueroRef ?? null,
    foundOn: request.foundOn ?? null,
    holdEndsOn: request.holdEndsOn ?? null,
    ownershipBasis: request.ownershipBasis ?? (request.source === 'donation' ? 'donation' : null),
    policeCheckOn: request.policeCheckOn ?? null,
    policeCheckResult: request.policeCheckResult ?? null,
  };
}

/** Column of each record field, in a fixed order (the INSERT and UPDATE statements use it). */
export const BIKE_RECORD_COLUMNS: readonly [keyof BikeRecord, string][] = [
  ['frameNo', 'frame_no'],
  ['frameNoStatus', 'frame_no_status'],
  ['make', 'make'],
  ['model', 'model'],
  ['colours', 'colours'],
  ['cycleType', 'cycle_type'],
  ['frameSizeCm', 'frame_size_cm'],
  ['wheelEtrto', 'wheel_etrto'],
  ['wheelInches', 'wheel_inches'],
  ['propulsion', 'propulsion'],
  ['lighting', 'lighting'],
  ['condition', 'condition'],
  ['notes', 'notes'],
  ['source', 'source'],
  ['receivedOn', 'received_on'],
  ['donorName', 'donor_name'],
  ['receiptIssued', 'receipt_issued'],
  ['fundbueroRef', 'fundbuero_ref'],
  ['foundOn', 'found_on'],
  ['holdEndsOn', 'hold_ends_on'],
  ['ownershipBasis', 'ownership_basis'],
  ['policeCheckOn', 'police_check_on'],
  ['policeCheckResult', 'police_check_result'],
];
