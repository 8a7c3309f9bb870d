import type { RoomUtilisationRow } from '@zusammen/shared/contracts';

/** Excel reads UTF-8 only with a byte order mark; German Excel splits on semicolons. */
const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';

type Cell = string | number;

/** Numbers with a decimal comma; text quoted when needed and defused when a spreadsheet would run it. */
function cell(value: Cell): string {
  if (typeof value === 'number')
    return String(Math.round(value * 10_000) / 10_000).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The utilisation report as CSV: rooms and hours only, nothing that names a person. */
export function utilisationCsv(rows: readonly RoomUtilisationRow[]): string {
  const lines: Cell[][] = [
    ['month', 'roomId', 'room', 'hoursOpen', 'hoursBooked', 'share'],
    ...rows.map((r) => [r.month, r.roomId, r.roomName, r.hoursOpen, r.hoursBooked, r.share]),
  ];
  return CSV_BOM + lines.map((line) => line.map(cell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

export const utilisationCsvFileName = (from: string, to: string): string =>
  `raumauslastung-${from}-${to}.csv`;
