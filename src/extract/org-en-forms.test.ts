import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional notices: forms in which an English notice names its issuer (session 9, branch h/en-org).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): more forms of the issuer (session 9, h/en-org)', () => {
  it('reads the subject of "we are writing to inform you that X has …"', () => {
    expect(
      org('We are writing to inform you that Pellworth Guild has reason to believe that log-ins were taken.'),
    ).toBe('Pellworth Guild');
    expect(
      org('I am writing to notify you that the Town of Ferrisvale recently learned that a file was exposed.'),
    ).toBe('Town of Ferrisvale');
  });
  it('reads what the writer says of itself ("X recommends", "X sincerely apologizes") and "X leadership learned"', () => {
    expect(org('Your card may have been read. Tallow Lane recommends that you review your statements.')).toBe(
      'Tallow Lane',
    );
    expect(org('Brisket Brothers sincerely apologizes for any trouble this causes.')).toBe(
      'Brisket Brothers',
    );
    expect(org('Harmonia Choir leadership learned of the intrusion in March.')).toBe('Harmonia Choir');
  });
  it('reads an own thing whose determiner opens the sentence ("A Ferris County computer was …")', () => {
    expect(org('A Quillan County computer was infected by unknown users last spring.')).toBe(
      'Quillan County',
    );
  });
  it('reads the letter’s data as the object of the act ("accessed X customer data")', () => {
    expect(org('We found that an intruder accessed Plumtree Toys customer data on one server.')).toBe(
      'Plumtree Toys',
    );
    expect(org('Last week we learned that stolen Kestrelnet user login\ndata was offered for sale.')).toBe(
      'Kestrelnet',
    );
  });
  it('reads the holder of a server, a job or a letter ("server was used by X", "a position with X")', () => {
    expect(org('The server was used by the Lindqvist Institute of Botany to store survey data.')).toBe(
      'Lindqvist Institute of Botany',
    );
    expect(org('The file held details you gave when you applied for a position with Carrowmore.')).toBe(
      'Carrowmore',
    );
    expect(org('Early on May 6 the file server at Dunmore Optics was infected by ransomware.')).toBe(
      'Dunmore Optics',
    );
    expect(org('On May 2, several letters from the Arden County Library were lost in transit.')).toBe(
      'Arden County Library',
    );
  });
  it('reads "we have discovered that X has experienced …" but not a vendor’s "had experienced"', () => {
    expect(
      org('We have discovered that Larchfield Mutual has experienced a cyberattack on its network.'),
    ).toBe('Larchfield Mutual');
    expect(org('We learned that Quenby Payroll had experienced a cyberattack on its network.')).toBeNull();
  });
  it('reads "writing to you on behalf of X to notify you", not "collected on behalf of X"', () => {
    expect(
      org(
        'I am writing to you on behalf of Mossgiel Screening, Inc. to notify you of an incident. A courier lost a box.',
      ),
    ).toBe('Mossgiel Screening');
    expect(
      org('A vendor printed forms on behalf of Brackenby Trust and mailed some to the wrong address.'),
    ).toBeNull();
  });
  it('reads the place of the card terminals ("kiosks at some X Markets")', () => {
    expect(org('In May we found malware that affected kiosks at some Pebblebrook Markets.')).toBe(
      'Pebblebrook Markets',
    );
    expect(org('Code ran on point-of-sale terminals at two of our Juniper Grill locations.')).toBe(
      'Juniper Grill',
    );
  });
  it('reads "an investigation by X has confirmed … our guests", not an outside firm’s finding', () => {
    expect(
      org(
        'We write to say that an investigation by Oriel Lodges has confirmed that card numbers of some of our guests were taken.',
      ),
    ).toBe('Oriel Lodges');
    expect(
      org('An investigation by Tarnwick Forensics has confirmed that card numbers were taken.'),
    ).toBeNull();
  });
  it('reads the client a vendor names in "its clients including data of X"', () => {
    expect(
      org(
        'Cloudvane notified us that an intruder took a copy of data from several of Cloudvane’s clients including data of Aldermoor Trust.',
      ),
    ).toBe('Aldermoor Trust');
  });
  it('does not read a document noun opening a sentence as a name ("Correspondence mailed to …")', () => {
    expect(org('Correspondence mailed to an old address of yours may have held visit reminders.')).toBeNull();
  });
  it('skips a forensic firm named after its role, however often it is the subject', () => {
    expect(
      org(
        'A Glenmoor Shoes employee lost a laptop. Glenmoor Shoes retained third-party forensic experts Tarrant Advisory, Inc. (“Tarrant”) to assist. Tarrant concluded its review in May. Tarrant determined that a file was on the laptop.',
      ),
    ).toBe('Glenmoor Shoes');
  });
  it('skips a body engaged "to provide services" and reads its client', () => {
    expect(
      org(
        'Tamsin Farms engaged Brockley Risk to provide insurance services. A Brockley Risk employee had a laptop stolen. Brockley Risk immediately began to review the files.',
      ),
    ).toBe('Tamsin Farms');
  });
  it('reads "X has recently learned" (an adverb between auxiliary and verb)', () => {
    expect(org('Quaystone.net has recently learned that some stored files were opened by outsiders.')).toBe(
      'Quaystone.net',
    );
  });
  it('reads the subject after an opening clause that ends on a vendor role ("by our processor, X began")', () => {
    expect(
      org(
        'After a warning from our card processor, Larkspur Inn began a review and engaged a security firm.',
      ),
    ).toBe('Larkspur Inn');
    expect(
      org('We were told by our vendor, Quillbank, that a server was reached. We use Quillbank for payroll.'),
    ).toBeNull();
  });
  it('reads a name that opens with an ordinal before a capitalised word ("a 32nd Street Clinic database")', () => {
    expect(org('Someone may have reached a 32nd Street Clinic database in October.')).toBe(
      '32nd Street Clinic',
    );
    expect(org('On the 3rd of May, someone reached a server.')).toBeNull();
  });
  it('reads "X’ Lakeside Valley office" and "at X retail store locations"', () => {
    expect(org('On May 3, WPS’ Lakeside Valley office was broken into and two laptops were taken.')).toBe(
      'WPS',
    );
    expect(org('Cards used at Hollin Lane retail store locations in June may have been read.')).toBe(
      'Hollin Lane',
    );
  });
  it('reads the client that "uses" a vendor’s system, not the vendor', () => {
    expect(
      org(
        'PVUSD uses the Quillon Student Portal to share grades with parents. Quillon later learned that someone exploited a flaw.',
      ),
    ).toBe('PVUSD');
  });
  it('reads "your X account" only when nothing else names the issuer; card networks are never issuers', () => {
    expect(org('We saw a suspicious log-in to your Wanderlog account from an unknown device.')).toBe(
      'Wanderlog',
    );
    expect(
      org('Someone logged in to your Wanderlog account. Brevard Travel detected the log-in on May 2.'),
    ).toBe('Brevard Travel');
    expect(org('A clerk may have shown your Visa card number to a caller.')).toBeNull();
  });
  it('reads a letter that opens by saying what its writer is ("X is a contractor for …", then "we")', () => {
    expect(
      org(
        'Tobermory Data is a records contractor for the County of Elmsby. In May we lost a thumb drive with county files.',
      ),
    ).toBe('Tobermory Data');
    expect(
      org('Tobermory Data is a records contractor for the County of Elmsby. A drive was lost.'),
    ).toBeNull();
  });
  it('reads "Certain X confidential and proprietary information was stolen"', () => {
    expect(org('Certain Fenwick Talent confidential and proprietary information was taken in May.')).toBe(
      'Fenwick Talent',
    );
  });
});
