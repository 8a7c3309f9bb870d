import fc from 'fast-check';
import {
  badHeaderValue,
  badJson,
  badPathValue,
  badString,
  mutatedBody,
  queryValue,
} from './bad-values';
import { fillPath, type FuzzOperation, type OpenApiDocument } from './openapi-operations';

/** One generated request of an operation, ready for `app.inject` (plus session headers). */
export interface FuzzRequest {
  method: FuzzOperation['method'];
  url: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  /** The raw body text; `undefined` sends none. */
  payload: string | undefined;
}

/** Bodies that are not JSON at all, or JSON cut short, with the content type they claim. */
const RAW_BODIES: readonly [string, string][] = [
  ['application/json', '{"title":'],
  ['application/json', 'not json'],
  ['application/json', '\u0000'],
  ['application/json', '{"a":1}{"b":2}'],
  ['text/plain', `{"email":"a@b.c","password":"x"}`],
  ['application/x-www-form-urlencoded', 'email=a%40b.c&password=x'],
  ['application/xml', '<a>1</a>'],
];

function bodyOf(document: OpenApiDocument, operation: FuzzOperation): fc.Arbitrary<unknown> {
  if (operation.body && !operation.bodyMediaType) return mutatedBody(document, operation.body);
  return badJson;
}

/**
 * Requests of one operation: hostile path values, query values after the schema or hostile (plus an unknown key
 * now and then), declared header parameters, and a JSON body derived from the schema and mutated — or, one time
 * in eight, a raw non-JSON body. GET/DELETE get a body only rarely, as clients do.
 */
export function fuzzRequest(
  document: OpenApiDocument,
  operation: FuzzOperation,
): fc.Arbitrary<FuzzRequest> {
  const path = fc.record(
    Object.fromEntries(operation.pathParams.map((p) => [p.name, badPathValue])),
  ) as fc.Arbitrary<Record<string, string>>;
  const query = fc.record(
    Object.fromEntries(operation.queryParams.map((p) => [p.name, queryValue(document, p.schema)])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string | string[]>>;
  const extraQuery = fc.option(badString, { freq: 4 });
  const headers = fc.record(
    Object.fromEntries(operation.headerParams.map((p) => [p.name.toLowerCase(), badHeaderValue])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const takesBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const body = fc.oneof(
    { weight: takesBody ? 7 : 1, arbitrary: bodyOf(document, operation).map((b) => ({ json: b })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...RAW_BODIES).map(([type, text]) => ({ type, text })),
    },
    { weight: takesBody ? 1 : 6, arbitrary: fc.constant({}) },
  );
  return fc
    .record({ path, query, extraQuery, headers, body })
    .map(({ path: values, query: q, extraQuery: extra, headers: h, body: b }) => {
      const request: FuzzRequest = {
        method: operation.method,
        url: fillPath(operation.path, values),
        query: extra === null ? q : { ...q, unknownFuzzParam: extra },
        headers: { ...h },
        payload: undefined,
      };
      if ('json' in b && b.json !== undefined) {
        request.payload = JSON.stringify(b.json);
        request.headers['content-type'] = 'application/json';
      } else if ('text' in b && b.text !== undefined) {
        request.payload = b.text;
        request.headers['content-type'] = b.type;
      }
      return request;
    });
}
