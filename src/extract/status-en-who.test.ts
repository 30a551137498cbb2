import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

const status = (t: string, causes: string[] = []) =>
  extractLeakStatus(sents(t), causes as never)?.value ?? null;

describe('English leak status: the modality of the act and who holds the data', () => {
  it('reads a hedge with any manner adverb before a concrete act as possible', () => {
    expect(
      status(
        'Some Fernhill Credit member files could have been improperly and inappropriately viewed; more precisely, they may have been inappropriately viewed by the intruders.',
      ),
    ).toBe('possible');
  });
  it('does not read a manner adverb before "affected" as a new hedge on the act', () => {
    expect(
      status(
        'Quillby found that the intruders used a stolen password to gain unauthorized access to customer information held at two depots. Depot terminals may have been adversely affected in part.',
      ),
    ).toBe('confirmed');
  });
  it('reads "potentially resulting in unauthorized access" as possible', () => {
    expect(
      status(
        'Someone signed in to the Orlen Mutual quote portal with a clerk’s password, potentially resulting in unauthorized access to applicant details.',
      ),
    ).toBe('possible');
  });
  it('reads an inquiry named as a noun as scope, not as a hedge', () => {
    expect(
      status(
        'Dovecot Hall confirmed that an unknown actor gained access to two staff mailboxes. A firm now supports the inquiry into which records in those mailboxes may have been affected.',
      ),
    ).toBe('possible');
    expect(
      status('An unknown actor gained access to the Dovecot Hall payroll files and took copies of them.'),
    ).toBe('confirmed');
  });
  it('reads data in the possession of an outsider as confirmed', () => {
    expect(
      status(
        'Brackley Wealth was told that a USB stick with client records is in the possession of an unknown person; it was in the possession of an unknown party for a week.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'Your Wexby portal password and email address were in the possession of an unauthorized person, a researcher told us.',
      ),
    ).toBe('confirmed');
  });
  it('reads a copy taken by the criminal as confirmed', () => {
    expect(
      status(
        'The attacker took a copy of the Nettle Farm order database with your purchase history. Activity could have gone on until May.',
      ),
    ).toBe('confirmed');
  });
  it('reads customer files removed in a break-in as confirmed', () => {
    expect(
      status(
        'At the Pellow Motors showroom, a burglar forced a drawer and several customer sales files were removed.',
        ['loss_or_theft'],
      ),
    ).toBe('confirmed');
  });
  it('reads "no proof, though, that the data was viewed" as not found', () => {
    expect(
      status(
        'Signs of unauthorized access to the Tarnby network were found. There is no proof, though, that any of the member data was viewed.',
      ),
    ).toBe('not_found');
  });
});
