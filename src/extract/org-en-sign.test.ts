import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional letters: the issuer a letter's layout names (session 17, h/orgen).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;
const BODY =
  'We are writing to tell you about an incident that may involve your information. On January 4 we found that an email account was accessed.';

describe('extractOrganization (English): letterhead, signature, law firm, wire release (h/orgen)', () => {
  it('reads the letterhead above the date of a letter that greets its reader', () => {
    expect(org(`Fernbank Dental Group\n\nMarch 3, 2024\n\nDear Patient,\n\n${BODY}`)).toBe(
      'Fernbank Dental Group',
    );
    // A heading is no letterhead.
    expect(org(`Notice of Data Incident\n\nMarch 3, 2024\n\nDear Patient,\n\n${BODY}`)).toBe(null);
  });
  it('reads the body signed after the signer’s title, or a team', () => {
    expect(
      org(
        `Dear Member,\n\n${BODY}\n\nSincerely,\n\nJane Roe\nChief Executive Officer\nMaple Leaf Outfitters`,
      ),
    ).toBe('Maple Leaf Outfitters');
    expect(org(`Dear Member,\n\n${BODY}\n\nSincerely,\n\nThe Quillfeather Privacy Team`)).toBe(
      'Quillfeather',
    );
    expect(org(`Dear Customer,\n\n${BODY}\n\nSincerely,\nGlenmoor Pharmacy`)).toBe('Glenmoor Pharmacy');
    // A signer's own name is no organisation.
    expect(org(`Dear Member,\n\n${BODY}\n\nSincerely,\n\nJane Roe`)).toBe(null);
  });
  it('reads the client a law firm represents, never the firm', () => {
    expect(
      org(
        'Mullen Rook LLP\n1200 Market Street\nPhiladelphia, PA 19107\n\nMay 1, 2024\n\nDear Sir or Madam:\n\nWe represent Tallow Creek Farms in connection with a recent data security incident. Personal information of residents may have been affected.\n\nSincerely,\n\nJohn Doe\nPartner\nMullen Rook LLP',
      ),
    ).toBe('Tallow Creek Farms');
    expect(
      org(
        'Dear Sir or Madam:\n\nThis firm represents Tallow Creek Farms with respect to a recent incident. On May 1, an employee mailbox was accessed.\n\nVery truly yours,\n\nJohn Doe\nMullen Rook LLP',
      ),
    ).toBe('Tallow Creek Farms');
  });
  it('reads the issuer after a wire release’s dateline and a headline’s "Provides Notice"', () => {
    expect(
      org(
        'SPRINGFIELD, Ill., May 2, 2024 /PRNewswire/ -- Brackenridge Health today announced that it has begun notifying patients of a cybersecurity incident.',
      ),
    ).toBe('Brackenridge Health');
    expect(
      org(
        'Quillfeather Provides Notice of Data Security Incident\n\nWe recently learned that an unauthorized person reached our network.',
      ),
    ).toBe('Quillfeather');
  });
  it('reads the body the privacy of its people is important to', () => {
    expect(
      org(
        'Notice of Data Security Incident\n\nThe privacy of our patients is important to Brindle Orthopedics. We recently learned that an email account was accessed.',
      ),
    ).toBe('Brindle Orthopedics');
  });
  it('reads a headline that names its sender after the notice word', () => {
    const body = '\n\nWe recently found unusual activity on our network and took systems offline.';
    expect(org(`Statement from Harlow Regional Hospital regarding cybersecurity incident${body}`)).toBe(
      'Harlow Regional Hospital',
    );
    expect(org(`Update on Wren Valley Health cybersecurity incident${body}`)).toBe('Wren Valley Health');
    expect(org(`Notice to Patients of Silverbirch Family Medicine${body}`)).toBe(
      'Silverbirch Family Medicine',
    );
    expect(org(`Halden Water District Data Security Incident${body}`)).toBe('Halden Water District');
  });
  it('reads an e-mail’s sender when the address is the sender’s own', () => {
    const mail =
      '\nSubject: Important security notice\n\nDear Customer,\nWe recently found that an intruder reached our online banking site.';
    expect(org(`From: Ostrava Savings Bank <alerts@ostravasavings.com>${mail}`)).toBe('Ostrava Savings Bank');
    expect(org(`From: Jane Roe <jroe@mailbox.example>${mail}`)).toBe(null);
  });
  it('reads a defined term given with its article ("the Library")', () => {
    expect(
      org(
        'Notice of Data Event\n\nThe Frostburg Public Library ("the Library") recently discovered suspicious activity on a staff computer.',
      ),
    ).toBe('Frostburg Public Library');
  });
  it('gives no name for an enclosure, a team without a body, or the reader above the date', () => {
    expect(org(`Dear Member,\n\n${BODY}\n\nSincerely,\n\nJane Roe\nChief Executive Officer\nEnclosure`)).toBe(
      null,
    );
    expect(org(`Dear Customer,\n\n${BODY}\n\nSincerely,\n\nCustomer Care Team`)).toBe(null);
    expect(org(`John Smith\n\nMarch 3, 2024\n\nDear John,\n\n${BODY}`)).toBe(null);
  });
});
