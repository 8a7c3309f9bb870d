import { redisConnectionOptions } from './redis-connection';

describe('redisConnectionOptions', () => {
  it('lets worker connections retry forever, as BullMQ workers require', () => {
    expect(redisConnectionOptions('worker').maxRetriesPerRequest).toBeNull();
  });

  it('bounds producer retries so an outage surfaces as an error', () => {
    expect(redisConnectionOptions('producer').maxRetriesPerRequest).toBe(3);
  });

  it('caps the reconnect pause at 5 s', () => {
    const retry = redisConnectionOptions('worker').retryStrategy as (times: number) => number;
    expect([1, 10, 1000].map(retry)).toEqual([200, 2000, 5000]);
  });
});
