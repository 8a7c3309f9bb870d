import { WorkshopErrorCode } from '@zusammen/shared/contracts';
import { allowedBikeActions, planBikeTransition, type BikeStateFacts } from './bike-transitions';

const clock = { now: new Date('2026-11-27T10:00:00Z'), today: '2026-11-27' };
const donated: BikeStateFacts = {
  technicalState: 'intake',
  availability: 'not_lendable',
  propulsion: 'pedal',
  source: 'donation',
  holdEndsOn: null,
  ownershipBasis: 'donation',
  policeCheckResult: null,
  roadworthyUntil: null,
  openWorkOrders: 0,
};
const found: BikeStateFacts = {
  ...donated,
  source: 'lost_and_found',
  holdEndsOn: '2027-03-01',
  ownershipBasis: null,
  policeCheckResult: null,
};
const roadworthy: BikeStateFacts = {
  ...donated,
  technicalState: 'roadworthy',
  roadworthyUntil: new Date('2026-12-20T10:00:00Z'),
};

describe('bike transitions (workshop.md § 2)', () => {
  it('a donated bike goes intake → assessment → in_repair', () => {
    expect(planBikeTransition(donated, 'start_assessment', clock)).toEqual({
      ok: true,
      technicalState: 'assessment',
      availability: 'not_lendable',
    });
    expect(
      planBikeTransition({ ...donated, technicalState: 'assessment' }, 'start_repair', clock),
    ).toMatchObject({ ok: true, technicalState: 'in_repair' });
  });

  it('a new bike cannot skip to repair or be made available', () => {
    expect(planBikeTransition(donated, 'start_repair', clock)).toMatchObject({
      ok: false,
      code: WorkshopErrorCode.BikeActionNotAllowed,
    });
    expect(planBikeTransition(donated, 'make_available', clock)).toMatchObject({ ok: false });
    expect(allowedBikeActions(donated, clock)).toEqual([
      'start_assessment',
      'hold',
      'retire',
      'report_missing',
      'report_stolen',
    ]);
  });

  it('a lost-and-found bike on hold cannot go to repair without ownership basis and a clear police check', () => {
    const held = { ...found, technicalState: 'on_hold' as const };
    expect(planBikeTransition(held, 'start_repair', clock)).toMatchObject({
      ok: false,
      code: WorkshopErrorCode.HoldingPeriodRunning,
    });
    expect(
      planBikeTransition({ ...held, ownershipBasis: 'municipality' }, 'start_repair', clock),
    ).toMatchObject({ ok: false, code: WorkshopErrorCode.HoldingPeriodRunning });
    expect(
      planBikeTransition(
        { ...held, ownershipBasis: 'municipality', policeCheckResult: 'flagged' },
        'start_repair',
        clock,
      ),
    ).toMatchObject({ ok: false, code: WorkshopErrorCode.HoldingPeriodRunning });
    expect(
      planBikeTransition(
        { ...held, ownershipBasis: 'municipality', policeCheckResult: 'clear' },
        'start_repair',
        clock,
      ),
    ).toMatchObject({ ok: true, technicalState: 'in_repair' });
  });

  it('a roadworthy lost-and-found bike is not made available before the hold ends', () => {
    const settled = {
      ...found,
      technicalState: 'roadworthy' as const,
      roadworthyUntil: roadworthy.roadworthyUntil,
      ownershipBasis: 'finder_waived' as const,
      policeCheckResult: 'clear' as const,
    };
    expect(planBikeTransition(settled, 'make_available', clock)).toMatchObject({
      ok: false,
      code: WorkshopErrorCode.HoldingPeriodRunning,
    });
    expect(
      planBikeTransition({ ...settled, holdEndsOn: '2026-11-27' }, 'make_available', clock),
    ).toEqual({ ok: true, technicalState: 'roadworthy', availability: 'available' });
  });

  it('S-pedelecs and throttle e-bikes are never made available', () => {
    for (const propulsion of ['s_pedelec', 'throttle'] as const)
      expect(
        planBikeTransition({ ...roadworthy, propulsion }, 'make_available', clock),
      ).toMatchObject({ ok: false, code: WorkshopErrorCode.BikeActionNotAllowed });
    expect(
      planBikeTransition({ ...roadworthy, propulsion: 'pedelec' }, 'make_available', clock),
    ).toMatchObject({ ok: true });
  });

  it('an expired inspection blocks make_available', () => {
    expect(
      planBikeTransition(
        { ...roadworthy, roadworthyUntil: new Date('2026-11-27T09:59:59Z') },
        'make_available',
        clock,
      ),
    ).toMatchObject({ ok: false, code: WorkshopErrorCode.InspectionExpired });
  });

  it('retired and stolen bikes have no way back', () => {
    for (const technicalState of ['retired', 'stolen'] as const)
      expect(allowedBikeActions({ ...donated, technicalState }, clock)).toEqual([]);
  });

  it('in_repair goes to inspection only when every work order is closed', () => {
    const repairing = { ...donated, technicalState: 'in_repair' as const, openWorkOrders: 1 };
    expect(planBikeTransition(repairing, 'send_to_inspection', clock)).toMatchObject({
      ok: false,
      reason: 'open_work_orders',
    });
    expect(
      planBikeTransition({ ...repairing, openWorkOrders: 0 }, 'send_to_inspection', clock),
    ).toMatchObject({ ok: true, technicalState: 'inspection' });
  });

  it('in_repair ⇄ awaiting_parts', () => {
    const repairing = { ...donated, technicalState: 'in_repair' as const };
    expect(planBikeTransition(repairing, 'await_parts', clock)).toMatchObject({
      technicalState: 'awaiting_parts',
    });
    expect(
      planBikeTransition(
        { ...repairing, technicalState: 'awaiting_parts' },
        'resume_repair',
        clock,
      ),
    ).toMatchObject({ technicalState: 'in_repair' });
  });

  it('a bike on loan or reserved changes only through the rental desk', () => {
    for (const availability of ['on_loan', 'reserved'] as const)
      expect(allowedBikeActions({ ...roadworthy, availability }, clock)).toEqual([]);
  });

  it('a roadworthy bike: available ⇄ withdrawn, defect leaves it not lendable', () => {
    expect(allowedBikeActions(roadworthy, clock)).toEqual([
      'send_to_inspection',
      'make_available',
      'report_defect',
      'retire',
      'report_missing',
      'report_stolen',
    ]);
    const available = { ...roadworthy, availability: 'available' as const };
    expect(planBikeTransition(available, 'withdraw', clock)).toEqual({
      ok: true,
      technicalState: 'roadworthy',
      availability: 'not_lendable',
    });
    expect(planBikeTransition(available, 'report_defect', clock)).toEqual({
      ok: true,
      technicalState: 'defective',
      availability: 'not_lendable',
    });
  });
});
