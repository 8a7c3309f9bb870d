import type { PairingState } from '@zusammen/shared/contracts';
import { PAIRING_STATES } from '@zusammen/shared/contracts';

export interface PairingListQuery {
  q?: string;
  state?: PairingState | '';
  /** Only pairings with at least one attention reason ("needs attention" queue). */
  attention?: boolean;
  cursor?: string | null;
}

/** The list query as HTTP parameters: empty values are left out, `attention` is sent as `1`. */
export function pairingListParams(query: PairingListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  const q = query.q?.trim() ?? '';
  if (q !== '') params['q'] = q;
  if (query.state) params['state'] = query.state;
  if (query.attention) params['attention'] = '1';
  if (query.cursor) params['cursor'] = query.cursor;
  return params;
}

/** A `state` from the address bar, if it names a pairing state. */
export function pairingStateOf(value: string | null | undefined): PairingState | '' {
  return PAIRING_STATES.find((state) => state === value) ?? '';
}

/** `?attention=1` (the weekly digest links there); `true` and `yes` are read the same way. */
export function attentionFlagOf(value: string | null | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}
