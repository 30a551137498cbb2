import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

const status = (t: string, causes: string[] = []) =>
  extractLeakStatus(sents(t), causes as never)?.value ?? null;

describe('leak status: an unhedged act stated in other sentence shapes', () => {
  it('reads files "subject to unauthorized access" as confirmed', () => {
    expect(
      status(
        'Our review learned that some records on the clinic server were subject to unauthorized access.',
      ),
    ).toBe('confirmed');
  });
  it('does not read "may have been subject to unauthorized access" as confirmed', () => {
    expect(
      status('Some records on the clinic server may have been subject to unauthorized access.'),
    ).not.toBe('confirmed');
  });
  it('does not read a mailbox "subject to unauthorized access" as an act on the data', () => {
    expect(status('We learned that a staff email account was subject to unauthorized access.')).not.toBe(
      'confirmed',
    );
  });
  it('reads an attack that "resulted in the disclosure of" customer data as confirmed', () => {
    expect(
      status(
        'The chief executive said the intrusion has resulted in the disclosure of our members’ personal information.',
      ),
    ).toBe('confirmed');
  });
  it('keeps "may have resulted in the disclosure of" as possible', () => {
    expect(
      status('The intrusion may have resulted in the disclosure of our members’ personal information.'),
    ).toBe('possible');
  });
  it('reads an incident that "involved a breach of your information" as confirmed', () => {
    expect(
      status(
        'Because the theft of the drop box involved a breach of your confidential information, we told the regulator.',
      ),
    ).toBe('confirmed');
  });
  it('reads intruders who "have stolen" the data as confirmed', () => {
    expect(status('Intruders have stolen the payment details of shoppers at Fernway Garden.')).toBe(
      'confirmed',
    );
  });
  it('keeps intruders who "may have stolen" the data as possible', () => {
    expect(status('Intruders may have stolen the payment details of shoppers at Fernway Garden.')).toBe(
      'possible',
    );
  });
  it('reads the act above a reach hedge on who "could have been affected" as confirmed', () => {
    expect(
      status(
        'Attackers have stolen the card details of shoppers at Fernway Garden. ' +
          'We wrote to every shopper who could have been affected.',
      ),
    ).toBe('confirmed');
  });
  it('reads "an email was sent out which contained personal information" as confirmed', () => {
    expect(
      status(
        'Last Friday an email was sent out to a mailing list which contained personal information about tenants.',
      ),
    ).toBe('confirmed');
  });
  it('reads paper records removed in a break-in as confirmed', () => {
    expect(
      status(
        'Someone broke into our archive unit and four crates of paper records were removed without permission.',
        ['loss_or_theft'],
      ),
    ).toBe('confirmed');
  });
});

describe('leak status: an inquiry finding on what the breach included', () => {
  it('reads "the breach was found to have included" as settling a hedged lede', () => {
    expect(
      status(
        'A web page error may have exposed the email addresses of people who signed up to speak. ' +
          'The breach was later found to have included home addresses as well.',
      ),
    ).toBe('confirmed');
  });
  it('reads a ransom paid to get the data back as settling a hedge on access', () => {
    expect(
      status(
        'Records of patients were on servers that were potentially accessed. ' +
          'We retrieved the data by making a payment to the attackers.',
      ),
    ).toBe('confirmed');
  });
});

describe('leak status: a hedge on a copy after a stated access', () => {
  it('reads access stated as fact, then "it is possible that a copy was taken", as confirmed', () => {
    expect(
      status(
        'An unauthorised person accessed staff contact details and client case notes held by Bellweather Care. ' +
          'It is possible that a copy of these details was taken by that person.',
      ),
    ).toBe('confirmed');
  });
  it('keeps "it is possible that your details were accessed" as possible', () => {
    expect(
      status(
        'An intruder got into a staff mailbox at Bellweather Care. ' +
          'It is possible that client case notes in that mailbox were accessed.',
      ),
    ).toBe('possible');
  });
});

describe('leak status: no breach identified', () => {
  it('reads "the specialists have not identified any data breach" as not_found', () => {
    expect(
      status(
        'Our network went down after a cyber attack. So far the specialists have not identified any data breach.',
      ),
    ).toBe('not_found');
  });
  it('keeps "have not identified any further breach" out of not_found', () => {
    expect(
      status(
        'Staff files were accessed by the intruder. The specialists have not identified any further breach since then.',
      ),
    ).toBe('confirmed');
  });
});

describe('leak status: data said to be at risk of disclosure', () => {
  it('keeps data "at risk for disclosure" as possible beside a lack of evidence of access', () => {
    expect(
      status(
        'Personal data of about 3,000 library members is at risk for disclosure after a folder was left unprotected. ' +
          'The library has no evidence that the files have been accessed.',
      ),
    ).toBe('possible');
  });
  it('does not read "is not at risk of disclosure" as a hedge', () => {
    expect(status('Your library account is not at risk of disclosure.')).not.toBe('possible');
  });
});
