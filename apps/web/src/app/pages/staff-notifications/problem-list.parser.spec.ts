import { parseProblemList } from './problem-list.parser';

describe('parseProblemList', () => {
  it('accepts an array and a page object', () => {
    expect(parseProblemList([])).toEqual([]);
    expect(parseProblemList({ items: [], nextCursor: null })).toEqual([]);
  });

  it('rejects anything else', () => {
    expect(() => parseProblemList({ code: 'X' })).toThrow();
    expect(() => parseProblemList(null)).toThrow();
  });
});
