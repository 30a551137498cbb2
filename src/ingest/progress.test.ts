import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';
import type { IngestProgress } from './run.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { out: string } {
  const s = {
    isTTY,
    out: '',
    columns: 100,
    write(chunk: string) {
      s.out += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => s,
    removeListener: () => s,
  };
  return s as unknown as NodeJS.WriteStream & { out: string };
}

const at = (done: number, total: number, elapsedMs: number): IngestProgress => ({
  done,
  total,
  elapsedMs,
  counts: { new: done - 1, updated: 0, unchanged: 1, failed: 0 },
  last: { target: 'x', status: 'new' },
});

describe('createProgress', () => {
  it('prints a plain line with counts and rate at most every interval when not on a terminal', () => {
    const stream = fakeStream(false);
    const p = createProgress(stream, { everyMs: 0 });
    p.start(10);
    p.update(at(4, 10, 2000));
    p.update(at(10, 10, 4000)); // the last one is left to the summary
    p.stop();
    expect(stream.out).toBe('ingest: 4/10 (new 3, updated 0, unchanged 1, failed 0) 2.0/s\n');
  });

  it('stays quiet on short runs', () => {
    const stream = fakeStream(false);
    const p = createProgress(stream);
    p.start(3);
    p.update(at(1, 3, 10));
    p.update(at(2, 3, 20));
    expect(stream.out).toBe('');
  });
});
