import { describe, expect, it } from 'vitest';
import { extractCounts } from './counts.js';
import { sents } from './testing/helpers.js';

// Fictional news and web notices, written for these tests (session 14, branch h/enorg6).
const headline = (t: string) => extractCounts(sents(t)).affected?.value.count ?? null;

describe('extractCounts (English web pages): who is counted', () => {
  it('counts families, participants, passengers and data subjects', () => {
    expect(headline('For one hour the records of about 350 families could be seen by other parents.')).toBe(
      350,
    );
    expect(headline('A memory stick holding the details of 14 participants went missing.')).toBe(14);
    expect(headline('The airline said some 2,300,000 passengers worldwide were affected.')).toBe(2300000);
    expect(headline('The leak touched more than 9,000 data subjects, most of them former staff.')).toBe(9000);
  });
  it('does not read a year closed by a comma as a count ("June 3, 2019, when parents …")', () => {
    expect(headline('On June 3, 2019, when parents logged in, they saw another pupil’s marks.')).toBeNull();
  });
  it('keeps "about 1,066" over a headline’s round "1,000" (no more precise), not over "148,620"', () => {
    expect(
      headline(
        '1,000 patients hit by clinic data breach\n\nThe breach concerns approximately 1,066 patients.',
      ),
    ).toBe(1066);
    expect(
      headline('Roughly 150,000 customers were affected. In all, 148,620 customers were notified by letter.'),
    ).toBe(148620);
  });
});
