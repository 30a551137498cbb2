import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

// Fictional notices, written for these tests (branch h/enfacts).
const classes = (t: string) => extractDataClasses(sents(t), 'en').map((f) => f.value);

describe('extractDataClasses (English web notices): words for the data', () => {
  it('reads giving or donation history as charitable donations', () => {
    expect(classes('The stolen file held names, addresses and giving history of our supporters.')).toContain(
      'Charitable donations',
    );
    expect(classes('Records involved included donation history and phone numbers.')).toContain(
      'Charitable donations',
    );
  });
  it('reads health card information as health insurance information', () => {
    expect(classes('The data accessed may include your name and health card information.')).toContain(
      'Health insurance information',
    );
  });
  it('reads card data or card information put at risk as credit cards', () => {
    expect(classes('Card data entered on the payment page could have been compromised.')).toContain(
      'Credit cards',
    );
    expect(classes('Your loyalty card information was not affected.')).not.toContain('Credit cards');
  });
});

describe('extractDataClasses (English web notices): words that name no leaked data', () => {
  it('does not read credit reports the reader is asked to review as credit status information', () => {
    expect(
      classes(
        'The council asks residents to stay alert by reviewing bank statements and credit reports for unknown activity on their data.',
      ),
    ).not.toContain('Credit status information');
    expect(classes('The files accessed included credit reports and loan applications.')).toContain(
      'Credit status information',
    );
  });
  it('does not read phone systems or a compromised phone as phone numbers', () => {
    expect(
      classes('We kept our phone systems running and reached our data backups within a day.'),
    ).not.toContain('Phone numbers');
    expect(classes("The shopper's browser or phone had also been compromised during payment.")).not.toContain(
      'Phone numbers',
    );
    expect(
      classes('Shoppers should update the browser on a laptop or phone browser before paying.'),
    ).not.toContain('Phone numbers');
    expect(classes('The data involved included name, address and phone.')).toContain('Phone numbers');
  });
  it('does not read "across the country" as a geographic location', () => {
    expect(classes('Data access is uneven across the country and services remain disrupted.')).not.toContain(
      'Geographic locations',
    );
  });
  it('does not read the address a notice is mailed to as a leaked address', () => {
    expect(
      classes(
        'We are sending written notice to the mailing address we have on file for each person whose data was involved.',
      ),
    ).not.toContain('Physical addresses');
  });
  it('does not read data named in a denied "such as" list', () => {
    expect(
      classes(
        'The vendor said that no encrypted data such as Social Security numbers or card numbers was accessed.',
      ),
    ).not.toContain('Social security numbers');
  });
});

describe('extractDataClasses (English web notices): British and Australian words', () => {
  it('reads bank details and sort codes as bank account numbers', () => {
    expect(classes('The information accessed included bank details and sort codes.')).toContain(
      'Bank account numbers',
    );
  });
  it('reads national insurance and tax file numbers as government issued IDs, not health insurance', () => {
    const c = classes('The data involved included National Insurance numbers and tax file numbers.');
    expect(c).toContain('Government issued IDs');
    expect(c).not.toContain('Health insurance information');
    expect(classes('The files included health insurance numbers.')).toContain('Health insurance information');
  });
});

describe('extractDataClasses (English web notices): whose card number', () => {
  it('reads identity card numbers as a government ID, not a payment card', () => {
    const c = classes('The copied records held patients’ names, addresses and identity card numbers.');
    expect(c).toContain('Government issued IDs');
    expect(c).not.toContain('Credit cards');
  });

  it('still reads card numbers of payment cards', () => {
    expect(classes('The intruder copied card numbers and expiration dates from the shop.')).toContain(
      'Credit cards',
    );
  });
});

// Fictional sentences, session 15 (branch h/measures8).
describe('extractDataClasses (English web notices): papers, national numbers, descent, list items', () => {
  it('reads health told by its papers or a visit’s reason', () => {
    expect(
      classes('The affected files contained health-related letters and medical assessments of staff.'),
    ).toContain('Personal health data');
    expect(classes('The letters included names, dates of birth and reasons for attendance.')).toContain(
      'Personal health data',
    );
  });
  it('reads national identity numbers, descent, birth country and appointments', () => {
    expect(classes('The portal exposed Aadhaar numbers of 20,000 applicants.')).toContain(
      'Government issued IDs',
    );
    expect(classes('Records showed country of birth and Indigenous status.')).toEqual(
      expect.arrayContaining(['Places of birth', 'Ethnicities']),
    );
    expect(classes('The documents contained names, phone numbers and history of appointments.')).toContain(
      'Appointments',
    );
    expect(classes('The files contained names, addresses and banking information of staff.')).toContain(
      'Bank account numbers',
    );
    expect(classes('The exposed details included religion, caste, location, and bank accounts.')).toContain(
      'Geographic locations',
    );
  });
  it('does not read where a letter went, or an email’s recipients, as postal addresses', () => {
    expect(classes('The county sent notices by post where a current address was known.')).not.toContain(
      'Physical addresses',
    );
    expect(
      classes('The email exposed both personal and business addresses of 900 recipients.'),
    ).not.toContain('Physical addresses');
    expect(classes('The email exposed names and addresses of tenants.')).toContain('Physical addresses');
  });
});

// Fictional notices, written for these tests (branch h/enmeas3).
describe('extractDataClasses (English, outside US letters): health, names, identity numbers', () => {
  it('reads health told by the kind of care or its papers', () => {
    for (const t of [
      'The records included patients’ mental health history.',
      'The files included test results and referral letters.',
      'The records included details of clinical care.',
      'The folder included information about their health.',
      'The list included medical appointments.',
      'The records included counselling notes and imaging reports.',
    ])
      expect(classes(t), t).toContain('Personal health data');
    for (const t of [
      'The report included penetration test results for our website.',
      'The files included customer care records.',
    ])
      expect(classes(t), t).not.toContain('Personal health data');
  });
  it('reads names by their parts', () => {
    expect(classes('The spreadsheet included surnames and initials.')).toContain('Names');
    expect(classes('The form included forenames and dates of birth.')).toContain('Names');
  });
  it('reads identity numbers named by the word identity or a country', () => {
    for (const t of [
      'The data included South African ID numbers.',
      'The files included copies of identity documents.',
      'The database included national identity numbers.',
    ])
      expect(classes(t), t).toContain('Government issued IDs');
    expect(classes('The data included staff ID cards and photographs.')).not.toContain(
      'Government issued IDs',
    );
  });
});
