import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { expandAcronym } from './org-en.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): the issuer, not its vendor', () => {
  it('skips a vendor that told the letter its story and takes the one it served', () => {
    expect(
      org(
        'Cloudly Widgets provides a login service used by online shops. Cloudly Widgets informed Fernbrook Outfitters that it had removed unauthorized code. We removed the code from our website.',
      ),
    ).toBe('Fernbrook Outfitters');
    expect(
      org(
        'Quillsoft, our former order management provider, told us that its systems were compromised and that data of several of its customers, including Maplegrove. The access ran for months.',
      ),
    ).toBe('Maplegrove');
  });
  it('does not name a vendor when the letter never names itself', () => {
    expect(
      org(
        'The School uses the Gradebook Nine system. Gradebook Nine notified the School that a person may have accessed it.',
      ),
    ).toBeNull();
  });
  it('reads the letter’s own things named with its name', () => {
    expect(org('We learned that an unknown party accessed the Pinecrest servers and copied card data.')).toBe(
      'Pinecrest',
    );
    expect(org('We are writing about the theft of a Lakeview-issued laptop computer.')).toBe('Lakeview');
    expect(
      org('A file was stored on servers owned and managed by a Northwind Mobile supplier. It held names.'),
    ).toBe('Northwind Mobile');
  });
  it('reads a subject with more predicates and a short form in brackets', () => {
    expect(org('Harbor Point Clinic, Inc. manages several practices in the region.')).toBe(
      'Harbor Point Clinic',
    );
    expect(
      org(
        'On May 2, 2021, Example Children’s Hospital – Bayside (ECHB) became aware that a disc was sent out.',
      ),
    ).toBe('Example Children’s Hospital – Bayside');
    expect(org('In June 2020, Samplecorp was contacted by a researcher who found an open database.')).toBe(
      'Samplecorp',
    );
  });
  it('never names a credit bureau or law enforcement', () => {
    expect(
      org('We were notified by the FBI that data may have been taken. Experian will provide monitoring.'),
    ).toBeNull();
  });
  it('reads a defined short form back as the full name', () => {
    expect(
      expandAcronym('EVWD', 'Example Valley Water District (“EVWD”) learned of it. EVWD then acted.'),
    ).toBe('Example Valley Water District');
    expect(expandAcronym('Acme', 'Acme learned of it.')).toBe('Acme');
  });
});
