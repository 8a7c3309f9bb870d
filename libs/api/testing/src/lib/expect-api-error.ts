import type { ApiErrorBody } from '@zusammen/shared/contracts';

/** What `app.inject` answers, as far as an error check needs it. */
export interface InjectedResponse {
  statusCode: number;
  json: <T>() => T;
}

/**
 * Asserts an error answer: the status and the `{ code, message, details? }` body with `code`; returns the body
 * for further checks of its details. Status and body in one assertion, so a failure shows both.
 */
export function expectApiError(
  response: InjectedResponse,
  status: number,
  code: string,
): ApiErrorBody {
  const body = response.json<ApiErrorBody>();
  expect({ status: response.statusCode, body }).toMatchObject({
    status,
    body: { code, message: expect.any(String) },
  });
  return body;
}
