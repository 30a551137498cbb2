import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

const status = (t: string, causes: string[] = []) =>
  extractLeakStatus(sents(t), causes as never)?.value ?? null;

describe('leak status: a flaw that let an outsider reach the data, stated as what happened', () => {
  it('reads "allowed an unauthorized party to access … information" as confirmed', () => {
    expect(
      status(
        'The break-in at our web shop allowed an unauthorized party to access customer billing and delivery information for orders placed in June.',
      ),
    ).toBe('confirmed');
  });
  it('keeps the same act hedged or denied as not confirmed', () => {
    expect(
      status(
        'The flaw potentially allowed an unknown person to access member contact details for a few hours.',
      ),
    ).toBe('possible');
    expect(
      status('The error could have allowed an outside party to view account data, but no one did so.'),
    ).not.toBe('confirmed');
  });
});
