import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional notices.
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): the writer with its legal form, and units of a short form', () => {
  it('reads "X, LLP, is writing to …" with the legal form set off by commas', () => {
    expect(
      org(
        'Harrowgate Eye Partners, LLP, is writing to let patients know about an incident at a scheduling vendor. ' +
          'The vendor told us that a database was copied.',
      ),
    ).toBe('Harrowgate Eye Partners, LLP');
    expect(
      org('Brindle Freight, Inc., is notifying former drivers of a payroll error. We regret this mistake.'),
    ).toBe('Brindle Freight, Inc.');
  });
  it('reads a unit named by the possessive of a defined short form as the body it stands for', () => {
    expect(
      org(
        'Coldharbour Community Health (CCH), a charity clinic, notifies about 400 patients of CCH’s Diabetes Outreach Service of a stolen laptop. ' +
          'The laptop was taken from a parked car.',
      ),
    ).toBe('Coldharbour Community Health');
  });
  it('keeps a possessive name whose short form the text never defines', () => {
    expect(
      org(
        'This notice concerns patients of ABC’s Wellness Program. Brookfield Clinic learned on May 2 that a file was misplaced.',
      ),
    ).not.toBe('ABC');
  });
});

describe('extractOrganization (English): page chrome and questions name no issuer', () => {
  it('does not read a sign-up prompt or a question heading as the issuer', () => {
    const t =
      'Not a member of Scribbleboard yet? Sign up now.\nDear Valued Customer,\nWe are writing about a data breach on our web shop.\n' +
      'Am I impacted by this?\nOnly orders placed in March were affected.';
    const got = org(t);
    expect(got).not.toBe('Scribbleboard');
    expect(got).not.toBe('Am I');
  });
  it('still reads "patients of X" where it names the writer', () => {
    expect(org('Current and former patients of Wrenfield Podiatry may have had their details exposed.')).toBe(
      'Wrenfield Podiatry',
    );
  });
});
