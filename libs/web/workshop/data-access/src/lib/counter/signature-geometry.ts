/** A point on the signature canvas, in canvas pixels. */
export interface SignaturePoint {
  x: number;
  y: number;
}
export type SignatureStroke = readonly SignaturePoint[];

/** Where the canvas sits on screen (DOMRect's fields that matter). */
export interface CanvasBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A pointer position (client coordinates) as a point of the canvas bitmap: the canvas is drawn at a
 * different size than its bitmap (CSS width, device pixel ratio), so the offset is scaled per axis and
 * clamped to the bitmap.
 */
export function canvasPointOf(
  clientX: number,
  clientY: number,
  box: CanvasBox,
  bitmap: { width: number; height: number },
): SignaturePoint {
  const sx = box.width > 0 ? bitmap.width / box.width : 1;
  const sy = box.height > 0 ? bitmap.height / box.height : 1;
  const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);
  return {
    x: clamp((clientX - box.left) * sx, bitmap.width),
    y: clamp((clientY - box.top) * sy, bitmap.height),
  };
}

/** Length of the drawn lines (a dot or a tap has length 0). */
export function inkLength(strokes: readonly SignatureStroke[]): number {
  let total = 0;
  for (const stroke of strokes) {
    for (let i = 1; i < stroke.length; i++) {
      total += Math.hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
    }
  }
  return total;
}

/**
 * A signature counts when the lines are long enough and span some width: a tap, a dot or a short dash is
 * not a signature (the minimum is a share of the canvas width, so it holds on every screen size).
 */
export function isSignature(strokes: readonly SignatureStroke[], canvasWidth: number): boolean {
  const points = strokes.flat();
  if (points.length < 2) return false;
  const xs = points.map((p) => p.x);
  const span = Math.max(...xs) - Math.min(...xs);
  return inkLength(strokes) >= canvasWidth * 0.25 && span >= canvasWidth * 0.1;
}

/**
 * The smoothed path of one stroke as quadratic segments through the midpoints (each input point is a
 * control point), for `ctx.quadraticCurveTo`; a single point becomes a dot (start = end).
 */
export function smoothSegments(
  stroke: SignatureStroke,
): { from: SignaturePoint; control: SignaturePoint; to: SignaturePoint }[] {
  if (stroke.length === 0) return [];
  if (stroke.length === 1) return [{ from: stroke[0], control: stroke[0], to: stroke[0] }];
  const mid = (a: SignaturePoint, b: SignaturePoint): SignaturePoint => ({
    x: (a.x + b.x) / 2,
    y: (a.y + b.y) / 2,
  });
  const segments = [];
  let from = stroke[0];
  for (let i = 1; i < stroke.length - 1; i++) {
    const to = mid(stroke[i], stroke[i + 1]);
    segments.push({ from, control: stroke[i], to });
    from = to;
  }
  const last = stroke[stroke.length - 1];
  segments.push({ from, control: last, to: last });
  return segments;
}
