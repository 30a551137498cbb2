import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

const classes = (t: string) => extractDataClasses(sents(t), 'en').map((f) => f.value);

describe('extractDataClasses (English letters): wordings of the "information involved" list', () => {
  it('reads a curly apostrophe, photographic images and a retirement balance', () => {
    const c = classes(
      'The file contained your name, Driver’s License number, full face photographic images and your 401K balance.',
    );
    expect(c).toContain("Driver's licenses");
    expect(c).toContain('Photos');
    expect(c).toContain('Account balances');
  });
  it('a stolen mobile phone is a device, "address the incident" is a verb', () => {
    expect(classes('A laptop and a mobile phone that contained customer files were stolen.')).not.toContain(
      'Phone numbers',
    );
    expect(classes('Steps were taken to address the incident involving your records.')).not.toContain(
      'Physical addresses',
    );
    expect(classes('The records included your name, address and phone number.')).toContain('Phone numbers');
  });
});

describe('English denial in lists after a subordinate clause', () => {
  it('keeps items of a denied list denied', () => {
    expect(
      classes(
        'Because no account was required, no Social Security numbers, physical addresses or card numbers were compromised.',
      ),
    ).not.toContain('Physical addresses');
  });
});

describe('extractDataClasses (English letters): wordings that name, or do not name, a class', () => {
  it('reads cards used and bank accounts', () => {
    expect(classes('Data linked to payment cards used in transactions may have been affected.')).toContain(
      'Credit cards',
    );
    expect(classes('The data exposed could include payment information including bank accounts.')).toContain(
      'Bank account numbers',
    );
  });
  it('reads a psychological report as health data', () => {
    expect(
      classes('The report contained a psychological assessment and treatment recommendations.'),
    ).toContain('Personal health data');
  });
  it('does not read mailboxes, an employer as a reader, or tax IDs as other classes', () => {
    expect(classes('The intruder may have viewed emails or attachments in the accounts.')).not.toContain(
      'Email addresses',
    );
    expect(classes('We reviewed the contents of the email accounts involved.')).not.toContain(
      'Email messages',
    );
    expect(classes('The report was meant to be accessed only by your employer.')).not.toContain('Employers');
    expect(classes('The data included tax identification numbers.')).not.toContain('Government issued IDs');
  });
});

describe('extractDataClasses (English letters): session 7, a denial heading a long list', () => {
  it('keeps every item of a denied list out, however far it runs', () => {
    const c = classes(
      'The shared folder contained your name and email address. Example Dating does not collect bank account numbers, tax identifiers, driver’s license numbers, passport numbers or other identity documents.',
    );
    expect(c).toContain('Names');
    expect(c).toContain('Email addresses');
    expect(c).not.toContain('Passport numbers');
    expect(c).not.toContain("Driver's licenses");
  });
  it('reads a list opened by "without limitation" or "not limited to" as given', () => {
    const c = classes(
      'Some of your information may have been acquired, including without limitation your name, address and credit card number.',
    );
    expect(c).toContain('Credit cards');
    expect(c).toContain('Names');
  });
  it('does not read what a thief could do with the data as data involved', () => {
    const c = classes(
      'The stolen tablet held your order history. In the wrong hands, such details can be used to open credit cards or obtain passports in your name.',
    );
    expect(c).not.toContain('Credit cards');
    expect(c).not.toContain('Passport numbers');
  });
  it('does not read passwords reset as a step taken as passwords that leaked', () => {
    const c = classes(
      "Names and email addresses of some customers were stored in the system. We reset all staff passwords and rotated our employees' passwords for the shop.",
    );
    expect(c).not.toContain('Passwords');
    expect(classes('The intruder copied customer passwords in hashed form.')).toContain('Passwords');
  });
});

describe('English data classes: session 8, lists that are not denied', () => {
  it('reads "including, but not limited to, …" as a list given', () => {
    const c = classes(
      'The stolen drives held client files including, but not limited to, name, address, Social Security number and driver’s license number.',
    );
    expect(c).toEqual(
      expect.arrayContaining(['Names', 'Physical addresses', 'Social security numbers', "Driver's licenses"]),
    );
  });
  it('does not read "did not occur until" as a denial of the data named before it', () => {
    expect(classes('The first known access to tax information did not occur until June 2022.')).toContain(
      'Taxation records',
    );
    expect(classes('Tax records were not accessed.')).not.toContain('Taxation records');
  });
});

describe('English data classes: session 8, words that only look like data', () => {
  it('does not read an address book, password authentication or a wrapped "password\\nprotected" as data', () => {
    const c = classes(
      'The intruder sent spam to contacts in the mailbox address book. The laptop was password\nprotected. A fault in our password authentication let the intruder in, and the files contained names.',
    );
    expect(c).toContain('Names');
    expect(c).not.toContain('Physical addresses');
    expect(c).not.toContain('Passwords');
  });
});

describe('English data classes: session 8, cards named by brand or by their purchases', () => {
  it('reads a branded card and card purchases as payment cards', () => {
    expect(
      classes(
        'A shop where you used your Mastercard credit card reported that its payment data was accessed.',
      ),
    ).toContain('Credit cards');
    expect(classes('An intrusion affected debit card purchases made at two campus cafes.')).toContain(
      'Credit cards',
    );
  });
});

