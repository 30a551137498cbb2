import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { deniedDataActEn } from './status-en-denied.js';
import { sents } from './testing/helpers.js';

const status = (t: string, causes: string[] = []) =>
  extractLeakStatus(sents(t), causes as never)?.value ?? null;

describe('leak status: English denials read from the clause about the data', () => {
  it('reads a negated passive whose subject is the data, past a place or a second subject', () => {
    expect(
      status(
        'The town of Elmbrook said its billing portal was offline after an attack. Officials confirmed that payment data held by the water office, as well as resident information on the parks server, has not been compromised.',
      ),
    ).toBe('not_found');
  });
  it('reads a lack of evidence of an act named as a noun on the data', () => {
    expect(
      status(
        'Harlow Valley Schools said the ransomware hit its file servers. An early review has not revealed any evidence of a breach of student or staff personal information.',
      ),
    ).toBe('not_found');
  });
  it('reads "no information being compromised"', () => {
    expect(
      status(
        'The mayor said the outage continues, but the first findings point to no personal data being stolen.',
      ),
    ).toBe('not_found');
  });
  it('reads a negative subject with its own complement, and a negated belief over the act', () => {
    expect(
      status(
        'The district said no personal information about any pupil, teacher or parent had been accessed.',
      ),
    ).toBe('not_found');
    expect(
      status("The county clerk told reporters that they don't believe residents' records have been stolen."),
    ).toBe('not_found');
  });
  it('leaves an open frame or a relative clause alone', () => {
    expect(deniedDataActEn('We cannot confirm that customer data has not been accessed.')).toBeNull();
    expect(deniedDataActEn('We do not know whether the data has not been copied.')).toBeNull();
    expect(deniedDataActEn('Information that was accessed has not been misused.')).toBeNull();
  });
  it('keeps a stated hedge ahead of a lack of evidence', () => {
    expect(
      status(
        'Your information may have been accessed by the intruder. There is no evidence of theft of customer data so far.',
      ),
    ).toBe('possible');
  });
});

describe('leak status: Japanese readings and reach', () => {
  it('reads a denial whose leak word carries a reading in brackets', () => {
    expect(
      status(
        '委託先の社員が名簿を入れた鞄を紛失した。架空名簿の漏洩(ろうえい)は現在確認されていない、と話す。',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
  });
  it('reads a hedge on data beyond the people counted as reach, not as the conclusion', () => {
    expect(
      status(
        '架空通販の運営会社は、会員1万2千名分の住所録の漏えいを確認した、と述べた。1万2千名以外の会員の住所録も漏えいしたおそれについては、調べが続いている。',
      ),
    ).toBe('confirmed');
  });
});
