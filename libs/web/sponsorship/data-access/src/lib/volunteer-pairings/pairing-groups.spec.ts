import type { PairingState, PairingSummary } from '@zusammen/shared/contracts';
import { groupPairings } from './pairing-groups';

const summary = (id: string, state: PairingState, stateSince: string): PairingSummary => ({
  id,
  state,
  family: { id: `f-${id}`, contactName: id, district: 'gemen' },
  volunteer: { id: 'v1', displayName: 'Vera' },
  coordinator: null,
  stateSince,
  lastContactOn: null,
  checkInCount: 0,
  attention: [],
});

describe('groupPairings', () => {
  it('puts offers first (longest waiting first), then open, then past (newest first)', () => {
    const groups = groupPairings([
      summary('ended-old', 'ended', '2026-01-01T00:00:00Z'),
      summary('offer-new', 'offered', '2026-11-20T00:00:00Z'),
      summary('trial', 'trial', '2026-10-01T00:00:00Z'),
      summary('declined-new', 'declined', '2026-11-01T00:00:00Z'),
      summary('offer-old', 'offered', '2026-11-02T00:00:00Z'),
      summary('paused', 'paused', '2026-11-10T00:00:00Z'),
      summary('accepted', 'accepted', '2026-09-01T00:00:00Z'),
    ]);

    expect(groups.offers.map((p) => p.id)).toEqual(['offer-old', 'offer-new']);
    expect(groups.open.map((p) => p.id)).toEqual(['paused', 'trial', 'accepted']);
    expect(groups.past.map((p) => p.id)).toEqual(['declined-new', 'ended-old']);
  });

  it('is empty in every group without pairings', () => {
    expect(groupPairings([])).toEqual({ offers: [], open: [], past: [] });
  });
});
