/** Search, status filter and cursor of a staff list, as HTTP parameters: empty values are left out. */
export function staffListParams(query: {
  q?: string;
  status?: string;
  cursor?: string | null;
}): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text !== '') params[key] = text;
  }
  return params;
}
