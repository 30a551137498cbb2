import cluster from 'node:cluster';
import { RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Rate-limit budgets shared by several server processes without a round trip per request: the
 * primary process holds each client's budget for the window and hands it out in slices ("leases");
 * a worker spends its slice locally and asks for another when it runs out. No window hands out more
 * than the budget, so no client gets more than its budget; a client spread over N processes may be
 * refused once (N − 1) unspent slices are stranded in other processes, i.e. after at least 7/8 of
 * its budget (slices are 1/8 of the budget split over the processes, and at least 1).
 *
 * For the budget spent on every API request (src/security/api-rate-limit.ts); the login limiters,
 * whose every point matters and whose traffic is small, ask the primary every time instead
 * (rate-limiter-flexible's cluster limiter, see limiter.ts).
 */

const CHANNEL = 'leakwatch-lease';

interface LeaseRequest {
  channel: typeof CHANNEL;
  id: number;
  key: string;
  points: number;
  durationMs: number;
}

interface LeaseGrant {
  channel: typeof CHANNEL;
  id: number;
  granted: number;
  /** When the window ends (ms since the epoch, the primary's clock; processes share one machine). */
  windowEnd: number;
  /** Points of the window not yet handed out to any process. */
  unleased: number;
}

/** The primary's side: budgets by key for the current window, handed out in slices. */
export class LeaseBroker {
  private readonly windows = new Map<string, { end: number; handedOut: number }>();
  private lastSweep = 0;

  constructor(private readonly processes: number) {}

  /** A slice of `key`'s budget for a worker: how many points, until when, and what is left. */
  grant(
    req: Pick<LeaseRequest, 'key' | 'points' | 'durationMs'>,
    now = Date.now(),
  ): Omit<LeaseGrant, 'channel' | 'id'> {
    this.sweep(now);
    let w = this.windows.get(req.key);
    if (!w || now >= w.end) {
      w = { end: now + req.durationMs, handedOut: 0 };
      this.windows.set(req.key, w);
    }
    const slice = Math.max(1, Math.floor(req.points / (this.processes * 8)));
    const granted = Math.max(0, Math.min(slice, req.points - w.handedOut));
    w.handedOut += granted;
    return { granted, windowEnd: w.end, unleased: req.points - w.handedOut };
  }

  /** Listens to every worker of this primary. */
  listen(): void {
    cluster.on('message', (worker, msg: LeaseRequest) => {
      if (msg?.channel !== CHANNEL) return;
      const answer: LeaseGrant = { channel: CHANNEL, id: msg.id, ...this.grant(msg) };
      worker.send(answer);
    });
  }

  /** Forgets ended windows now and then, so that one-off clients do not pile up. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) if (now >= w.end) this.windows.delete(key);
  }
}

/** How a worker reaches the broker: send a request, get its grant (the primary over IPC, or a fake). */
export type LeaseTransport = (
  req: Omit<LeaseRequest, 'channel' | 'id'>,
) => Promise<Omit<LeaseGrant, 'channel' | 'id'>>;

/** The worker's side over node:cluster IPC. */
export function clusterTransport(timeoutMs = 3000): LeaseTransport {
  let nextId = 0;
  const waiting = new Map<number, (g: LeaseGrant) => void>();
  process.on('message', (msg: LeaseGrant) => {
    if (msg?.channel !== CHANNEL) return;
    waiting.get(msg.id)?.(msg);
    waiting.delete(msg.id);
  });
  return (req) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('rate-limit lease: no answer from the primary process in time'));
      }, timeoutMs);
      waiting.set(id, (g) => {
        clearTimeout(timer);
        resolve(g);
      });
      process.send?.({ channel: CHANNEL, id, ...req } satisfies LeaseRequest);
    });
}

/**
 * A worker's limiter spending leased slices: `consume` answers like rate-limiter-flexible's
 * (resolves with remainingPoints and msBeforeNext, rejects with a RateLimiterRes over budget).
 */
export class LeasedLimiter {
  private readonly slices = new Map<string, { left: number; end: number; unleased: number }>();
  private readonly asking = new Map<string, Promise<void>>();

  constructor(
    private readonly opts: { keyPrefix: string; points: number; durationSec: number },
    private readonly transport: LeaseTransport,
  ) {}

  async consume(key: string): Promise<{ remainingPoints: number; msBeforeNext: number }> {
    const k = `${this.opts.keyPrefix}:${key}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const now = Date.now();
      const s = this.slices.get(k);
      if (s && now < s.end) {
        if (s.left > 0) {
          s.left--;
          return { remainingPoints: s.left + s.unleased, msBeforeNext: s.end - now };
        }
        if (s.unleased === 0) throw new RateLimiterRes(0, s.end - now, this.opts.points + 1);
      }
      // Out of slice: ask once for all the requests of this key that are waiting.
      let asking = this.asking.get(k);
      if (!asking) {
        asking = this.lease(k).finally(() => this.asking.delete(k));
        this.asking.set(k, asking);
      }
      await asking;
    }
    const s = this.slices.get(k);
    throw new RateLimiterRes(0, Math.max(1, (s?.end ?? Date.now()) - Date.now()), this.opts.points + 1);
  }

  private async lease(k: string): Promise<void> {
    const g = await this.transport({
      key: k,
      points: this.opts.points,
      durationMs: this.opts.durationSec * 1000,
    });
    const old = this.slices.get(k);
    const left = old && old.end === g.windowEnd ? old.left + g.granted : g.granted;
    this.slices.set(k, { left, end: g.windowEnd, unleased: g.unleased });
    if (this.slices.size > 10_000) {
      const now = Date.now();
      for (const [key, s] of this.slices) if (now >= s.end) this.slices.delete(key);
    }
  }
}
