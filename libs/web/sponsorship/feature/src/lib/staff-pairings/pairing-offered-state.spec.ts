import { consumeJustOffered } from './pairing-offered-state';

describe('consumeJustOffered', () => {
  afterEach(() => history.replaceState(null, ''));

  it('reports an offer once, then forgets it for a reload of the same entry', () => {
    history.replaceState({ navigationId: 3, pairingOffered: true }, '');

    expect(consumeJustOffered(undefined, history)).toBe(true);
    expect(history.state).toEqual({ navigationId: 3 });
    expect(consumeJustOffered(undefined, history)).toBe(false);
  });

  it('takes the router’s navigation state first and clears the history entry too', () => {
    history.replaceState({ navigationId: 4, pairingOffered: true }, '');

    expect(consumeJustOffered({ pairingOffered: true }, history)).toBe(true);
    expect(history.state).toEqual({ navigationId: 4 });
  });

  it('says no for any other navigation', () => {
    expect(consumeJustOffered({ somethingElse: 1 }, history)).toBe(false);
    expect(consumeJustOffered(undefined, history)).toBe(false);
  });
});
