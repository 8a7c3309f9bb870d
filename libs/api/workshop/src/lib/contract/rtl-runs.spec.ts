import { rtlRuns } from './rtl-runs';

describe('rtlRuns', () => {
  it('keeps a purely Arabic line in one run', () => {
    expect(rtlRuns('يجب إعادة الدراجة')).toEqual([{ text: 'يجب إعادة الدراجة', rtl: true }]);
  });

  it('takes dates, numbers and Latin words out of the right-to-left run', () => {
    expect(rtlRuns('وفق المادة 548 من القانون المدني الألماني BGB.')).toEqual([
      { text: 'وفق المادة', rtl: true },
      { text: '548', rtl: false },
      { text: 'من القانون المدني الألماني', rtl: true },
      { text: 'BGB', rtl: false },
      { text: '.', rtl: true },
    ]);
  });

  it('keeps consecutive left-to-right words together, in reading order', () => {
    expect(rtlRuns('ورشة Zusammenleben in Borken، بصفتها')).toEqual([
      { text: 'ورشة', rtl: true },
      { text: 'Zusammenleben in Borken', rtl: false },
      { text: '، بصفتها', rtl: true },
    ]);
  });

  it('treats Persian digits as a number, not as letters', () => {
    expect(rtlRuns('تا ۱۰.۰۳.۲۰۲۶ معتبر')).toEqual([
      { text: 'تا', rtl: true },
      { text: '۱۰.۰۳.۲۰۲۶', rtl: false },
      { text: 'معتبر', rtl: true },
    ]);
  });

  it('mirrors brackets inside right-to-left runs only', () => {
    expect(rtlRuns('(ب) (FR-0042)')).toEqual([
      { text: ')ب(', rtl: true },
      { text: '(FR-0042)', rtl: false },
    ]);
  });
});
