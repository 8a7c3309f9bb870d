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

/**
 * Whether this page was reached right after an offer, read once: the flag is removed from the history entry
 * (the browser keeps `history.state` across reloads and back/forward), so a later reload of the same page
 * does not announce the offer again.
 */
export function consumeJustOffered(navigationState: unknown, browserHistory: History): boolean {
  const offered = wasJustOffered(navigationState ?? browserHistory.state);
  if (wasJustOffered(browserHistory.state)) {
    const rest: Record<string, unknown> = { ...(browserHistory.state as Record<string, unknown>) };
    delete rest['pairingOffered'];
    browserHistory.replaceState(rest, '');
  }
  return offered;
}
