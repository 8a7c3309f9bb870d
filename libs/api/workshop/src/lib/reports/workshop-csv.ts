/**
 * CSV for German Excel, as the booking and sponsorship reports write it: UTF-8 with a byte order mark, semicolons,
 * decimal commas, CRLF; text quoted when needed and defused when a spreadsheet would run it as a formula.
 */
export type CsvCell = string | number | null;

const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(Math.round(value * 10_000) / 10_000).replace('.', ',');
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** Cents as euros with two decimals and a decimal comma (`1234` → `12,34`). */
export const euros = (cents: number): string => (cents / 100).toFixed(2).replace('.', ',');

/** Hours with two decimals and a decimal comma (`90` minutes → `1,50`). */
export const hours = (minutes: number): string => (minutes / 60).toFixed(2).replace('.', ',');
