import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional notices: forms read from the CA AG listing's "none" rows (session 11, branch h/enorg).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): the issuer in forms the readers missed (session 11, h/enorg)', () => {
  it('reads own equipment and premises named with the issuer ("a QVRC lap top", "on QVRC property")', () => {
    expect(org('We learned on May 3 that a QVRC lap top holding your address was stolen.')).toBe('QVRC');
    expect(
      org('Someone broke a window on Tallis Bakeries property and took a Tallis Bakeries hard drive.'),
    ).toBe('Tallis Bakeries');
    expect(org('Two computers were taken from a Murrow Guard operating center last night.')).toBe(
      'Murrow Guard',
    );
  });
  it('reads the body a place or machine belongs to ("a franchise managed by X", "computers in the X")', () => {
    expect(
      org(
        'The Lakeside Grill is an independently owned franchise managed by Ormsby Dining Group, Inc. A safe was taken.',
      ),
    ).toBe('Ormsby Dining Group');
    expect(
      org(
        'The state office told us that one of the computers in the Welland College Dental Clinic had a virus.',
      ),
    ).toBe('Welland College Dental Clinic');
    expect(org('Marks are shared on a grading platform operated by Tessaly Learning.')).toBeNull();
  });
  it('reads an own thing after "affected/impacted" and "U.S." ("cards used at affected U.S. X stores")', () => {
    expect(org('Customers who used cards at affected U.S. Gantry Outfitters stores may be at risk.')).toBe(
      'Gantry Outfitters',
    );
  });
  it('reads the district a vendor names among its clients ("notified over 90 school districts, including PVSD")', () => {
    expect(
      org(
        'On May 2, Quillon Software notified over 90 school districts, including PVSD, that their portal was breached.',
      ),
    ).toBe('PVSD');
  });
  it('reads a possessive before a system named with several words ("X’s web-based quote system")', () => {
    expect(org('A client used Birch & Orwell’s web-based online quote system to ask for a policy.')).toBe(
      'Birch & Orwell',
    );
  });
  it('reads a credential-stuffing letter’s "(not from X)"', () => {
    expect(
      org('The attacker got your password from another source (not from Tarn Outfitters) and used it.'),
    ).toBe('Tarn Outfitters');
  });
  it('reads the subject of a causative "X had their IT consultants scan …"', () => {
    expect(
      org('Fearing a breach, Dunmore and Company, Inc. had their IT consultants scan the network.'),
    ).toBe('Dunmore and Company');
  });
  it('reads a subject whose name holds a word typed in lower case ("Harlan quarry Golf was the victim")', () => {
    expect(org('On Friday, May 4, Harlan quarry Golf was the targeted victim of a spoofed e-mail.')).toBe(
      'Harlan quarry Golf',
    );
    // An opener's lower-case word is no part of a name (never "discovery Wexley Hall").
    expect(org('Upon discovery Wexley Hall began an investigation of the server.')).toBeNull();
  });
  it('reads "your X Card" with a capital (a card issuer writing about a merchant’s breach)', () => {
    expect(org('A merchant where you used your Plover Express Card found a breach of its files.')).toBe(
      'Plover Express',
    );
  });
  it('reads the one that hired the firm at fault ("a consulting firm (contracted by X)", "an employee hired by X")', () => {
    expect(
      org(
        'An error by a worker of a software firm (contracted by Brindle Power) let someone open one of our systems.',
      ),
    ).toBe('Brindle Power');
  });
});
