import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional notices: how a notice introduces its issuer (session 10, branch h/en-org).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): a defined term with several terms in its brackets', () => {
  it('reads ("BMC" or "Clinic") and (“we,” “us,” or “our”)', () => {
    expect(
      org('On May 3, 2021, Bramble Mill Clinic ("BMC" or "Clinic") found that a mailbox had been opened.'),
    ).toBe('Bramble Mill Clinic');
    expect(
      org('Fenwick Tallow Partners (“we,” “us,” or “our”) learned that a laptop was taken from a car.'),
    ).toBe('Fenwick Tallow Partners');
  });
  it('still skips a vendor defined with several terms', () => {
    expect(
      org('We were told that our vendor Quarry Data Works ("QDW" or "Vendor") was attacked. Our systems were not.'),
    ).not.toBe('Quarry Data Works');
  });
});
