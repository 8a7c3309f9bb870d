import { isOpenOrder, minutesOfInput, nextStatuses, tasksOfText } from './work-order-flow';

describe('work order flow', () => {
  it('moves between in progress and awaiting parts', () => {
    expect(nextStatuses('in_progress')).toContain('awaiting_parts');
    expect(nextStatuses('awaiting_parts')).toContain('in_progress');
    expect(nextStatuses('awaiting_parts')).not.toContain('done');
  });

  it('closes done and cancelled orders for good', () => {
    expect(nextStatuses('done')).toEqual([]);
    expect(isOpenOrder('cancelled')).toBe(false);
    expect(isOpenOrder('queued')).toBe(true);
  });

  it('reads tasks one per line', () => {
    expect(tasksOfText('Bremsen einstellen\n\n  Kette ölen \r\nLicht prüfen')).toEqual([
      'Bremsen einstellen',
      'Kette ölen',
      'Licht prüfen',
    ]);
  });

  it('reads minutes, clock times and hours', () => {
    expect(minutesOfInput('45')).toBe(45);
    expect(minutesOfInput('1:30')).toBe(90);
    expect(minutesOfInput('1,5 h')).toBe(90);
    expect(minutesOfInput('2h')).toBe(120);
  });

  it('refuses zero, nonsense and more than a long day', () => {
    expect(minutesOfInput('0')).toBeNull();
    expect(minutesOfInput('abc')).toBeNull();
    expect(minutesOfInput('13 h')).toBeNull();
    expect(minutesOfInput('-5')).toBeNull();
  });
});
