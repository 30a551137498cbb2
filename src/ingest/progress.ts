import cliProgress from 'cli-progress';
import type { IngestProgress } from './run.js';

/**
 * Shows ingest progress on stderr (stdout stays clean for --json): a live bar with counts and rate
 * on a terminal; otherwise a plain line every few seconds, so that long runs in CI or under cron
 * still show signs of life without flooding the log.
 */
export interface ProgressReporter {
  start(total: number): void;
  update(p: IngestProgress): void;
  stop(): void;
}

export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
  opts: { everyMs?: number } = {},
): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          '{bar} {value}/{total} | new {new} · updated {updated} · unchanged {unchanged} · failed {failed} | {rate}/s | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    const payload = { new: 0, updated: 0, unchanged: 0, failed: 0, rate: '0.0' };
    return {
      start: (total) => bar.start(total, 0, payload),
      update: (p) => bar.update(p.done, { ...p.counts, rate: rate(p) }),
      stop: () => bar.stop(),
    };
  }
  const everyMs = opts.everyMs ?? 5000;
  let last = Date.now();
  return {
    start: () => {
      last = Date.now();
    },
    update: (p) => {
      if (Date.now() - last < everyMs || p.done === p.total) return;
      last = Date.now();
      const c = p.counts;
      stream.write(
        `ingest: ${p.done}/${p.total} (new ${c.new}, updated ${c.updated}, unchanged ${c.unchanged}, failed ${c.failed}) ${rate(p)}/s\n`,
      );
    },
    stop: () => {},
  };
}

function rate(p: IngestProgress): string {
  return p.elapsedMs > 0 ? ((p.done * 1000) / p.elapsedMs).toFixed(1) : '0.0';
}
