import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

const status = (t: string, causes: string[] = []) =>
  extractLeakStatus(sents(t), causes as never)?.value ?? null;

describe('leak status: the finding about files outranks a hedged lede', () => {
  it('reads an act on files that held the data, found by the inquiry, as confirmed', () => {
    expect(
      status(
        'Maple Ridge Dental is telling 800 patients that some of their records may have been compromised. ' +
          'The review learned that an outside party had accessed a staff mailbox and several files on the office server that contained patient charts.',
      ),
    ).toBe('confirmed');
  });
  it('keeps a finding about the mailbox alone as possible', () => {
    expect(
      status(
        'Some patient records may have been compromised. ' +
          'The review determined that an outside party accessed a staff mailbox that contained patient charts.',
      ),
    ).toBe('possible');
  });
  it('keeps a hedged act on the files as possible', () => {
    expect(
      status('The review found that an outside party may have accessed files that contained patient charts.'),
    ).toBe('possible');
  });
});

describe('leak status: a failure stated for part of the incident', () => {
  it('reads "in some cases it failed to capture the name" as confirmed', () => {
    expect(
      status(
        'Code designed to capture card data was found on the checkout terminals of Juniper Grill. ' +
          'In some cases the code failed to capture the cardholder name.',
      ),
    ).toBe('confirmed');
  });
  it('reads "not obtained during certain weeks" as confirmed', () => {
    expect(
      status(
        'Code designed to capture card data was found on the terminals. Card data was not obtained during certain weeks in May.',
      ),
    ).toBe('confirmed');
  });
  it('keeps a skimmer with nothing more said as possible', () => {
    expect(
      status('Code designed to capture card data was found on the checkout terminals of Juniper Grill.'),
    ).toBe('possible');
  });
});
