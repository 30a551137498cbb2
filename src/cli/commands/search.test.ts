import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../errors.js';
import { MAX_QUERY_CHARS, register } from './search.js';

describe('leakwatch search', () => {
  it('refuses a query longer than the search API takes, with a clear message, before opening the store', async () => {
    const program = new Command().exitOverride();
    register(program);
    const err = await program
      .parseAsync(['node', 'leakwatch', 'search', 'あ'.repeat(MAX_QUERY_CHARS + 1)])
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isAppError(err, 'validation_failed')).toBe(true);
    expect((err as Error).message).toContain(
      `1–${MAX_QUERY_CHARS} characters (it has ${MAX_QUERY_CHARS + 1})`,
    );
    expect((err as Error).message.length).toBeLessThan(200);
  });
});
