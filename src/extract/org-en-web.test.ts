import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional web notices: the issuer of a page on its own site.
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English web pages)', () => {
  it('skips a regulator or agency the notice reported to, though it defines a short form', () => {
    expect(
      org(
        'https://example.org/notice\nNotice of Data Event\nOn May 2, 2023, Fernwood Dental became aware of odd activity on its network. We reported the matter to the state police and to the Department of Health and Human Services (“HHS”).',
      ),
    ).toBe('Fernwood Dental');
    expect(
      org(
        'https://example.org/notice\nNotice of Data Security Incident\nWe have told the police and reported the matter to Examplia’s Information and Privacy Commissioner (“IPC”). Keeping records safe is a top priority for us at Larchmont Family Health Group.',
      ),
    ).toBe('Larchmont Family Health Group');
  });

  it('reads the name the page’s own address spells, when the text names the issuer no other way', () => {
    expect(
      org(
        'https://www.maplerivermedical.org/node/12\nNotice of Data Privacy Incident\nIn March we posted notice on this site that Maple River Medical had network outages. The intruder copied some files.',
      ),
    ).toBe('Maple River Medical');
    expect(
      org(
        'https://www.fchas.org/2021/05/02/statement\nStatement on a vendor incident\nA fundraising software vendor, one of Fernwood Children’s Homes and Services providers, told us its systems were hit by ransomware.',
      ),
    ).toBe('Fernwood Children’s Homes and Services');
  });

  it('does not take a one-word brand or a reposting site’s name from the address', () => {
    expect(
      org(
        'https://www.breachnotes.net/a-clinic-tells-of-a-breach\nA clinic tells of a breach\nBreachNotes keeps asking why clinics wait so long. A reader sent us this letter.',
      ),
    ).toBeNull();
  });

  it('takes no bare "City" or "County" as a name', () => {
    expect(
      org(
        'https://example.gov/water\nWater customers urged to check cards\nThe City received a report on Friday that online payments may have led to fraud. The City disabled the site.',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization (English): a public body that calls itself "the City"', () => {
  it('reads the full name the text gives the body of that kind', () => {
    expect(
      org(
        'https://example.gov/notice\nCity of Larkspur Online Payment Notice\nContact: Pat Example, City of Larkspur\nThe City has been told by its payment vendor that card data may have been taken. The City urges customers to watch their statements.',
      ),
    ).toBe('City of Larkspur');
    expect(
      org(
        'https://example.gov/notice\nNotice of a mail incident\nThe County mailed tax forms to the wrong homes last week. Ashgrove County staff are calling every household.',
      ),
    ).toBe('Ashgrove County');
  });
});
