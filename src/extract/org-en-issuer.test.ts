import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional notices: the issuer among regulators, service firms and brands (session 17, h/orgen).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): issuer, not regulator, service firm or brand (h/orgen)', () => {
  it('never gives the state regulator the writer reported to', () => {
    expect(
      org(
        'The number of people affected was not given in the notification to the Examplia Attorney General’s office. Staff will be retrained.',
      ),
    ).toBe(null);
  });
  it('reads "X is currently notifying" with a lower-case particle in the name', () => {
    expect(
      org(
        'Colline de Brume College is notifying some applicants that their records may have been exposed. The college learned of it in May.',
      ),
    ).toBe('Colline de Brume College');
    expect(
      org(
        'Fernbank Dental Group is currently notifying 212 patients of a stolen laptop. The laptop was taken from a car.',
      ),
    ).toBe('Fernbank Dental Group');
  });
  it('keeps "The Medical Center" when the text writes it as a proper name, not a short form', () => {
    expect(
      org(
        'The Medical Center is currently notifying 310 patients of a theft. A drive was taken from The Medical Center’s records room. Patients of The Medical Center may call us.',
      ),
    ).toBe('The Medical Center');
    expect(org('The Medical Center is currently notifying 310 patients of a theft. A drive was taken.')).toBe(
      null,
    );
  });
  it('gives the parent company that speaks for its brand', () => {
    const text =
      'Pickle Barn hit by card breach\n\nOn Monday, Wexford Dining Group—the parent company of Pickle Barn and Otter Grill—announced the incident on its website. Some card numbers were taken.';
    expect(org(text)).toBe('Wexford Dining Group');
  });
  it('skips the identity-monitoring firm a letter offers, but not one that tells of its own attack', () => {
    expect(
      org(
        'IDX is offering you 12 months of identity protection. To enroll, call the number below. We found that an intruder reached our email system in March.',
      ),
    ).toBe(null);
    expect(
      org(
        'Epiq Issues Statement on Unauthorized System Activity\n\nOn March 1, Epiq discovered unauthorized activity on its systems. Our team took the systems offline.',
      ),
    ).toBe('Epiq');
  });
});
