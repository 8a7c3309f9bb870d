/** A query object as HTTP parameters: empty strings, null and undefined are left out. */
export function queryParamsOf(query: object): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') params[key] = text;
  }
  return params;
}
