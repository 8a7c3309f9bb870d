/** Navigation state after an offer: the new pairing's page says that the offer went out. */
export interface PairingOfferedState {
  pairingOffered: true;
}

export function wasJustOffered(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<PairingOfferedState>).pairingOffered === true
  );
}
