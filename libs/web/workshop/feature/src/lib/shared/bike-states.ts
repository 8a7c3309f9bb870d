import type { BikeAvailability, TechnicalState } from '@zusammen/shared/contracts';
import type { WorkshopIcon } from './workshop-icons';

/** The look of a state badge: an icon and a tone (the text always says it; colour is only a second cue). */
export interface StateLook {
  icon: WorkshopIcon;
  tone: 'good' | 'work' | 'wait' | 'off' | 'bad';
}

const TECHNICAL: Readonly<Record<TechnicalState, StateLook>> = {
  intake: { icon: 'wrench', tone: 'work' },
  assessment: { icon: 'wrench', tone: 'work' },
  on_hold: { icon: 'lock', tone: 'off' },
  in_repair: { icon: 'wrench', tone: 'work' },
  awaiting_parts: { icon: 'clock', tone: 'wait' },
  inspection: { icon: 'clipboard', tone: 'wait' },
  roadworthy: { icon: 'check', tone: 'good' },
  defective: { icon: 'cross', tone: 'bad' },
  retired: { icon: 'lock', tone: 'off' },
  missing: { icon: 'alert', tone: 'bad' },
  stolen: { icon: 'alert', tone: 'bad' },
};

const AVAILABILITY: Readonly<Record<BikeAvailability | 'overdue', StateLook>> = {
  not_lendable: { icon: 'lock', tone: 'off' },
  available: { icon: 'check', tone: 'good' },
  reserved: { icon: 'clock', tone: 'wait' },
  on_loan: { icon: 'bike', tone: 'work' },
  overdue: { icon: 'alert', tone: 'bad' },
};

export function technicalLook(state: TechnicalState): StateLook {
  return TECHNICAL[state];
}

/** An overdue loan shows as "overdue" (derived: on loan past its due date). */
export function availabilityLook(availability: BikeAvailability, overdue: boolean): StateLook {
  return AVAILABILITY[overdue ? 'overdue' : availability];
}
