/**
 * The operations of the API's OpenAPI document (`/api/docs-json`), as far as the fuzz spec needs them: method,
 * path template, parameters by location and the JSON body schema, with `$ref`s left for `resolveSchema`.
 */

/** The subset of an OpenAPI 3 schema object the generators read. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}

interface OpenApiOperationObject {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperationObject | undefined>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

export interface FuzzParameter {
  name: string;
  required: boolean;
  schema: OpenApiSchema;
}

export interface FuzzOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path template, e.g. `/api/rooms/{id}`. */
  path: string;
  pathParams: FuzzParameter[];
  queryParams: FuzzParameter[];
  headerParams: FuzzParameter[];
  /** The JSON body's schema; `undefined` when the operation takes none (a body is then sent anyway at times). */
  body: OpenApiSchema | undefined;
  /** The body's media type when it is not JSON (e.g. multipart/form-data uploads). */
  bodyMediaType: string | undefined;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function toParameter(parameter: OpenApiParameter): FuzzParameter {
  return {
    name: parameter.name,
    required: parameter.required ?? parameter.in === 'path',
    schema: parameter.schema ?? { type: 'string' },
  };
}

/** Every operation of the document, sorted by path then method, so runs are reproducible by seed. */
export function listOperations(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const mediaType = Object.keys(content)[0];
      operations.push({
        method: method.toUpperCase() as FuzzOperation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map(toParameter),
        queryParams: parameters.filter((p) => p.in === 'query').map(toParameter),
        headerParams: parameters.filter((p) => p.in === 'header').map(toParameter),
        body: mediaType ? (content[mediaType]?.schema ?? {}) : undefined,
        bodyMediaType: mediaType && mediaType !== 'application/json' ? mediaType : undefined,
      });
    }
  }
  return operations.sort((a, b) =>
    a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path),
  );
}

/** Follows `#/components/schemas/X` references (and single-entry allOf wrappers Nest emits) to the schema. */
export function resolveSchema(document: OpenApiDocument, schema: OpenApiSchema): OpenApiSchema {
  let current = schema;
  for (let hops = 0; hops < 10; hops++) {
    if (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = document.components?.schemas?.[name] ?? {};
    } else if (current.allOf?.length === 1 && !current.properties) {
      current = current.allOf[0];
    } else {
      return current;
    }
  }
  return current;
}

/** `/api/rooms/{id}` with `{ id: 'x' }` → `/api/rooms/x` (values are already URL-encoded). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? 'missing');
}
