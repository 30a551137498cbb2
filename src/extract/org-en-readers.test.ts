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
      org(
        'We were told that our vendor Quarry Data Works ("QDW" or "Vendor") was attacked. Our systems were not.',
      ),
    ).not.toBe('Quarry Data Works');
  });
});

describe('extractOrganization (English): the owner of the thing lost', () => {
  it('reads "a laptop belonging to the offices of Dr. X", "a phone owned by X"', () => {
    expect(
      org(
        'On July 8, 2022, a laptop belonging to the dental offices of Dr. Mira Castell was stolen from a car.',
      ),
    ).toBe('Dr. Mira Castell');
    expect(org('A phone owned by Quince Valley Farms was lost on a train. It held staff names.')).toBe(
      'Quince Valley Farms',
    );
  });
  it('reads the issuer an email went outside of ("an account not belonging to X")', () => {
    expect(
      org(
        'An email was sent in error to an email account not belonging to Harlow Street Lending. We have no sign it was read.',
      ),
    ).toBe('Harlow Street Lending');
  });
  it('skips an owner the letter calls its firm or vendor', () => {
    expect(
      org(
        'A laptop belonging to Tamsin Audit Group, the accounting firm that audits our plan, was stolen from a car.',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization (English): a letter that opens by saying what its writer does', () => {
  it('reads "X is on the front lines of …" followed by "we"', () => {
    expect(
      org(
        'Tessaline Guard is on the front lines of protecting small firms. Recently, we were attacked by a skilled group.',
      ),
    ).toBe('Tessaline Guard');
  });
  it('skips a vendor that opens the letter and told the writer', () => {
    expect(
      org(
        'Loomwell is widely used by school districts. Loomwell notified us that an intruder reached its servers.',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization (English): a staff member named with a long or numbered name', () => {
  it('reads "a X Local Union No. 71 employee" and a department’s long name', () => {
    expect(org('On May 2, a Tilers’ Local No. 71 employee lost a bag holding member files.')).toBe(
      'Tilers’ Local No. 71',
    );
    expect(
      org(
        'On May 2, 2023, a Brookmere Health East Valley Patient Billing Department employee sent a list to the wrong address.',
      ),
    ).toBe('Brookmere Health East Valley Patient Billing Department');
  });
});

describe('extractOrganization (English): an aside between the subject and its verb', () => {
  it('reads "X, with the help of outside experts, identified …"', () => {
    expect(
      org(
        'On June 3, 2022, Orvale Trust, with the help of outside forensic experts, identified code on its site.',
      ),
    ).toBe('Orvale Trust');
    expect(
      org('Pinegate Dental, in coordination with law enforcement, determined that a server was reached.'),
    ).toBe('Pinegate Dental');
  });
  it('still skips a vendor that told the letter, even with an aside', () => {
    expect(
      org(
        'Rowhill Cloud, with the help of outside experts, determined that its servers were reached. Rowhill Cloud notified us on May 2.',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization (English): the client of a vendor', () => {
  it('reads "X and Y use a platform operated by V" and "a provider X uses"', () => {
    expect(
      org(
        'Fallow Creek School District and Ridge Academy use a student data platform operated by Vendly Inc. ("Vendly"). In May, Vendly told us of a breach.',
      ),
    ).toBe('Fallow Creek School District');
    expect(
      org(
        'We received a report from a provider Marlow County uses for court transcripts. The provider was attacked.',
      ),
    ).toBe('Marlow County');
  });
});

describe('extractOrganization (English): a brand’s mark after the subject', () => {
  it('reads "X® discovered" and "X™ learned" without the mark', () => {
    expect(
      org('On March 3, 2021, Quillfeather Bank® discovered that a former contractor kept customer files.'),
    ).toBe('Quillfeather Bank');
    expect(org('Tumbleweed Snacks™ learned that its checkout page held unknown code.')).toBe(
      'Tumbleweed Snacks',
    );
  });
});

describe('extractOrganization (English): a platform or bureau that writes its own notice', () => {
  it('reads a bureau that opens the letter as the one that found the breach, then "we"', () => {
    expect(org('On March 4, 2024, Experian discovered that a tool exposed files. We acted at once.')).toBe(
      'Experian',
    );
    expect(
      org('A recent investigation by Google has confirmed that some files were copied from our systems.'),
    ).toBe('Google');
  });
  it('does not read a bureau named for a credit freeze, or one that told the letter’s writer', () => {
    expect(org('You may place a freeze with Equifax. Equifax discovered nothing unusual.')).toBeNull();
    expect(
      org('On March 4, 2024, Google discovered that a mailbox of a Fernway Dental employee was opened.'),
    ).toBe('Fernway Dental');
  });
});

describe('extractOrganization (English): people named before the body that opens a sentence', () => {
  it('reads "Employees of X received …" as X', () => {
    expect(org('Employees of Fernlee Market received phishing emails on May 2.')).toBe('Fernlee Market');
    expect(org('Members of the Fernlee Credit Union learned of an incident.')).toBe('Fernlee Credit Union');
  });
});

describe('extractOrganization (English): a greeting to the organisation’s own people', () => {
  it('reads "Dear X Customer,", "To All X Customers,", "To Our X Community,"', () => {
    expect(
      org('Dear Tallowmere Customer,\nWe recently told you that a stranger opened a backup store.'),
    ).toBe('Tallowmere');
    expect(org('To All Quillfield Bank Customers,\nOn March 2 we found a fault in our app.')).toBe(
      'Quillfield Bank',
    );
    expect(org('To Our Brindle Community,\nWe want to give you an update on our review.')).toBe('Brindle');
  });
  it('names no one in "Dear Valued Customer" or "Dear Member"', () => {
    expect(
      org('Dear Valued Customer,\nWe recently told you that a stranger opened a backup store.'),
    ).toBeNull();
    expect(org('Dear Member:\nWe recently told you that a stranger opened a backup store.')).toBeNull();
  });
});

describe('extractOrganization (English): a question heading is no organisation', () => {
  it('does not read "What happened?" or "How did this occur?" as a name', () => {
    const text =
      'Notice of incident\nWhat happened? On May 2 a stranger opened a mailbox.\nWhat happened next? The review by Harlow Seed Co’s staff goes on.';
    expect(org(text)).not.toBe('What');
    expect(org('How did this occur? How was it found? We found a stranger in a mailbox.')).not.toBe('How');
  });
});

describe('extractOrganization (English): a date read into the name', () => {
  it('leaves out a month closed by a comma before the defined name', () => {
    expect(
      org(
        'On Friday 31st March, Brindlecott Holdings plc (“Brindlecott”) found that its file servers had been entered.',
      ),
    ).toBe('Brindlecott Holdings plc');
  });
  it('keeps a name that starts with a month word', () => {
    expect(org('May Orchard Foods, Inc. (“May Orchard”) learned that a laptop was taken.')).toBe(
      'May Orchard Foods, Inc.',
    );
  });
});
