import { parseInventoryNo } from '@zusammen/shared/contracts';

/** Query parameter of the counter page that a bike's QR label opens (`/werkstatt/ausgabe?fahrrad=FR-0042`). */
export const BIKE_QUERY_PARAM = 'fahrrad';

/**
 * The inventory number in what was scanned or typed: a label URL (`…/werkstatt/ausgabe?fahrrad=FR-0042`),
 * `FR-0042`, `fr42` or `42`. Null when there is none, or when a URL names something else.
 */
export function inventoryNoOfScan(input: string): number | null {
  const text = input.trim();
  if (!text) return null;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    const param = url.searchParams.get(BIKE_QUERY_PARAM);
    return param === null ? parseInventoryNo(url.pathname) : parseInventoryNo(param);
  }
  // Typed: the number alone or with the FR prefix, nothing else in front of it.
  if (!/^(?:fr)?[\s-]*\d{1,9}$/i.test(text)) return null;
  return parseInventoryNo(text);
}
