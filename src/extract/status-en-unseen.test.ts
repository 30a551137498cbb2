import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

// Fictional letters, written for these tests (branch h/en-status, session 9).
const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus (English): the organisation’s own steps are not an act on the data', () => {
  it('does not read "measures were taken" or "steps were taken" as confirmed', () => {
    expect(
      status(
        'Example Tiles found ransomware on its network on May 2, 2099. Measures were taken to restore operations.',
      ),
    ).toBe(null);
    expect(status('Additional steps were taken to secure the Example Tiles portal.')).toBe(null);
    expect(status('Customer records were taken from the Example Tiles portal.')).toBe('confirmed');
  });
});
