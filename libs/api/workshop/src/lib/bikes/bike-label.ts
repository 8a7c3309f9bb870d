import { formatInventoryNo, type CycleType } from '@zusammen/shared/contracts';
import { create } from 'qrcode';

/** The counter page a scanned label opens (the web route of the rental desk). */
export const LABEL_PATH = '/werkstatt/ausgabe';

/** Labels are printed in German (they stay on the bike). */
const CYCLE_TYPE_DE: Record<CycleType, string> = {
  city: 'Stadtrad',
  trekking: 'Trekkingrad',
  mtb: 'Mountainbike',
  children: 'Kinderrad',
  cargo: 'Lastenrad',
  tricycle: 'Dreirad',
};

/** What the QR code encodes: `<base>/werkstatt/ausgabe?fahrrad=FR-0042`. */
export function labelUrl(baseUrl: string, inventoryNo: number): string {
  return `${baseUrl.replace(/\/+$/, '')}${LABEL_PATH}?fahrrad=${formatInventoryNo(inventoryNo)}`;
}

/** The QR modules (row-major, true = dark) of `text`, error correction M. */
export function qrMatrix(text: string): {
  size: number;
  dark: (row: number, col: number) => boolean;
} {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface LabelInput {
  inventoryNo: number;
  make: string;
  cycleType: CycleType;
  baseUrl: string;
}

/**
 * A 62 × 29 mm label (common label-printer tape): the QR code with its quiet zone on the left, the inventory
 * number large, make and type below it. Module paths are one `h1v1h-1z` square each, so any viewer renders it.
 */
export function renderLabelSvg(input: LabelInput): string {
  const matrix = qrMatrix(labelUrl(input.baseUrl, input.inventoryNo));
  const quiet = 2;
  const span = matrix.size + 2 * quiet;
  let path = '';
  for (let row = 0; row < matrix.size; row++)
    for (let col = 0; col < matrix.size; col++)
      if (matrix.dark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const title = `${formatInventoryNo(input.inventoryNo)} · ${input.make} · ${CYCLE_TYPE_DE[input.cycleType]}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="62mm" height="29mm" viewBox="0 0 62 29" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="62" height="29" fill="#fff"/>`,
    `<svg x="0.5" y="0.5" width="28" height="28" viewBox="0 0 ${span} ${span}" shape-rendering="crispEdges">`,
    `<path d="${path}" fill="#000"/>`,
    `</svg>`,
    `<g font-family="DejaVu Sans, Arial, sans-serif" fill="#000">`,
    `<text x="30" y="11" font-size="7" font-weight="bold">${formatInventoryNo(input.inventoryNo)}</text>`,
    `<text x="30" y="18" font-size="3.6">${escapeXml(input.make.slice(0, 22))}</text>`,
    `<text x="30" y="23" font-size="3.6">${CYCLE_TYPE_DE[input.cycleType]}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}
