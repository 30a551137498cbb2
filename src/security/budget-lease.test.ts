import { describe, expect, it } from 'vitest';
import { LeaseBroker, LeasedLimiter, type LeaseTransport } from './budget-lease.js';
import { isLimited } from './limiter.js';

/** Workers wired straight to one broker, as the primary would answer them over IPC. */
function workers(n: number, points: number) {
  const broker = new LeaseBroker(n);
  let asks = 0;
  const transport: LeaseTransport = async (req) => {
    asks++;
    return broker.grant(req);
  };
  const limiters = Array.from(
    { length: n },
    () => new LeasedLimiter({ keyPrefix: 'api', points, durationSec: 60 }, transport),
  );
  return { limiters, asks: () => asks };
}

async function spend(l: LeasedLimiter, key: string): Promise<boolean> {
  try {
    await l.consume(key);
    return true;
  } catch (e) {
    if (isLimited(e)) return false;
    throw e;
  }
}

describe('leased rate-limit budgets', () => {
  it('never lets one client spend more than its budget, however its requests are spread', async () => {
    const { limiters } = workers(3, 100);
    let ok = 0;
    for (let i = 0; i < 400; i++) if (await spend(limiters[i % 3]!, 'client-a')) ok++;
    expect(ok).toBeLessThanOrEqual(100);
    // Slices are 1/8 of the budget split over the processes: at most 2 slices strand elsewhere.
    expect(ok).toBeGreaterThanOrEqual(100 - 2 * Math.floor(100 / 24));
  });

  it('is exact when the budget is smaller than a process count times eight (slices of 1)', async () => {
    const { limiters } = workers(2, 6);
    const results: boolean[] = [];
    for (let i = 0; i < 8; i++) results.push(await spend(limiters[i % 2]!, 'client-b'));
    expect(results).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('asks the primary once a slice, not once a request, and keeps clients apart', async () => {
    const { limiters, asks } = workers(2, 1600);
    for (let i = 0; i < 500; i++) await spend(limiters[0]!, 'client-c');
    expect(asks()).toBeLessThanOrEqual(5); // slices of 100
    expect(await spend(limiters[0]!, 'client-d')).toBe(true);
  });

  it('shares one request to the primary among concurrent requests of a client', async () => {
    const { limiters, asks } = workers(2, 1600);
    const all = await Promise.all(Array.from({ length: 50 }, () => spend(limiters[1]!, 'client-e')));
    expect(all.every(Boolean)).toBe(true);
    expect(asks()).toBe(1);
  });

  it('starts a new window when the old one ends', () => {
    const broker = new LeaseBroker(1);
    const req = { key: 'k', points: 8, durationMs: 1000 };
    expect(broker.grant(req, 0).granted).toBe(1);
    for (let i = 0; i < 7; i++) broker.grant(req, 10);
    expect(broker.grant(req, 20)).toMatchObject({ granted: 0, unleased: 0, windowEnd: 1000 });
    expect(broker.grant(req, 1000)).toMatchObject({ granted: 1, windowEnd: 2000 });
  });
});
