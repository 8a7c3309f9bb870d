import { formatInventoryNo, parseInventoryNo } from '@zusammen/shared/contracts';
import jsQR from 'jsqr';
import { labelUrl, qrMatrix, renderLabelSvg } from './bike-label';

/** Renders the module matrix as RGBA pixels (4 px per module, quiet zone) for a real QR decoder. */
function decode(text: string): string | null {
  const matrix = qrMatrix(text);
  const scale = 4;
  const quiet = 4;
  const width = (matrix.size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - quiet;
      const col = Math.floor(x / scale) - quiet;
      if (row >= 0 && col >= 0 && row < matrix.size && col < matrix.size && matrix.dark(row, col))
        pixels.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('inventory numbers and QR labels', () => {
  it('formats FR-0042 and reads it back from every form the desk types or scans', () => {
    expect(formatInventoryNo(42)).toBe('FR-0042');
    expect(formatInventoryNo(12345)).toBe('FR-12345');
    for (const input of ['FR-0042', 'fr42', '42', ' 0042 ', labelUrl('https://x.test', 42)])
      expect(parseInventoryNo(input)).toBe(42);
    expect(parseInventoryNo('FR-')).toBeNull();
  });

  it('the label URL leads to the counter page with the number', () => {
    expect(labelUrl('https://borken.example/', 42)).toBe(
      'https://borken.example/werkstatt/ausgabe?fahrrad=FR-0042',
    );
  });

  it('the QR code decodes to the label URL', () => {
    const url = labelUrl('https://zusammenleben.borken.de', 7);
    expect(decode(url)).toBe(url);
  });

  it('the SVG shows the number, make and type, escapes the make, and draws the code', () => {
    const svg = renderLabelSvg({
      inventoryNo: 42,
      make: 'Gazelle <Orange>',
      cycleType: 'city',
      baseUrl: 'http://localhost:3000',
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>FR-0042</text>');
    expect(svg).toContain('Gazelle &#60;Orange&#62;');
    expect(svg).toContain('>Stadtrad</text>');
    expect(svg).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+"/);
  });
});
