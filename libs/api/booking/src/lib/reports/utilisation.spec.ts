import { InstantCache, mergeIntervals, openHours, uncoveredMs } from './utilisation-hours';
import { addMonthsToMonth as addMonths, monthsBetween } from '@zusammen/shared/util';
import { resolveMonths } from './utilisation-period';
import { utilisationCsv } from './utilisation-csv';

const HOUR = 3_600_000;

describe('utilisation', () => {
  it('counts real hours: the night clocks go back has 25', () => {
    const allDay = [{ weekday: 7, opens: '00:00', closes: '24:00' }];
    const cache = new InstantCache('Europe/Berlin');
    expect(openHours(allDay, ['2027-10-31'], [], cache)).toBe(25);
    expect(openHours(allDay, ['2027-03-28'], [], cache)).toBe(23);
    expect(openHours(allDay, ['2027-03-29'], [], cache)).toBe(0);
  });

  it('subtracts closures only where they overlap the opening hours', () => {
    const hours = [{ weekday: 3, opens: '08:00', closes: '18:00' }];
    const cache = new InstantCache('Europe/Berlin');
    const closure = {
      start: cache.at('2027-02-10', '07:00'),
      end: cache.at('2027-02-10', '12:00'),
    };
    expect(openHours(hours, ['2027-02-10', '2027-02-17'], [closure], cache)).toBe(6 + 10);
  });

  it('merges overlapping closures before subtracting', () => {
    const merged = mergeIntervals([
      { start: 2 * HOUR, end: 4 * HOUR },
      { start: 0, end: 3 * HOUR },
      { start: 6 * HOUR, end: 7 * HOUR },
    ]);
    expect(merged).toEqual([
      { start: 0, end: 4 * HOUR },
      { start: 6 * HOUR, end: 7 * HOUR },
    ]);
    expect(uncoveredMs({ start: HOUR, end: 8 * HOUR }, merged)).toBe(3 * HOUR);
  });

  it('resolves months with defaults and limits', () => {
    expect(addMonths('2027-12', 1)).toBe('2028-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsBetween('2027-11', '2028-02')).toEqual([
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
    ]);
    expect(resolveMonths({}, '2027-06')).toEqual({ from: '2026-07', to: '2027-06' });
    expect(resolveMonths({ from: '2027-08' }, '2027-06')).toEqual({
      from: '2027-08',
      to: '2027-08',
    });
    expect(() => resolveMonths({ from: '2027-6' }, '2027-06')).toThrow();
    expect(() => resolveMonths({ from: '2024-01', to: '2027-06' }, '2027-06')).toThrow();
  });

  it('writes CSV for German Excel and defuses formulas in room names', () => {
    const csv = utilisationCsv([
      {
        roomId: 'r1',
        roomName: '=Saal; groß',
        month: '2027-02',
        hoursOpen: 286,
        hoursBooked: 6.5,
        share: 0.0227,
      },
    ]);
    expect(csv).toBe(
      '\uFEFFmonth;roomId;room;hoursOpen;hoursBooked;share\r\n2027-02;r1;"\'=Saal; groß";286;6,5;0,0227\r\n',
    );
  });
});
