import type { PairingSummary } from '@zusammen/shared/contracts';
import { OPEN_PAIRING_STATES } from '@zusammen/shared/contracts';

/** The volunteer's pairings as the overview shows them: offers to answer first, then the running ones. */
export interface PairingGroups {
  /** Offers waiting for the volunteer's answer, oldest first (the longest-waiting family first). */
  offers: PairingSummary[];
  /** Accepted, first meeting arranged, trial, active or paused; most recently changed first. */
  open: PairingSummary[];
  /** Declined or ended; most recently changed first. */
  past: PairingSummary[];
}

const byStateSince = (a: PairingSummary, b: PairingSummary): number =>
  a.stateSince.localeCompare(b.stateSince) || a.id.localeCompare(b.id);

export function groupPairings(items: readonly PairingSummary[]): PairingGroups {
  const offers = items.filter((p) => p.state === 'offered').sort(byStateSince);
  const open = items
    .filter((p) => p.state !== 'offered' && OPEN_PAIRING_STATES.includes(p.state))
    .sort((a, b) => byStateSince(b, a));
  const past = items
    .filter((p) => !OPEN_PAIRING_STATES.includes(p.state))
    .sort((a, b) => byStateSince(b, a));
  return { offers, open, past };
}
