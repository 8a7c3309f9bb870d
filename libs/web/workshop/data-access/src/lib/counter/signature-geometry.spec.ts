import { canvasPointOf, inkLength, isSignature, smoothSegments } from './signature-geometry';

describe('signature geometry', () => {
  it('scales a pointer position from a canvas drawn at half its bitmap size', () => {
    const box = { left: 100, top: 50, width: 300, height: 100 };
    expect(canvasPointOf(250, 100, box, { width: 600, height: 200 })).toEqual({ x: 300, y: 100 });
  });

  it('clamps a pointer that leaves the canvas to its edge', () => {
    const box = { left: 0, top: 0, width: 300, height: 100 };
    expect(canvasPointOf(-20, 500, box, { width: 300, height: 100 })).toEqual({ x: 0, y: 100 });
  });

  it('measures the length of the lines drawn', () => {
    expect(
      inkLength([
        [
          { x: 0, y: 0 },
          { x: 3, y: 4 },
        ],
        [
          { x: 10, y: 10 },
          { x: 10, y: 20 },
        ],
      ]),
    ).toBe(15);
  });

  it('does not take a tap or a short dash as a signature', () => {
    expect(isSignature([[{ x: 10, y: 10 }]], 600)).toBe(false);
    expect(
      isSignature(
        [
          [
            { x: 10, y: 10 },
            { x: 30, y: 12 },
          ],
        ],
        600,
      ),
    ).toBe(false);
  });

  it('takes a wide scribble as a signature', () => {
    const stroke = Array.from({ length: 20 }, (_, i) => ({ x: 20 + i * 15, y: 50 + (i % 2) * 30 }));
    expect(isSignature([stroke], 600)).toBe(true);
  });

  it('smooths a stroke through the midpoints and ends at its last point', () => {
    const segments = smoothSegments([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]);
    expect(segments).toEqual([
      { from: { x: 0, y: 0 }, control: { x: 10, y: 0 }, to: { x: 10, y: 5 } },
      { from: { x: 10, y: 5 }, control: { x: 10, y: 10 }, to: { x: 10, y: 10 } },
    ]);
    expect(smoothSegments([{ x: 4, y: 4 }])).toHaveLength(1);
  });
});
