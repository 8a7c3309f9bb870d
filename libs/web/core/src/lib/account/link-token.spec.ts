import { linkTokenOf } from './link-token';

describe('linkTokenOf', () => {
  it.each([
    ['token=abc_DEF-123', 'abc_DEF-123'],
    ['#token=abc_DEF-123', 'abc_DEF-123'],
    ['lang=ar&token=xyz', 'xyz'],
    ['token=ab%0Acd', 'abcd'],
    ['token=ab cd', 'abcd'],
  ])('reads %p → %p', (fragment, token) => {
    expect(linkTokenOf(fragment)).toBe(token);
  });

  it.each([null, undefined, '', '#', 'token=', 'other=1', 'abc'])(
    'finds none in %p',
    (fragment) => {
      expect(linkTokenOf(fragment)).toBeNull();
    },
  );
});
