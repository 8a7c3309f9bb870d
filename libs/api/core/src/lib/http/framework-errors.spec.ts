import { createFastifyAdapter } from './configure-http-app';

describe('errors of the Fastify router (frameworkErrors)', () => {
  const adapter = createFastifyAdapter({ trustProxy: false });
  const fastify = adapter.getInstance();
  fastify.get('/api/things/:id', async () => ({ ok: true }));

  afterAll(() => fastify.close());

  it('answers a path parameter beyond maxParamLength in the { code, message } shape', async () => {
    const response = await fastify.inject({ method: 'GET', url: `/api/things/${'9'.repeat(400)}` });
    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
    expect(response.json()).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers a malformed URL in the same shape', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/api/things/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message']);
  });

  it('leaves ordinary parameters alone', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/api/things/abc' });
    expect(response.json()).toEqual({ ok: true });
  });
});
