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

describe('English leak status: an agent between the access and the data, a finding with a count', () => {
  it('reads "the unauthorized access by an unknown party of customer data" as confirmed', () => {
    expect(
      status(
        'The incident involved the unauthorized access by an outside party of personal information of Tamsin Seeds shoppers.',
      ),
    ).toBe('confirmed');
  });
  it('reads a file shared with someone not allowed to receive it as confirmed', () => {
    expect(
      status(
        'A Corrow Health clerk shared your claim form with an agent who was not authorized to receive it.',
      ),
    ).toBe('confirmed');
    expect(
      status('A staff member emailed a spreadsheet containing your details to a personal account.'),
    ).toBe('confirmed');
  });
  it('reads a finding that the intruder accessed a number of records as settling a hedge', () => {
    expect(
      status(
        'An intruder potentially accessed your benefit details. We have confirmation that the intruder accessed 40 records of the 900 staff receiving this letter.',
      ),
    ).toBe('confirmed');
  });
  it('reads credentials that "may have been used to access" an account as possible', () => {
    expect(status('Someone may have used your Pennant Bank password to access your online account.')).toBe(
      'possible',
    );
    expect(
      status(
        'An outsider used stolen passwords to log in to Pennant customer accounts. They may have used these details to buy gift cards.',
      ),
    ).toBe('confirmed');
  });
  it('reads a misdirected message shown not to have been opened as not found', () => {
    expect(
      status(
        'A letter with your policy number went to a wrong address by mistake. We have no evidence that the email was opened.',
        ['misdelivery'],
      ),
    ).toBe('not_found');
  });
  it('reads data "stolen from" a site as confirmed', () => {
    expect(status('We learned that data stolen from the Fenwick forum in 2014 was offered for sale.')).toBe(
      'confirmed',
    );
  });
});

describe('English leak status: denials of the act on the data', () => {
  it('reads data that "had not been copied" as not found', () => {
    expect(
      status(
        'Some Quarry Lane support logs sat on an open server. The review concluded that the data had not been copied by anyone.',
      ),
    ).toBe('not_found');
  });
  it('reads a denial whose clause is after a comma, not the password of another clause, as not found', () => {
    expect(
      status(
        'A reporter, who reached the log server while it had no password, said that no personal user info was made public.',
      ),
    ).toBe('not_found');
    expect(status('Your password was not accessed, but your address may have been viewed.')).toBe('possible');
  });
});

describe('English leak status: a concession and a vague first act', () => {
  it('reads the main clause after "while there is no evidence …" and a later concrete act', () => {
    expect(
      status(
        'Orbry TV is writing to people whose data was compromised in an attack. Its letter says that while nothing shows the billing system was touched, the stolen data does include staff records. The firm earlier said that personal details may have been stolen.',
      ),
    ).toBe('confirmed');
  });
  it('still reads a concession that hedges the act as possible', () => {
    expect(
      status('While we found no sign of misuse, some of your details may have been viewed by the intruder.'),
    ).toBe('possible');
  });
});
