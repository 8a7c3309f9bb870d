import { expect, test } from '@playwright/test';

test('readiness is green with PostgreSQL and Redis', async ({ request }) => {
  const res = await request.get('/api/health/ready');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe('ok');
  expect(Object.keys(body.checks).sort()).toEqual(expect.arrayContaining(['database', 'redis']));
});

test('the system reports services mode', async ({ request }) => {
  const res = await request.get('/api/system');
  expect(await res.json()).toMatchObject({ database: 'services', queue: 'bullmq' });
});

test('the OpenAPI document is served', async ({ request }) => {
  const res = await request.get('/api/docs-json');
  expect(res.status()).toBe(200);
  expect((await res.json()).paths).toHaveProperty(['/api/rooms']);
});

test('unknown API routes answer with the error shape, unknown pages with the app', async ({
  request,
}) => {
  const api = await request.get('/api/does-not-exist');
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.any(String) });
  const page = await request.get('/irgendwo/tief', { headers: { accept: 'text/html' } });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<zl-root');
});

test('security headers are set on pages and API', async ({ request }) => {
  for (const path of ['/', '/api/health/live']) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['strict-transport-security'] ?? headers['x-frame-options'], path).toBeTruthy();
    expect(headers['x-request-id'], path).toBeTruthy();
  }
});
