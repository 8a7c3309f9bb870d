import { toHealthResponse } from './to-health-response';

describe('toHealthResponse', () => {
  it('reports ok when every check is up', () => {
    expect(
      toHealthResponse({
        status: 'ok',
        details: { database: { status: 'up' }, redis: { status: 'up' } },
      }),
    ).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('reports error with the message of the failing check', () => {
    expect(
      toHealthResponse({
        status: 'error',
        details: {
          database: { status: 'up' },
          redis: { status: 'down', message: 'redis unreachable' },
        },
      }),
    ).toEqual({
      status: 'error',
      checks: {
        database: { status: 'up' },
        redis: { status: 'down', message: 'redis unreachable' },
      },
    });
  });
});
