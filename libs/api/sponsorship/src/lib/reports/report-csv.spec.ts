import type { SponsorshipReport } from '@zusammen/shared/contracts';
import { csvCell, reportCsv, reportCsvFileName, toCsv } from './report-csv';

describe('csvCell', () => {
  it('writes numbers with a decimal comma, rates to four places', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(0.5)).toBe('0,5');
    expect(csvCell(2 / 3)).toBe('0,6667');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes null as an empty cell', () => expect(csvCell(null)).toBe(''));

  it('leaves plain text alone', () => expect(csvCell('2026-03')).toBe('2026-03'));

  it('quotes separators, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // numbers are not text: a negative number stays a number
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(toCsv([['a', 1], [], [null, 0.25]])).toBe('\uFEFFa;1\r\n\r\n;0,25\r\n');
  });
});

describe('reportCsv', () => {
  const report: SponsorshipReport = {
    from: '2026-01-01',
    to: '2026-02-15',
    createdByMonth: [
      { month: '2026-01', count: 3 },
      { month: '2026-02', count: 0 },
    ],
    created: 3,
    activeNow: 5,
    ended: 2,
    endedByReason: {
      completed: 1,
      life_change: 0,
      volunteer_dissatisfied: 0,
      family_dissatisfied: 0,
      contact_faded: 1,
      volunteer_unresponsive: 0,
      family_independent: 0,
      safeguarding: 0,
    },
    endedByKind: { planned: 1, premature: 1, trial_not_continued: 0 },
    medianDurationDays: 120.5,
    earlyClosureRate: 0.5,
    reached6Months: null,
    reached12Months: 0,
    medianWaitingDays: 14,
    familiesWaitingNow: 6,
    volunteersByStatus: {
      registered: 1,
      in_vetting: 2,
      approved: 7,
      rejected: 0,
      withdrawn: 0,
      paused: 1,
      inactive: 0,
    },
    checkIns: 42,
  };

  it('writes one section per table', () => {
    expect(reportCsv(report).slice(1).split('\r\n')).toEqual([
      'metric;value',
      'from;2026-01-01',
      'to;2026-02-15',
      'created;3',
      'activeNow;5',
      'ended;2',
      'medianDurationDays;120,5',
      'earlyClosureRate;0,5',
      'reached6Months;',
      'reached12Months;0',
      'medianWaitingDays;14',
      'familiesWaitingNow;6',
      'checkIns;42',
      '',
      'month;count',
      '2026-01;3',
      '2026-02;0',
      '',
      'reason;count',
      'completed;1',
      'life_change;0',
      'volunteer_dissatisfied;0',
      'family_dissatisfied;0',
      'contact_faded;1',
      'volunteer_unresponsive;0',
      'family_independent;0',
      'safeguarding;0',
      '',
      'kind;count',
      'planned;1',
      'premature;1',
      'trial_not_continued;0',
      '',
      'status;count',
      'registered;1',
      'in_vetting;2',
      'approved;7',
      'rejected;0',
      'withdrawn;0',
      'paused;1',
      'inactive;0',
      '',
    ]);
  });

  it('names the file after the period', () => {
    expect(reportCsvFileName(report)).toBe('patenschaften-bericht-2026-01-01-2026-02-15.csv');
  });
});
