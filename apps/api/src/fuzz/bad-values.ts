import fc from 'fast-check';
import { resolveSchema, type OpenApiDocument, type OpenApiSchema } from './openapi-operations';

/**
 * fast-check generators of hostile input for the OpenAPI fuzz spec: invalid ids, injection strings, huge and
 * unusual unicode strings, out-of-range numbers, wrong JSON types, and schema-shaped bodies with one of those
 * mutations applied.
 */

/** Strings that must come back (if at all) as data, never as markup or SQL. */
export const INJECTION_STRINGS = [
  `' OR 1=1 --`,
  `'; DROP TABLE user_account; --`,
  `" OR ""="`,
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `"><svg onload=alert(1)>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\${7*7}`,
  `%27%20OR%201%3D1`,
] as const;

/** Markers whose presence in a response body means an injection string was echoed. */
export const INJECTION_MARKERS = ['<script>', '<img src=x', '<svg onload'] as const;

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'Привіт',
  'سلام',
  '👩‍👩‍👧‍👦🚲🏠',
  '\uD800',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x10',
  '-1',
  '99999999999999999999999999',
  'true',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '9999-12-31T23:59:59Z',
  '0000-01-01',
  'a@b',
  'x'.repeat(300),
] as const;

const HUGE_STRINGS = ['A'.repeat(100_000), 'ü'.repeat(50_000), '🚲'.repeat(25_000)];

/** Invalid ids for path parameters (already URL-encoded when sent). */
const BAD_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '99999999999999999999',
  '1e309',
  '../../etc/passwd',
  '..',
  '%00',
  'ünïcødé',
  '١٢٣',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '{{id}}',
  'null',
  ' ',
] as const;

export const injectionString = fc.constantFrom(...INJECTION_STRINGS);

/** A hostile string: injection, odd unicode, huge, or random unicode text. */
export const badString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: injectionString },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const badNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, -0, 0.5, -2_147_483_649, 2_147_483_648, 2 ** 53 + 2, 1e308, -1e308),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value of a likely wrong type. */
export const badJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: badString },
  { weight: 2, arbitrary: badNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], { a: { b: { c: {} } } }, [1, 'x', null]) },
  { weight: 1, arbitrary: fc.array(badString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), badString, { maxKeys: 3 }) },
);

/** A path parameter value: invalid ids, hostile strings, or valid-looking random uuids; URL-encoded. */
export const badPathValue: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...BAD_IDS) },
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: injectionString },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('9'.repeat(400), 'ä'.repeat(2_000)) },
  )
  .map((value) => encodeURIComponent(value));

/** A header value (HTTP allows only visible ASCII and spaces here; anything else inject() refuses to send). */
export const badHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(`' OR 1=1 --`, '<script>alert(1)</script>', 'x'.repeat(5_000), '-1', ' '),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
);

function typeOf(schema: OpenApiSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function stringFor(schema: OpenApiSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    default:
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 24, 60),
      });
  }
}

/** A value that roughly follows `schema` (type, enum, format, required keys); depth-limited. */
export function schemaValue(
  document: OpenApiDocument,
  raw: OpenApiSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolveSchema(document, raw);
  if (depth > 4) return fc.constant(null);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.length)
    return fc.oneof(...alternatives.map((s) => schemaValue(document, s, depth + 1)));
  if (schema.allOf?.length) return schemaValue(document, schema.allOf[0], depth + 1);
  switch (typeOf(schema)) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? 0,
        max: schema.maximum ?? 1_000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schemaValue(document, schema.items ?? {}, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties))
        record[key] = schemaValue(document, value, depth + 1);
      return fc.record(record, {
        requiredKeys: (schema.required ?? []).filter((k) => k in record),
      });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

type Mutation = 'none' | 'replace' | 'remove' | 'extra' | 'whole' | 'prototype';

/**
 * Applies one mutation at a random place in `value`: replace a leaf/field by a bad value, remove a key (often a
 * required one), add an unknown key, replace the whole value, or add `__proto__`/`constructor` keys.
 */
function mutate(value: unknown, mutation: Mutation, pick: number, bad: unknown): unknown {
  if (mutation === 'none') return value;
  if (mutation === 'whole') return bad;
  if (Array.isArray(value)) {
    if (value.length === 0) return mutation === 'extra' ? [bad] : value;
    const copy = [...value];
    copy[pick % copy.length] = mutate(copy[pick % copy.length], mutation, pick >> 2, bad);
    return copy;
  }
  if (value === null || typeof value !== 'object') return mutation === 'replace' ? bad : value;
  const record = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(record);
  if (mutation === 'prototype') {
    // JSON.parse keeps `__proto__` as an own key, so the request body really carries it
    const poisoned = JSON.parse(
      '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
    );
    return Object.assign(poisoned as Record<string, unknown>, record);
  }
  if (mutation === 'extra' || keys.length === 0) return { ...record, [`extra_${pick % 7}`]: bad };
  const key = keys[pick % keys.length];
  if (mutation === 'remove') {
    delete record[key];
    return record;
  }
  const inner = record[key];
  record[key] =
    inner !== null && typeof inner === 'object' && pick % 2 === 0
      ? mutate(inner, mutation, pick >> 1, bad)
      : bad;
  return record;
}

/** A body derived from `schema` and then mutated (about one in six stays as generated). */
export function mutatedBody(
  document: OpenApiDocument,
  schema: OpenApiSchema,
): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      schemaValue(document, schema),
      fc.constantFrom<Mutation>(
        'none',
        'replace',
        'replace',
        'remove',
        'extra',
        'whole',
        'prototype',
      ),
      fc.nat(),
      badJson,
    )
    .map(([value, mutation, pick, bad]) => mutate(value, mutation, pick, bad));
}

/** A query value: as the schema says, or hostile; arrays become repeated keys. */
export function queryValue(
  document: OpenApiDocument,
  schema: OpenApiSchema,
): fc.Arbitrary<string | string[]> {
  const asText = (value: unknown): string =>
    typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return fc.oneof(
    schemaValue(document, schema).map((v) => (Array.isArray(v) ? v.map(asText) : asText(v))),
    badString,
    badNumber.map(String),
    fc.array(badString, { minLength: 2, maxLength: 3 }),
  );
}
