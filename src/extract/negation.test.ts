import { describe, expect, it } from 'vitest';
import { negatedEn } from './negation.js';

const denied = (s: string, word: string) => {
  const at = s.indexOf(word);
  return negatedEn(s, at, at + word.length);
};

describe('negatedEn', () => {
  it('denies a keyword after a negator in its own clause', () => {
    expect(denied('We have not notified the tax office.', 'notified')).toBe(true);
    expect(denied('No card numbers were stored on the server.', 'card numbers')).toBe(true);
  });
  it('does not carry a denial across ", and we …" into a coordinate clause with its own subject', () => {
    expect(
      denied('The tablet has not been found, and we are notifying everyone whose file it held.', 'notifying'),
    ).toBe(false);
    expect(
      denied(
        'The review did not find misuse of the data, so we offered a year of credit monitoring.',
        'offered',
      ),
    ).toBe(false);
    // A list joined by ", and" with no new subject stays in the denied clause.
    expect(denied('We did not store names, dates of birth, and addresses.', 'addresses')).toBe(true);
  });
});
