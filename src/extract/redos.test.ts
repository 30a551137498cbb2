import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { ADVERSARIAL_INPUTS } from './testing/adversarial.js';

// A budget, not a benchmark: linear patterns read each input in well under a second; the patterns
// of issue 18 took from 13 s to many minutes. Generous so that a busy machine does not fail it.
const BUDGET_MS = 5_000;

describe('extract() on adversarial inputs of 100 kB (ReDoS, issue 18)', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL_INPUTS)) {
    it(`reads "${name}" within the time budget`, () => {
      const t0 = performance.now();
      const facts = extract(text);
      expect(facts.lang).toMatch(/^(ja|en)$/);
      expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
    });
  }
});
