import { describe, expect, it } from 'vitest';
import { firstChars } from './first-chars.js';
import { extractLeakStatus } from './status.js';
import * as EN from './status-en.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus (English letters): modality and the conclusion', () => {
  it('reads the data as the object of the act as confirmed', () => {
    expect(
      status('An unknown party accessed the Example servers and acquired certain payment card data.'),
    ).toBe('confirmed');
    expect(
      status('On June 3, 2099, we learned that outsiders obtained the login credentials of one account.'),
    ).toBe('confirmed');
    expect(
      status('The attackers used malware to gain unauthorized access to customer personal information.'),
    ).toBe('confirmed');
    expect(status('Your file was inadvertently included on a disc sent to a partner.')).toBe('confirmed');
  });
  it('reads might/could/also and "it is possible that … accessed" as possible', () => {
    expect(status('A third party might have gained access to names and card numbers.')).toBe('possible');
    expect(status('The unauthorized code could have captured information entered at checkout.')).toBe(
      'possible',
    );
    expect(status('The malware may have also accessed other rental information.')).toBe('possible');
    expect(status('It is possible that the researcher used the flaw to gain access to some files.')).toBe(
      'possible',
    );
    expect(
      status('The review was not able to determine which messages were viewed by the intruder.', [
        'unauthorized_access',
      ]),
    ).toBe('possible');
  });
  it('does not read a hedge about misuse as a hedge about the leak', () => {
    expect(
      status(
        'A file with names was copied from a compromised email account. It is possible that thieves can use it.',
      ),
    ).toBe('confirmed');
  });
  it('a stolen laptop is not stolen data; no indication of access is not_found', () => {
    expect(status('On May 1, 2099, an employee laptop was stolen from a car.', ['loss_or_theft'])).toBe(
      'possible',
    );
    expect(
      status(
        'There is no indication of any unauthorized access to or use of your information, but a password-protected laptop was stolen.',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
  });
  it('data left reachable from the internet is an exposure (possible)', () => {
    expect(
      status('A scanner inadvertently exposed some records to the Internet.', ['misconfiguration']),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): hedges, denials and the data as subject', () => {
  it('reads "could not rule out" and "potentially compromised" as possible', () => {
    expect(
      status(
        'An employee email account was accessed without authorization. Example Widgets could not rule out that files in it were viewed.',
      ),
    ).toBe('possible');
    expect(status('We are writing to customers whose card data was potentially compromised.')).toBe(
      'possible',
    );
  });
  it('reads "it is possible" without "that" and across a long list', () => {
    expect(
      status(
        'It is possible personal information about you and your family, including your name, address, date of birth and bank account number (for direct deposit), was obtained.',
      ),
    ).toBe('possible');
  });
  it('reads "no customer information was accessed" as not found', () => {
    expect(
      status(
        'A researcher found the flaw. We are confident that no customer information was accessed by anyone else.',
      ),
    ).toBe('not_found');
  });
  it('reads data left reachable by the public as possible', () => {
    expect(
      status('Some forms had become temporarily accessible to the general public through search engines.'),
    ).toBe('possible');
  });
  it('reads the data as the subject of an unhedged act as confirmed', () => {
    expect(
      status('The content of our Example Forum was the subject of unauthorized access and acquisition.'),
    ).toBe('confirmed');
    expect(status('Records about our merchants had been shared outside of the company by a supplier.')).toBe(
      'confirmed',
    );
    expect(status('Your shop account was one of the accounts accessed by these individuals.')).toBe(
      'confirmed',
    );
  });
  it('reads a hedge on the reader’s own data after a stated leak as confirmed', () => {
    expect(
      status(
        'Some information for a number of patients was accessed without authorization. Your information may have been involved.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'We found the theft of payment information from our online store. Your information may have been affected if you paid by card.',
      ),
    ).toBe('confirmed');
  });
  it('keeps a hedge when no data is said to be taken', () => {
    expect(
      status(
        'Email accounts were accessed. We have no evidence that information was accessed. Your information may have been affected.',
      ),
    ).not.toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): no evidence beside a stated possibility', () => {
  it('keeps a stated possibility over a lack of evidence', () => {
    expect(
      status(
        'It is possible that your personal information was accessed by an unknown party. We have no evidence that your personal information was accessed or misused.',
      ),
    ).toBe('possible');
  });
  it('reads a hedge on the mailbox, not the data, as no more than the finding', () => {
    expect(
      status(
        'A clerk’s mailbox at Example Widgets may have been compromised through a phishing email. So far we have no evidence that your data in it was accessed.',
      ),
    ).toBe('not_found');
  });
  it('reads a lack of evidence alone as not found', () => {
    expect(
      status(
        'A laptop was stolen from a car. We do not have any evidence that your information was accessed.',
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English letters): a reported suspicion the letter settles', () => {
  it('reads a suspicion someone reported, then confirmed, as confirmed', () => {
    expect(
      status(
        'A researcher contacted us to let us know about a potential breach of our users’ data. We can now confirm this breach is real.',
      ),
    ).toBe('confirmed');
  });
  it('still reads the letter’s own hedge as possible', () => {
    expect(status('We are investigating a potential breach of our systems.')).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): an actor’s act on the data or what holds it', () => {
  it('reads "collected information" and "accessed folders containing" as confirmed', () => {
    expect(
      status(
        'Example Widgets Inc. learned that an outsider entered a vendor system and collected information about orders.',
      ),
    ).toBe('confirmed');
    expect(status('The intruder also accessed shared folders containing tax records of our clients.')).toBe(
      'confirmed',
    );
    expect(status('The intruder may have accessed shared folders containing tax records.')).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): a possible access named as such', () => {
  it('reads "possible unauthorized access" and "a potential data security incident" as possible', () => {
    expect(
      status('Example Widgets Inc. is notifying customers of possible unauthorized access to two mailboxes.'),
    ).toBe('possible');
    expect(
      status('On May 2, 2099, Example Widgets Inc. discovered a potential data security incident.'),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): data left reachable', () => {
  it('reads "had been left accessible" as possible', () => {
    expect(
      status('We learned that a test database had inadvertently been left accessible via the internet.'),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): some data accessed', () => {
  it('reads "accessed some/certain … data" as confirmed', () => {
    expect(
      status('We determined that an outsider accessed some Example Widgets user data on May 4, 2099.'),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): more hedged acts', () => {
  it('reads "may have been improperly forwarded/released" and "potentially allowed" as possible', () => {
    expect(status('Some member records may have been improperly forwarded to an outside mailbox.')).toBe(
      'possible',
    );
    expect(status('Your name may have been released in a notice mailed to the wrong firm.')).toBe('possible');
    expect(status('The script potentially allowed an outsider to capture card numbers.')).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): a finding that the data was not reached', () => {
  it('reads "no evidence that any of this information was viewed" and its kin as not found', () => {
    expect(
      status(
        'The mailbox held a form with your details. Our team has no evidence that any of this information was viewed or otherwise compromised.',
      ),
    ).toBe('not_found');
    expect(
      status(
        'A tablet was taken from a clinic van. There is no indication that this was more than a random theft or that your information on the tablet has actually been accessed.',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
    expect(status('Example Widgets did not identify that any data was compromised.')).toBe('not_found');
    expect(
      status('We at Example Widgets have no reason to believe that your customer records were compromised.'),
    ).toBe('not_found');
  });
  it('does not read a denial about other data, or about misuse, as not found', () => {
    expect(
      status(
        'An outsider obtained the login credentials of two mailboxes. We have no indication that any personal information beyond the stolen login information was acquired.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'Some patient records were accessed by an outsider. We have no evidence that any information that was accessed has been misused.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): a password-protected device', () => {
  it('reads "password protected" as the device’s lock, not a denial about passwords', () => {
    expect(
      status(
        'A notebook computer of our office was stolen. We have no reason to believe that your information has been compromised, as the computer was password protected.',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English letters): hedges on the reach of the incident', () => {
  it('reads "may have resulted in unauthorized access", "potential disclosure" and kin as possible', () => {
    expect(
      status(
        'Example Widgets learned that the intrusion may have resulted in unauthorized access to staff records.',
      ),
    ).toBe('possible');
    expect(status('A phishing message led to the potential disclosure of your claim details.')).toBe(
      'possible',
    );
    expect(status('If you ordered by phone in May 2099, you may be affected by this matter.')).toBe(
      'possible',
    );
    expect(status('An outsider potentially had access to a few store mailboxes.')).toBe('possible');
    expect(status('A stolen tablet may have contained your name and address.', ['loss_or_theft'])).toBe(
      'possible',
    );
  });
  it('does not read an inquiry’s scope as a hedge', () => {
    expect(
      status(
        'A firm was engaged to assess the potential disclosure of files. The intruder copied the payroll files.',
      ),
    ).toBe('confirmed');
  });
  it('keeps a finding of no access beside a hedge on what a device held', () => {
    expect(
      status(
        'There is no indication of any unauthorized access to your information. A locked notebook computer that may have contained your name was stolen.',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English letters): data where the intruder was', () => {
  it('reads data "present in the impacted email accounts" as possible', () => {
    expect(
      status(
        'Two staff mailboxes were subject to unauthorized access in May 2099. The review found that your information was present in the affected email accounts.',
      ),
    ).toBe('possible');
  });
  it('reads "could not confirm that your information was acquired" as possible', () => {
    expect(
      status(
        'An outsider logged into a mailbox of Example Widgets. We could not confirm that your information was actually acquired.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): data sent by mistake, records counted, a hedge settled', () => {
  it('reads data sent or attached by mistake as confirmed, a safeguard as nothing', () => {
    expect(status('A clerk of Example Credit Union mistakenly sent your statement to another member.')).toBe(
      'confirmed',
    );
    expect(
      status('Our office sent a reminder to applicants. Inadvertently attached to it was a list of names.'),
    ).toBe('confirmed');
    expect(status('We review every mailing so that nothing is inadvertently disclosed.')).toBe(null);
  });
  it('reads a count of records accessed as confirmed', () => {
    expect(status('An outsider accessed nearly 900 of our cardholder records on May 4, 2099.')).toBe(
      'confirmed',
    );
  });
  it('reads "did access … data" after a hedge as confirmed', () => {
    expect(
      status(
        'We were told the intruder may have accessed our portal. On May 9, 2099 we learned that the intruder did access member data.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): the actor as the subject of a denied act', () => {
  it('reads "no evidence that the intruder viewed any …" as not_found', () => {
    expect(
      status(
        'On May 2, 2099, an outsider obtained access to a mailbox at Example Dental. We found no evidence that the outsider actually opened any messages holding your details.',
      ),
    ).toBe('not_found');
    expect(
      status(
        'Malware ran on the tills of Example Bakery for two weeks. There is no indication that the malware exported any customer data.',
      ),
    ).toBe('not_found');
    expect(
      status(
        'A logging fault at Example Shop kept some passwords in plain text. So far we see no indication that there has been any unauthorized access, to these logs or elsewhere.',
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English letters): hedges on access and reach', () => {
  it('reads "may have had access", "the potential for unauthorized access" and "potentially affected" as possible', () => {
    expect(
      status('Example Vineyards found that the intruder may have had access to our network for two days.'),
    ).toBe('possible');
    expect(
      status(
        'On May 5, 2099, our investigation identified the potential for unauthorized access to card data.',
      ),
    ).toBe('possible');
    expect(
      status('A supplier of Example Brokers had an incident that potentially affected four clients.'),
    ).toBe('possible');
    expect(status('Your card was potentially involved in this incident.')).toBe('possible');
    expect(status('We reviewed the records potentially affected by this incident.')).toBe(null);
  });
  it('reads data that "may have been contained in" a mailbox someone accessed as possible', () => {
    expect(
      status(
        'We learned that your details may have been contained in a mailbox that was accessed by an outsider.',
      ),
    ).toBe('possible');
  });
  it('reads "will not be able to rule out" as possible beside a lack of evidence', () => {
    expect(
      status(
        'We found no evidence that your information was viewed by the outsider, but we will not be able to rule out that this happened.',
      ),
    ).toBe('possible');
  });
  it('does not read an inquiry into the potential for access as a hedge', () => {
    expect(status('We hired experts to assess the potential for unauthorized access to our files.')).toBe(
      null,
    );
  });
});

describe('extractLeakStatus (English letters): unauthorized access stated as what happened', () => {
  it('reads "resulted in / involved unauthorized access to" and "used … to gain access to" as confirmed', () => {
    expect(
      status(
        'Example Deals suffered an attack on its servers that resulted in unauthorized access to some member data.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'The incident involved unauthorized access to a database of the collection agency holding patient details.',
      ),
    ).toBe('confirmed');
    expect(status('An outsider used stolen passwords to gain access to order information.')).toBe(
      'confirmed',
    );
  });
  it('keeps a hedged result possible and a denied one not confirmed', () => {
    expect(status('The attack may have resulted in unauthorized access to some member data.')).toBe(
      'possible',
    );
    expect(status('The attack did not result in unauthorized access to any member data.')).not.toBe(
      'confirmed',
    );
    expect(status('Someone attempted to gain access to order information.')).toBe(null);
    expect(
      status(
        'We hired experts to learn whether the attack resulted in unauthorized access to any member data.',
      ),
    ).toBe(null);
  });
});

describe('extractLeakStatus (English letters): access gained, data likely taken', () => {
  it('reads "gained unauthorized access to" and "likely exfiltrated … data" as confirmed', () => {
    expect(
      status(
        'On May 3, 2099, a stranger gained unauthorized access to our office systems holding patient charts.',
      ),
    ).toBe('confirmed');
    expect(status('The review found that the attacker likely exfiltrated a small amount of data.')).toBe(
      'confirmed',
    );
  });
  it('keeps a hedged gain possible', () => {
    expect(status('A stranger may have gained unauthorized access to our office systems.')).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): a finding settles an earlier hedge', () => {
  it('reads "determined that the outsider was able to gain access to" after "may have" as confirmed', () => {
    expect(
      status(
        'In June 2099 we learned that an outsider may have reached one of our servers. Our review determined that the outsider was able to gain access to a server holding job applications.',
      ),
    ).toBe('confirmed');
  });
  it('keeps a finding that leaves the data open possible', () => {
    expect(
      status(
        'An outsider may have gained access to one of our servers. We determined that the outsider was able to gain access to the server, but not whether any file was opened.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): logins with valid passwords', () => {
  it('reads "used valid user names and passwords to log in" as confirmed, a hedged attempt not', () => {
    expect(
      status(
        'An outsider used valid user names and passwords to log in to some Example Outfitters profiles.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'Outsiders may have used passwords taken elsewhere to attempt to log in to your Example Outfitters account.',
      ),
    ).not.toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): unauthorized access found, stated as a noun', () => {
  it('reads "identified unauthorized access to card data" as confirmed, not a hedged one', () => {
    expect(
      status(
        'On May 2, 2099, the review identified unauthorized access to payment card data from the Example shop.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'The review identified unauthorized access to the Example server; card data may have been viewed.',
      ),
    ).toBe('possible');
  });
});

describe("extractLeakStatus (English letters): a reader who received another person's papers", () => {
  it('reads "received another member\'s statement" as confirmed, one\'s own statement not', () => {
    expect(
      status(
        "During the March 2099 mailing, some members received another member's statement with their own.",
      ),
    ).toBe('confirmed');
    expect(status('During the March 2099 mailing, some members received their own statement late.')).toBe(
      null,
    );
  });
});

describe('extractLeakStatus (English letters): the data stolen, past a relative clause', () => {
  it('reads "information that … submitted online, had been stolen" as confirmed, "whether" not', () => {
    expect(
      status(
        'The vendor said that information that applicants had entered on its forms, had been stolen from its server.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'The vendor is reviewing whether information that applicants entered, was stolen from its server.',
      ),
    ).not.toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): files left browsable', () => {
  it('reads files that "had become browsable" through a search engine as possible', () => {
    expect(
      status('Some Example Co files stored on a web server had become browsable through a search engine.', [
        'misconfiguration',
      ]),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): a denied pair of acts by the actor', () => {
  it('reads "no evidence that the intruder accessed or acquired your information" as not_found', () => {
    expect(status('There is no evidence that the intruder accessed or acquired your information.')).toBe(
      'not_found',
    );
    expect(
      status('The review found no evidence that the outsider viewed or took any personal details.'),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English letters): an act hedged by "potentially"', () => {
  it('reads "potentially gained access to an email account" as possible', () => {
    expect(
      status(
        'On May 9, 2099, we learned that an outsider potentially gained access to one staff email account.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English letters): a scan that detected no breach', () => {
  it('reads "no breaches were detected" as not_found, "no other breaches" not', () => {
    expect(status('Our consultants scanned every Example Co system. No breaches were detected.')).toBe(
      'not_found',
    );
    expect(
      status(
        'An outsider accessed the Example Co server and acquired the data. No other breaches were detected.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English letters): the per-sentence pre-checks', () => {
  it('every English pattern starts with an ASCII letter, so a sentence without one is passed over', () => {
    // status.ts tries these only on sentences holding [A-Za-z] (a speed pre-check, outputs unchanged).
    for (const re of [
      EN.NOT_FOUND_EN,
      EN.POSSIBLE_EN,
      EN.POSSIBLE_REACH_EN,
      EN.POSSIBLY_HELD_EN,
      EN.CONFIRMED_EN,
      EN.SENT_BY_MISTAKE_EN,
      EN.EXPOSED_EN,
      EN.SETTLED_EN,
      EN.FINDING_EN,
      EN.DATA_TAKEN_EN,
    ]) {
      const first = firstChars(re.source);
      expect(first).not.toBeNull();
      for (const f of first ?? []) expect(f).toMatch(/^[A-Za-z]$/);
      expect(re.flags).not.toMatch(/[uv]/);
    }
  });

  it('reads the same with Japanese sentences before an English finding', () => {
    expect(
      status(
        'サンプル商事からのお知らせです。\nWe determined that the intruder was able to access the files.',
      ),
    ).toBe('confirmed');
    expect(status('サンプル商事からのお知らせです。\nYour information may have been accessed.')).toBe(
      'possible',
    );
  });
});