describe('English data classes: session 10, what a phishing lure went after', () => {
  it('does not read credentials a lure asked for as credentials taken', () => {
    const c = classes(
      'A fake message asked staff members to enter the username and password of their mailbox. It looks like an attempt to obtain the user names and passwords of everyone who got it.',
    );
    expect(c).not.toContain('Usernames');
    expect(c).not.toContain('Passwords');
  });
  it('still reads credentials that were taken, and other data in the same notice', () => {
    expect(
      classes('The intruder obtained customer user names and passwords from the forum database.'),
    ).toEqual(expect.arrayContaining(['Usernames', 'Passwords']));
    expect(
      classes(
        'This was a scam trying to get information. These mailboxes included your name and Social Security number.',
      ),
    ).toContain('Social security numbers');
  });
});

describe('English data classes: session 10, verbs of taking as the data context', () => {
  it('reads the object of "allowed access to", "intercept and obtain" and "capture" as data', () => {
    expect(
      classes(
        'An intrusion into the shop may have allowed access to your name, phone number and card number.',
      ),
    ).toEqual(expect.arrayContaining(['Names', 'Phone numbers', 'Credit cards']));
    expect(
      classes('Attackers could intercept and obtain the cardholder names and email addresses of buyers.'),
    ).toEqual(expect.arrayContaining(['Names', 'Email addresses']));
    expect(classes('The code could capture the billing address typed at checkout.')).toContain(
      'Physical addresses',
    );
  });
  it('still needs a verb of taking: a bare mention is no data context', () => {
    expect(classes('Our clinic moved to a new address in 2019.')).not.toContain('Physical addresses');
  });
});

describe('English data classes: session 10, US words for pay, loans, credit and card codes', () => {
  it('reads salary, wages and compensation as income', () => {
    expect(classes('The file contained your name, salary and hire date.')).toContain('Income levels');
    expect(classes('The spreadsheet included W-2 wage and tax information.')).toContain('Income levels');
    expect(classes('The report included your name, compensation, and plan details.')).toContain(
      'Income levels',
    );
    expect(
      classes('The laptop held data used to assess workers’ compensation claims and compensation amounts.'),
    ).not.toContain('Income levels');
  });
  it('reads loan numbers, loan offers and credit information', () => {
    const c = classes('The letter included your name, loan number, loan offers and credit information.');
    expect(c).toContain('Loan information');
    expect(c).toContain('Credit status information');
  });
  it('reads a card verification code as the CVV', () => {
    expect(
      classes('The exposed data includes card number, verification code and expiration date.'),
    ).toContain('Credit card CVV');
  });
});

describe('English data classes: session 10, a channel, a tax ID and an address search are not data', () => {
  it('does not read "sent … via email" as email addresses', () => {
    const c = classes(
      'Documents containing your name and address that you sent to us via email, may be at risk.',
    );
    expect(c).toContain('Names');
    expect(c).not.toContain('Email addresses');
  });
  it('does not read an Employer Identification Number as an employer', () => {
    expect(classes('The file included your name and Employer Identification Number (EIN).')).not.toContain(
      'Employers',
    );
    expect(classes('The file included your name and employer.')).toContain('Employers');
  });
  it('does not read a search for mailing addresses to notify people as addresses taken', () => {
    expect(
      classes(
        'Since the data was accessible, we worked to locate current mailing addresses for affected people.',
      ),
    ).not.toContain('Physical addresses');
  });
});

describe('English data classes: session 10, a shop location is no geographic data', () => {
  it('does not read the stores or restaurants where a breach happened as locations taken', () => {
    expect(
      classes(
        'Malware may have affected payment data at some Sample Grill locations, and one kiosk location.',
      ),
    ).not.toContain('Geographic locations');
    expect(classes('Data was compromised at a physical location in the city.')).not.toContain(
      'Geographic locations',
    );
  });
  it('reads a country as the last item of a list, and GPS locations', () => {
    expect(classes('The data included your first name, gender and country (together, the Data).')).toContain(
      'Geographic locations',
    );
    expect(classes('The leaked profiles included geolocation and names.')).toContain('Geographic locations');
    expect(classes('The exposed records contained GPS locations of the devices.')).toContain(
      'Geographic locations',
    );
  });
});

describe('English data classes: session 10, a data sentence wrapped before a capitalised word', () => {
  it('reads the line that finishes the sentence as part of it', () => {
    const c = classes(
      'The files that were exposed included names, dates of birth and, for some, Social Security numbers, Tribal\nID cards and photographs of faces.\nWe have since moved the files.',
    );
    expect(c).toContain('Social security numbers');
    expect(c).toContain('Photos');
  });
  it('does not carry a sentence that ended on a full stop, or an acronym cut at the line end', () => {
    expect(
      classes(
        'The files that the intruder reached on the shared drive of the branch included names.\nPhotographs of the new office are on our site.',
      ),
    ).not.toContain('Photos');
    expect(
      classes('The intruder reached our network from a foreign IP\naddress in March through remote access.'),
    ).not.toContain('Physical addresses');
  });
});
