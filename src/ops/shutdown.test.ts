import { afterEach, describe, expect, it, vi } from 'vitest';
import { shutdownOnce } from './shutdown.js';

describe('shutdownOnce', () => {
  let exits: number[];
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  function trapExit() {
    exits = [];
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      exits.push(code ?? 0);
    }) as typeof process.exit);
  }

  it('runs once however many signals arrive, and exits with the code it returns', async () => {
    trapExit();
    const reasons: string[] = [];
    const shutdown = shutdownOnce(10_000, async (reason) => {
      reasons.push(reason);
      return 0;
    });
    expect(shutdown.started).toBe(false);
    shutdown.stop('SIGTERM');
    shutdown.stop('SIGINT');
    expect(shutdown.started).toBe(true);
    await vi.waitFor(() => expect(exits).toEqual([0]));
    expect(reasons).toEqual(['SIGTERM']);
  });

  it('exits with 1 when the shutdown fails', async () => {
    trapExit();
    shutdownOnce(10_000, async () => {
      throw new Error('database would not close');
    }).stop('SIGTERM');
    await vi.waitFor(() => expect(exits).toEqual([1]));
  });

  it('exits with 1 at the deadline when the shutdown hangs', async () => {
    vi.useFakeTimers();
    trapExit();
    shutdownOnce(5_000, () => new Promise<number>(() => {})).stop('SIGTERM');
    vi.advanceTimersByTime(4_999);
    expect(exits).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(exits).toEqual([1]);
  });
});
