import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { FINDING_DATA_EN } from './status-en.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

// Fictional letters, written for these tests (branch h/en-status, session 9).
const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus (English): the organisation’s own steps are not an act on the data', () => {
  it('does not read "measures were taken" or "steps were taken" as confirmed', () => {
    expect(
      status(
        'Example Tiles found ransomware on its network on May 2, 2099. Measures were taken to restore operations.',
      ),
    ).toBe(null);
    expect(status('Additional steps were taken to secure the Example Tiles portal.')).toBe(null);
    expect(status('Customer records were taken from the Example Tiles portal.')).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): a finding that the data was not reached, with one qualifier', () => {
  it('reads "no indication that any of the copied information was compromised" as not_found', () => {
    expect(
      status(
        'A clerk copied Example Tiles files to a home laptop. Example Tiles had no indication that any of the copied information was compromised.',
      ),
    ).toBe('not_found');
    expect(
      status(
        'The mailbox was subject to unauthorized access. There is no evidence to suggest that specific information in the staff mailbox was accessed.',
      ),
    ).toBe('not_found');
  });
  it('reads "it was unlikely that any information was accessed" as not_found', () => {
    expect(
      status('The review found it was unlikely that any information was accessed by an unauthorized person.'),
    ).toBe('not_found');
  });
  it('keeps "no evidence that other information was accessed" about the reach', () => {
    expect(
      status(
        'An outsider acquired the payroll files. There is no evidence that other information was accessed.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): a later hedge on the data beside a lack of evidence', () => {
  it('reads a system hedge, "no evidence that … information was accessed", then a data hedge as possible', () => {
    expect(
      status(
        'On May 3, 2099, Example Tiles learned that outsiders may have entered its booking site. There is no evidence that personal information was accessed. The days during which staff information may have been accessed are May 1 to May 3.',
      ),
    ).toBe('possible');
  });
  it('keeps not_found when the later "may have" is an inquiry’s scope', () => {
    expect(
      status(
        'On May 3, 2099, Example Tiles learned that outsiders may have accessed its booking site. We began a review to determine what happened and what staff information may have been affected. There is no evidence that personal information was accessed.',
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English): an act on the data stated first, then a narrower "may have"', () => {
  it('reads the stated act as confirmed when the later hedge names which items', () => {
    expect(
      status(
        'We believe Example Tiles order information was improperly accessed from our shop. This information may have been exposed to others.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'A flaw in a plug-in resulted in unauthorized access to Example Tiles member information. The outsider may have obtained names and email addresses.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'This is a notice of an incident of unauthorized access to a file held by an Example Tiles vendor. The outsider may have viewed your address.',
      ),
    ).toBe('confirmed');
  });
  it('keeps possible when the hedge leaves the act open or comes first', () => {
    expect(
      status(
        'Example Tiles member information was accessed without authorization. We were unable to determine whether your records were viewed.',
      ),
    ).toBe('possible');
    expect(
      status(
        'Some of your information may have been exposed. Example Tiles member records were accessed on May 2, 2099.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English): an intruder who had access to the data', () => {
  it('reads "an unauthorized person had access to files which contain" as confirmed', () => {
    expect(
      status(
        'Our vendor found that an unauthorized person had access to files that hold names and addresses of Example Tiles members.',
      ),
    ).toBe('confirmed');
  });
  it('reads it as confirmed beside an opening "incident that may have involved some of your information"', () => {
    expect(
      status(
        'We write about an incident that may have involved some of your details. On May 2, 2099, ransomware struck our office and the criminal had access to the data on our network.',
      ),
    ).toBe('confirmed');
  });
  it('keeps "may have had access" and an employee’s own access apart', () => {
    expect(status('The intruder may have had access to files holding your address.')).toBe('possible');
    expect(status('Only staff who had access to the records were interviewed.')).toBe(null);
  });
});

describe('extractLeakStatus (English): data sent to an unauthorized address', () => {
  it('reads "W-2 information was sent to an unauthorized email address" as confirmed', () => {
    expect(
      status(
        'A clerk answered a fake request from our director. Staff W-2 information was sent to an unauthorized email address.',
      ),
    ).toBe('confirmed');
    expect(status('Your statement was not sent to an unauthorized address.')).not.toBe('confirmed');
  });
});

describe('extractLeakStatus (English): data that "may have been in" a database that was compromised', () => {
  it('reads it as possible, not as the database’s compromise', () => {
    expect(
      status(
        'We were told that your details may have been in the Example Insurer database which was compromised.',
      ),
    ).toBe('possible');
    expect(status('The Example Insurer database was compromised.')).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): evidence of unauthorized access found', () => {
  it('reads "found evidence of unauthorized access to part of your data" as confirmed', () => {
    expect(
      status(
        'We are writing because we found evidence of unauthorized access to part of your member data on the Example Tiles shop.',
      ),
    ).toBe('confirmed');
    expect(
      status('We have not found evidence of unauthorized access to your personal information.'),
    ).not.toBe('confirmed');
  });
});

describe('extractLeakStatus (English): the intruder accessed files containing the data, then "may have"', () => {
  it('reads it as confirmed when the later hedge lists which items', () => {
    expect(
      status(
        'The review found that an outsider accessed files containing certain member information. What may have been accessed includes names and tax forms.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): theft of mail or records', () => {
  it('reads "the attack resulted in the theft of email" as confirmed', () => {
    expect(
      status(
        'Our interpreting vendor was attacked. The attack resulted in the theft of email kept on its server.',
        ['unauthorized_access', 'loss_or_theft'],
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): the act left open ("cannot be sure", "do not know if")', () => {
  it('reads them as possible, even beside "was actually viewed"', () => {
    expect(
      status('We cannot even be sure that your details were actually viewed by the Example Tiles clerk.'),
    ).toBe('possible');
    expect(
      status(
        'We found a file on our server holding order details. We do not know if any outsider accessed this file.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English): an opening "incident that may have involved information about …"', () => {
  it('is a hedge on whose data, outweighed by an intruder who had access to the files', () => {
    expect(
      status(
        'Our vendor had an incident that may have involved information about our donors. An unauthorized party had access to backup files of the donor system.',
      ),
    ).toBe('confirmed');
    expect(status('Our vendor had an incident that may have involved information about our donors.')).toBe(
      'possible',
    );
  });
});

describe('extractLeakStatus (English): an inquiry’s scope is no hedge', () => {
  it('reads "to determine whether information may have been accessed … it determined that … was accessed" as confirmed', () => {
    expect(
      status(
        'We began a review to determine whether member information may have been accessed. On May 9, 2099, the review determined that certain member information was accessed without authorization.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): "cannot determine which", "don’t yet know whether"', () => {
  it('reads a stated access left open on whose data as possible', () => {
    expect(
      status(
        'The firm determined that there was unauthorized access to our tax system. The firm cannot determine which clients’ information was accessed.',
      ),
    ).toBe('possible');
    expect(
      status('The review goes on, and I don’t yet know whether any of your details were compromised.'),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English): denials of access to the device, and with an aside', () => {
  it('reads them as not_found', () => {
    expect(
      status(
        'Our auditor misplaced a drive holding option grants. We have no information suggesting that the disk was improperly accessed.',
        ['loss_or_theft'],
      ),
    ).toBe('not_found');
    expect(
      status(
        'Old Example Bank forms were thrown out unshredded. We do not have any indication that your data, or anyone’s data, has been compromised.',
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English): the act on the data, with a hedge only after it', () => {
  it('reads "information was illegally obtained by a party who may have gained access" as confirmed', () => {
    expect(
      status(
        'Police told us that patient information was illegally obtained by an outsider who may have gained access to an Example Clinic database. The outsider may have accessed the database.',
      ),
    ).toBe('confirmed');
  });
  it('reads "took certain personal information … could have compromised" as confirmed', () => {
    expect(
      status(
        'We confirmed that intruders installed rogue code on our shop server and took certain personal information entered by shoppers. The code could have compromised names and card numbers.',
      ),
    ).toBe('confirmed');
  });
  it('keeps "your information may have been on a database that was accessed" possible', () => {
    expect(status('Your details may have been on a database that was accessed by an outsider.')).toBe(
      'possible',
    );
  });
});

describe('extractLeakStatus (English): data left available on a page or to other clients', () => {
  it('reads it as an exposure (possible)', () => {
    expect(
      status('Your email address was temporarily available on our web page, hidden in its source code.'),
    ).toBe('possible');
    expect(
      status(
        'After an update, some staff records were available to certain other franchisees of Example Mart.',
      ),
    ).toBe('possible');
    expect(status('Free credit monitoring is available to you for two years.')).toBe(null);
  });
});

describe('extractLeakStatus (English): an insider who disclosed the data', () => {
  it('reads "a former employee disclosed personal information … to outsiders" as confirmed', () => {
    expect(
      status(
        'Example Mutual found that a former employee disclosed claimant information to a private detective.',
      ),
    ).toBe('confirmed');
    expect(status('No employee shared any customer information with the caller.')).not.toBe('confirmed');
  });
});

describe('extractLeakStatus (English): an act inside an open or denied clause states nothing', () => {
  it('does not read "did not reveal if any email was actually accessed" as confirmed', () => {
    expect(
      status(
        'The review found an outsider in two staff mailboxes. The review did not reveal if any message was actually accessed.',
      ),
    ).not.toBe('confirmed');
    expect(
      status('We asked a forensics firm to learn whether card details had been accessed or acquired.'),
    ).toBe(null);
    expect(
      status('We asked whether the vendor was hacked. The vendor confirmed that card details were accessed.'),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): data compromised, then an apology to those who may have been affected', () => {
  it('reads it as confirmed', () => {
    expect(
      status(
        'We learned that some guests’ card information was compromised at two Example Diner sites. We apologise to guests who may have been affected.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): a mailbox compromised that "possibly" held the data', () => {
  it('reads it as possible', () => {
    expect(
      status(
        'A staff mailbox at Example Bids was compromised on May 2, 2099. In that mailbox there were possibly member passwords.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English): an inquiry’s "could have" beside an act on a computer only', () => {
  it('reads possible when nothing says the data itself was reached', () => {
    expect(
      status(
        'We learned that one of our office computers was improperly accessed. We reviewed the mailbox to learn if any member data could have been accessed.',
      ),
    ).toBe('possible');
  });
  it('reads confirmed when an intruder is said to have accessed a data file', () => {
    expect(
      status(
        'We detected an intruder that had accessed a data file on our server. We began a review to determine what member data may have been accessed by the intruder.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): a lack of evidence with a qualifier or a verb of searching', () => {
  it('reads "did not find any evidence that the intruder copied, acquired or removed" as not_found', () => {
    expect(
      status(
        'An intruder reached the Example Pumps network in March 2099. We did not find any evidence that the intruder copied, acquired or removed your account records.',
      ),
    ).toBe('not_found');
    expect(status('Our review revealed no specific evidence that your information was accessed.')).toBe(
      'not_found',
    );
  });
  it('does not read the act inside "no direct evidence that … was accessed" as confirmed', () => {
    expect(
      status('We do not have any direct evidence that the file holding your details was actually accessed.'),
    ).toBe(null);
  });
  it('keeps a stated act when the lack of evidence is about other data', () => {
    expect(
      status(
        'Payroll records were stolen from Example Pumps. We found no specific evidence that other records were accessed.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): the actor’s act on some data, then a hedge on whose', () => {
  it('reads "accessed certain information … your information was potentially impacted" as confirmed', () => {
    expect(
      status(
        'Our review found that an outsider entered the Example Looms network and accessed certain information stored there. We are writing because your information was potentially impacted.',
      ),
    ).toBe('confirmed');
  });
  it('keeps an act that is itself hedged possible', () => {
    expect(
      status(
        'An outsider entered the Example Looms network and may have accessed certain information stored there. Your information may have been involved.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English): a finding that the data was taken settles an earlier hedge', () => {
  it('reads "confirmed that card information was acquired" after "may have been acquired" as confirmed', () => {
    expect(
      status(
        'On May 3, 2099, Example Kites learned that card information may have been acquired from its shop. The review confirmed that card information was acquired without authorization from the shop.',
      ),
    ).toBe('confirmed');
  });
  it('does not read data found in a container that was reached as the finding', () => {
    expect(
      FINDING_DATA_EN.test(
        'The review determined that certain personal information was contained in the mailboxes that were accessed.',
      ),
    ).toBe(false);
    expect(
      FINDING_DATA_EN.test(
        'We have now confirmed that your information was included on the laptop that was stolen.',
      ),
    ).toBe(false);
    expect(
      FINDING_DATA_EN.test('The review confirmed that card information was acquired from the shop.'),
    ).toBe(true);
  });
});

describe('extractLeakStatus (English): a denied act by anyone, or with "no information that"', () => {
  it('reads "no information that any outside party viewed the data" as not_found', () => {
    expect(
      status(
        'A server at Example Barns was infected with malware. Example Barns has no information that any outside party viewed the data held on that machine.',
      ),
    ).toBe('not_found');
  });
  it('reads "no evidence that anyone has stolen or misused" as not_found', () => {
    expect(status('Our review found no evidence that anyone has stolen or misused your tax files.')).toBe(
      'not_found',
    );
  });
  it('keeps a denial of misuse alone out of it', () => {
    expect(status('Our review found no evidence that anyone has misused your tax files.')).toBe(null);
  });
});

// Fictional letters (branch h/en-status2, session 10).
describe('extractLeakStatus (English): a search that found nothing taken', () => {
  it('reads "no evidence that any files had been removed" as not_found', () => {
    expect(
      status(
        'An outsider reached the Cedar Freight servers for a few hours. There was no evidence that any files had been removed.',
      ),
    ).toBe('not_found');
  });
  it('reads "has not discovered any evidence that … data was removed" as not_found', () => {
    expect(
      status(
        'Ransomware locked the Willow Clinic network. So far the clinic has not discovered any evidence that any data was removed from its servers.',
      ),
    ).toBe('not_found');
  });
  it('lets a hedge on the data itself stand beside the lack of evidence', () => {
    expect(
      status(
        'Your payroll information may have been accessed by the intruder. We have not found any evidence that any files were removed.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English): a skimmer described by what it could take', () => {
  it('reads code "designed to capture" or "capable of copying" entered data as possible', () => {
    expect(
      status(
        'An intruder placed code on the Fernwood Outfitters checkout page that was designed to capture card details entered by shoppers.',
      ),
    ).toBe('possible');
    expect(status('The altered card readers were capable of recording card numbers and PINs.')).toBe(
      'possible',
    );
  });
  it('keeps a skimmer whose take is stated confirmed', () => {
    expect(
      status(
        'The intruders copied the card data of 300 diners. The malware they used was designed to capture card numbers at the till.',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus (English): "cannot rule out" with an adverb', () => {
  it('reads "could not conclusively/definitively rule out" as possible over a lack of evidence', () => {
    expect(
      status(
        'Hazel Lending found no evidence that the loan files were accessed. Still, the review could not conclusively rule out access to the files.',
      ),
    ).toBe('possible');
    expect(
      status('The vendor has been unable to definitively rule out unauthorized access to the data.'),
    ).toBe('possible');
  });
});
