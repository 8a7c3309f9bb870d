import { INJECTION_MARKERS } from './bad-values';

/** What the checks read of an `app.inject` answer. */
export interface CheckedResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

const ERROR_KEYS = new Set(['code', 'message', 'details']);

/**
 * Non-HTML download types the API may answer with (iCal feeds, CSV exports, label images). A record the fuzzer
 * created with an injection string in it may come back in those verbatim — that is data, not markup, as long as
 * the browser is told not to sniff it into HTML.
 */
const DOWNLOAD_TYPES = ['text/calendar', 'text/csv', 'image/', 'application/pdf'];

function headerText(response: CheckedResponse, name: string): string {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : String(value ?? '');
}

/**
 * The properties every answer must keep, as a list of broken ones (empty = fine):
 * - never a 5xx;
 * - every 4xx is JSON `{ code: string, message: string, details? }` and nothing else at the top level;
 * - an answer that echoes an injection marker is JSON (or a non-HTML download with nosniff), never text/html.
 */
export function responseViolations(response: CheckedResponse): string[] {
  const problems: string[] = [];
  const type = headerText(response, 'content-type');
  const snippet = response.body.slice(0, 300);
  if (response.statusCode >= 500) problems.push(`status ${response.statusCode}: ${snippet}`);
  if (response.statusCode >= 400 && response.statusCode < 500) {
    if (!type.startsWith('application/json')) {
      problems.push(`4xx with content-type "${type}": ${snippet}`);
    } else {
      try {
        const body: unknown = JSON.parse(response.body);
        const record = body as Record<string, unknown>;
        if (body === null || typeof body !== 'object' || Array.isArray(body))
          problems.push(`4xx body is not an object: ${snippet}`);
        else if (typeof record['code'] !== 'string' || typeof record['message'] !== 'string')
          problems.push(`4xx body without string code/message: ${snippet}`);
        else if (Object.keys(record).some((key) => !ERROR_KEYS.has(key)))
          problems.push(`4xx body with extra keys ${Object.keys(record).join(',')}: ${snippet}`);
      } catch {
        problems.push(`4xx body is not JSON: ${snippet}`);
      }
    }
  }
  const echoed = INJECTION_MARKERS.some((marker) => response.body.includes(marker));
  if (echoed && !type.startsWith('application/json')) {
    const download = DOWNLOAD_TYPES.some((t) => type.startsWith(t));
    if (!download || headerText(response, 'x-content-type-options') !== 'nosniff')
      problems.push(`injection echoed as "${type}": ${snippet}`);
  }
  return problems;
}
