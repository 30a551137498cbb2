import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';
import type { DataClass } from './types.js';

const causes = (t: string, dc: DataClass[] = []) => extractCauses(sents(t), dc).map((f) => f.value);

describe('extractCauses (English letters)', () => {
  it('reads code planted on the checkout as web skimming, even with no card data listed', () => {
    const c = causes(
      'Unauthorized code was placed on our store that could capture details entered during the checkout process.',
    );
    expect(c).toContain('web_skimming');
    const m = causes(
      'Someone inserted malicious code into our checkout page, and it may have sent out what you typed.',
    );
    expect(m).toContain('web_skimming');
    expect(m).not.toContain('malware');
    expect(causes('Criminals inserted malware into the shopping cart pages of our stores.')).toContain(
      'malware',
    );
  });
  it('reads an incident at a provider, supplier or dealer', () => {
    expect(causes('Our order processing provider told us its systems had been compromised.')).toContain(
      'third_party',
    );
    expect(causes('A workstation at an independent dealer had been infected with malware.')).toContain(
      'third_party',
    );
    // A provider named with the data, in a sentence about nothing that went wrong, is no cause.
    expect(causes('The file held your name and the name of our pension provider.')).not.toContain(
      'third_party',
    );
    expect(causes('We told the tax office and our software provider.')).not.toContain('third_party');
  });
  it('reads data sent out by mistake on a disc as misdelivery', () => {
    expect(
      causes('Your record was inadvertently included on a disc that was mailed to a partner.'),
    ).toContain('misdelivery');
  });
  it('does not read a company called "Missing …" as a lost device', () => {
    expect(
      causes('Missing Example Networks, our sales platform provider, told us of an intrusion.'),
    ).not.toContain('loss_or_theft');
  });
});

describe('extractCauses (English letters): words that name no cause where they stand', () => {
  it('does not read data taken in an attack as a lost or stolen device', () => {
    expect(causes('We found the theft of payment information from our online store.')).not.toContain(
      'loss_or_theft',
    );
    expect(causes('Other sites had breaches in which user passwords were stolen.')).not.toContain(
      'loss_or_theft',
    );
    expect(causes('We have no reason to believe your information was misused or stolen.')).not.toContain(
      'loss_or_theft',
    );
    expect(causes('A company laptop was stolen from an employee’s car.')).toContain('loss_or_theft');
  });
  it('does not read data an intruder published, or a denial, as a wrong setting', () => {
    expect(causes('A few files were publicly exposed by the intruder.')).not.toContain('misconfiguration');
    expect(causes('They do not believe any data will be made publicly available.')).not.toContain(
      'misconfiguration',
    );
  });
  it('does not read a review of a provider, or calling one in to help, as an incident at it', () => {
    expect(causes('We began an audit of our hosting provider and servers.')).not.toContain('third_party');
    expect(
      causes('The school contacted its third-party IT provider to help fix network issues.'),
    ).not.toContain('third_party');
  });
});

describe('extractCauses (English letters): more wordings of the cause', () => {
  it('reads passwords from other breaches tried on our logins as credential stuffing', () => {
    expect(
      causes('Outsiders tried many login and password combinations on our app using automated attacks.'),
    ).toContain('credential_stuffing');
    expect(
      causes(
        'We believe they obtained these usernames and passwords from a source other than Example Widgets.',
      ),
    ).toContain('credential_stuffing');
  });
  it('reads a fax, a file or a list of recipients that went to the wrong people as misdelivery', () => {
    expect(causes('A report was incorrectly faxed to an unintended recipient on May 3, 2099.')).toContain(
      'misdelivery',
    );
    expect(causes('Our provider inadvertently sent a file with your name to another company.')).toContain(
      'misdelivery',
    );
    expect(causes('Inadvertently, the recipient list for the newsletter email was not hidden.')).toContain(
      'misdelivery',
    );
  });
  it('reads data a setting left open to outsiders as misconfiguration', () => {
    expect(causes('We found an error in a database configuration that put files online.')).toContain(
      'misconfiguration',
    );
    expect(
      causes('A benefits report was temporarily accessible by HR administrators of other customers.'),
    ).toContain('misconfiguration');
    expect(
      causes(
        'Some forms became accessible to the public through a directed search on certain internet search engines.',
      ),
    ).toContain('misconfiguration');
  });
  it('reads a vendor telling us that it was attacked as an incident at a third party', () => {
    expect(
      causes('Last week, Cloudgift notified us that it was the target of a ransomware attack.'),
    ).toContain('third_party');
  });
  it('reads devices wiped that still held data as residual data', () => {
    expect(causes('Some drives believed to have been wiped still contained unencrypted data.')).toContain(
      'residual_data',
    );
  });
  it('reads a hack into a system and an intruder as unauthorized access', () => {
    expect(causes('We learned that there was a hack into our forum database.')).toContain(
      'unauthorized_access',
    );
    expect(causes('Our tax software was compromised by an intruder on May 3, 2099.')).toContain(
      'unauthorized_access',
    );
  });
  it('reads a script or a file planted on the shop as web skimming', () => {
    expect(
      causes('Malicious scripts copied information entered on the checkout page of our shop.'),
    ).toContain('web_skimming');
    expect(
      causes(
        'Unauthorized code was placed on the part of our network that processes payment card transactions for the Example online store.',
      ),
    ).toContain('web_skimming');
  });
});

describe('extractCauses (English letters): an account taken over, the method unsaid', () => {
  it('reads a compromised mailbox, data obtained by an unknown party and compromised credentials as unauthorized access', () => {
    expect(causes('On May 2, 2099, an employee email account of Example Clinic was compromised.')).toEqual([
      'unauthorized_access',
    ]);
    expect(causes('We believe your password was obtained by an unauthorized party.')).toEqual([
      'unauthorized_access',
    ]);
    expect(causes('An outsider copied order data by using compromised account credentials.')).toEqual([
      'unauthorized_access',
    ]);
  });
});

describe('extractCauses (English letters): mail that went to the wrong place', () => {
  it('reads letters delivered to incorrect addresses and data sent to one person outside as misdelivery', () => {
    expect(
      causes(
        'A print fault at Example Health shifted the lines, and your letter was mailed to the incorrect address.',
      ),
    ).toContain('misdelivery');
    expect(causes('Some notices were addressed and delivered to incorrect addresses.')).toContain(
      'misdelivery',
    );
    expect(
      causes(
        'A teller mistakenly sent your loan offer to one individual not employed by Example Credit Union.',
      ),
    ).toContain('misdelivery');
  });
  it('does not read mail sent to the right place as misdelivery', () => {
    expect(causes('We mailed this letter to the address we have on file for you.')).not.toContain(
      'misdelivery',
    );
  });
});

describe('extractCauses (English letters): a ransom demand', () => {
  it('reads files locked with a ransom demanded as ransomware', () => {
    expect(
      causes(
        'On May 8, 2099, files at Example Farms were locked by an intruder, who demanded a ransom to unlock them.',
      ),
    ).toContain('ransomware');
    expect(causes('The attacker left a ransom note on our file server.')).toContain('ransomware');
  });
  it('does not read a denied payment alone as ransomware', () => {
    expect(causes('Example Farms has never paid a ransom to anyone.')).not.toContain('ransomware');
  });
});

describe('extractCauses (English letters): other words for known causes', () => {
  it('reads rogue code at checkout and code on the website built to capture payment details as web skimming', () => {
    expect(causes('An outsider put rogue code into our checkout page on May 2, 2099.')).toContain(
      'web_skimming',
    );
    const c = causes(
      'An intruder reached parts of our website and added malicious code written to capture payment details of shoppers.',
      ['Credit cards'],
    );
    expect(c).toContain('web_skimming');
    expect(c).not.toContain('malware');
  });
  it('reads cyber-criminals, email spoofing, a security flaw and valid email addresses used to log in', () => {
    expect(causes('The billing system of Example Tools was attacked by cyber-criminals.')).toContain(
      'unauthorized_access',
    );
    expect(causes('Example Orchestra was the victim of an email spoofing attack.')).toContain('phishing');
    expect(causes('Records were taken through a security flaw in the software of a vendor.')).toContain(
      'vulnerability_exploit',
    );
    expect(
      causes('Someone used valid email addresses and passwords to log in to a few Example Loans accounts.'),
    ).toContain('credential_stuffing');
  });
});

describe('English causes: an unnamed party entering a system', () => {
  it('reads an outside party that entered or broke into a system as unauthorized access', () => {
    expect(
      causes('Bluefinch learned that an outside party had entered its order system on May 28.'),
    ).toContain('unauthorized_access');
    expect(causes('An unknown individual broke into the shared file server.')).toContain(
      'unauthorized_access',
    );
    expect(causes('An outside party entered the building to repair the lift.')).not.toContain(
      'unauthorized_access',
    );
  });
});

describe('extractCauses (English letters): session 8 wordings', () => {
  it('reads code built to copy what is entered at checkout, and access to the checkout page, as web skimming', () => {
    expect(
      causes('An intruder planted a script designed to copy details entered during checkout.'),
    ).toContain('web_skimming');
    expect(causes('Staff found signs of unauthorized access to the checkout page on our shop.')).toContain(
      'web_skimming',
    );
  });
  it('does not read point-of-sale malware that collects card data as web skimming', () => {
    const c = causes(
      'Malware on the point of sale systems at two Pinecrest hotels was designed to collect payment card information.',
      ['Credit cards'],
    );
    expect(c).not.toContain('web_skimming');
    expect(c).toContain('malware');
  });
});

describe('extractCauses (English letters): a vendor telling of an attack on its own systems', () => {
  it('reads "informing us that … gained access to its server" and "notification from X that … X’s system" as third_party', () => {
    expect(
      causes(
        'A letter from Quillpay arrived on May 2 informing us that an intruder had gained access to its billing server.',
      ),
    ).toContain('third_party');
    expect(
      causes(
        'Our school received notification from Rowanstack that criminals removed data from Rowanstack’s hosting system.',
      ),
    ).toContain('third_party');
  });
  it('does not read a report about our own system as a vendor incident', () => {
    expect(
      causes('We received a report from a customer that an attacker had reached our payment system.'),
    ).not.toContain('third_party');
  });
});

describe('extractCauses (English letters): an attack on a provider the letter introduced', () => {
  const full = (t: string) => extractCauses(sents(t), [], t).map((f) => f.value);
  it('reads "X provides … services to us" then "X learned that an unauthorized individual …" as third_party', () => {
    expect(
      full(
        'Tallowmere Systems provides booking services to the Riverside Lodge. In May, Tallowmere learned that an unauthorized individual exploited a flaw in its software.',
      ),
    ).toContain('third_party');
    expect(
      full(
        'The district uses the Brightpath Student Records system for grades. Brightpath later found that an intruder had accessed its servers.',
      ),
    ).toContain('third_party');
  });
  it('does not read a provider named only in passing, with no attack told of it', () => {
    expect(
      full(
        'Tallowmere Systems provides booking services to the Riverside Lodge. An unauthorized individual accessed our front-desk computer.',
      ),
    ).not.toContain('third_party');
  });
});

describe('extractCauses (English letters): files encrypted by the attacker', () => {
  it('reads an attacker encrypting servers or files as ransomware', () => {
    expect(
      causes('An unauthorized third party encrypted our servers and systems at the Elm Street plant.'),
    ).toContain('ransomware');
    expect(causes('Experts stopped the cybercriminal from fully encrypting files.')).toContain('ransomware');
  });
  it('does not read encryption the organisation applies as ransomware', () => {
    expect(causes('After the laptop was stolen, we encrypted all company laptops.')).not.toContain(
      'ransomware',
    );
  });
});

describe('extractCauses (English letters): mail built to trick staff', () => {
  it('reads deceptive emails and emails enticing recipients to open an attachment as phishing', () => {
    expect(causes('The intruder sent deceptive emails to our billing staff.')).toContain('phishing');
    expect(
      causes('Email threads were used to entice recipients to open an attachment that installed a program.'),
    ).toContain('phishing');
  });
  it('does not read advice about fraudulent emails as the cause', () => {
    expect(
      causes('If you receive fraudulent emails asking for your password, do not respond.'),
    ).not.toContain('phishing');
  });
});

describe('extractCauses (English letters): permissions, papers thrown away, staff searches', () => {
  it('reads wrongly set permissions as misconfiguration', () => {
    expect(causes('The permissions on two shared folders were incorrectly changed in March.')).toContain(
      'misconfiguration',
    );
    expect(
      causes('Because of incorrect access settings, files on the Elmbrook server could be viewed.'),
    ).toContain('misconfiguration');
  });
  it('reads papers thrown away by mistake as loss, and staff searches as insider', () => {
    expect(causes('Intake forms were accidentally thrown away during the office move.')).toContain(
      'loss_or_theft',
    );
    expect(causes('A staff member may have performed unauthorized searches on several members.')).toContain(
      'insider',
    );
  });
  it('reads an apposed provider that reports an incident as third_party', () => {
    const t =
      'Fernway Hosting, a third-party partner that hosts our web servers, advised us that a security incident occurred.';
    expect(extractCauses(sents(t), [], t).map((f) => f.value)).toContain('third_party');
  });
  it('does not read permissions correctly set, or papers shredded on purpose', () => {
    expect(causes('We reviewed the permissions on all folders.')).not.toContain('misconfiguration');
    expect(causes('Old files are shredded each month.')).not.toContain('loss_or_theft');
  });
});

describe('extractCauses (English letters): second round wordings', () => {
  it('reads premises or a car broken into as loss or theft, not a server broken into', () => {
    expect(causes('Our Elmwood office was burglarized on Sunday, May 4, 2014.')).toContain('loss_or_theft');
    expect(causes('A thief broke into the back of the office building in Springfield.')).toContain(
      'loss_or_theft',
    );
    expect(causes('We found a forcible break-in at the Pinecrest Motors dealership.')).toContain(
      'loss_or_theft',
    );
    expect(causes('On May 4, 2020, my home was broken into.')).toContain('loss_or_theft');
    expect(causes('An unknown party broke into a college web server.')).not.toContain('loss_or_theft');
  });
  it('reads "No." before a number as no denial', () => {
    expect(
      causes('On May 5, 2019, a Tinsmiths Local No. 212 employee had a laptop stolen from a car.'),
    ).toContain('loss_or_theft');
    expect(causes('No laptop was stolen.')).not.toContain('loss_or_theft');
  });
  it('reads data sent or handed by mistake to an outside party as misdelivery', () => {
    expect(causes('A clerk inadvertently sent a payroll report to another plan client of ours.')).toContain(
      'misdelivery',
    );
    expect(
      causes('The district inadvertently disclosed staff records to another customer, Bluefin Ltd.'),
    ).toContain('misdelivery');
    expect(causes('Inadvertently attached to that email was a spreadsheet of applicants.')).toContain(
      'misdelivery',
    );
    expect(causes('The reminder email mistakenly included an attachment listing member numbers.')).toContain(
      'misdelivery',
    );
    expect(
      causes('Staff were inadvertently included in the weekly file that goes to Quillon Benefits.'),
    ).toContain('misdelivery');
    expect(
      causes('An employee inadvertently sent tax forms to a criminal posing as our finance director.'),
    ).not.toContain('misdelivery');
  });
  it('reads data left online or opened by mistake as misconfiguration, a number on a label as misdelivery', () => {
    expect(causes('A billing folder had inadvertently been left accessible via the internet.')).toContain(
      'misconfiguration',
    );
    expect(causes('Your number was erroneously displayed on a document posted to our website.')).toContain(
      'misconfiguration',
    );
    expect(causes('A staff group was inadvertently given “read only” access to the site.')).toContain(
      'misconfiguration',
    );
    expect(
      causes('The mailing may have inadvertently displayed your member number on the mailing label.'),
    ).toContain('misdelivery');
    expect(causes('A nurse may have viewed charts without a business or treatment purpose.')).toContain(
      'insider',
    );
  });
  it('reads storage open to outsiders as misconfiguration, data public by nature as none', () => {
    expect(
      causes('Our archive storage account was accessible to persons outside our organization for a week.'),
    ).toContain('misconfiguration');
    expect(causes('It also held data from a directory that is publicly available.')).not.toContain(
      'misconfiguration',
    );
    expect(causes('It listed only publicly available information such as office addresses.')).not.toContain(
      'misconfiguration',
    );
    expect(causes('Patient records were publicly available online because of a web page setting.')).toContain(
      'misconfiguration',
    );
  });
  it('reads data breached or accessed by unnamed outsiders as unauthorized access', () => {
    expect(causes('Data on our network was breached by an unauthorized individual in May.')).toContain(
      'unauthorized_access',
    );
    expect(causes('Some stored records have been accessed by unapproved third-parties.')).toContain(
      'unauthorized_access',
    );
  });
  it('reads access by an unknown person, an unlawful login, data taken from our systems or compromised passwords as unauthorized access (h/en-cm)', () => {
    expect(
      causes('We learned that an unknown person gained access to a folder at our payroll office.'),
    ).toEqual(['unauthorized_access']);
    expect(
      causes('For six weeks outside parties had the ability to access order records on the Pinecrest site.'),
    ).toEqual(['unauthorized_access']);
    expect(causes('Two staff mailboxes were accessed illegally by someone outside the firm.')).toEqual([
      'unauthorized_access',
    ]);
    expect(causes('A copy of member profiles was stolen from our servers last spring.')).toEqual([
      'unauthorized_access',
    ]);
    expect(
      causes('User names and passwords kept for the Bluefern gift shop portal have been compromised.'),
    ).toEqual(['unauthorized_access']);
    // Not the removal of malware, nor an employee's own mailbox told in the possessive.
    expect(causes('We removed the tool from our systems and rebuilt them.')).not.toContain(
      'unauthorized_access',
    );
    expect(causes('Our employees’ mailboxes were accessed illegally last week.')).not.toContain('insider');
  });
  it('reads a checkout page under attack and odd files on a web shop as web skimming (h/en-cm)', () => {
    const c = causes(
      'The checkout page of our old web shop was the target of an attack that copied what buyers typed.',
    );
    expect(c).toContain('web_skimming');
    expect(c).not.toContain('unauthorized_access');
    expect(
      causes('We found unusual files on our e-commerce site and cards used there may be affected.', [
        'Credit cards',
      ]),
    ).toContain('web_skimming');
  });
  it('reads mail received in error, an unsecured page and data temporarily viewable (h/en-cm)', () => {
    expect(
      causes('A parent who received the file inadvertently reported it to the school the same day.'),
    ).toContain('misdelivery');
    expect(causes('If you have mistakenly received this message, please delete it.')).not.toContain(
      'misdelivery',
    );
    expect(
      causes(
        'The roster had been viewed (via an unsecured web page) by people who were not authorized to see it.',
      ),
    ).toContain('misconfiguration');
    expect(causes('The member portal was temporarily unavailable for upgrades.')).toEqual([]);
    expect(causes('Your account number was temporarily viewable by other shoppers on our site.')).toEqual([
      'misconfiguration',
    ]);
  });
  it('reads a provider reporting its incident, not a provider we called or mail sent from a taken-over account (h/en-cm)', () => {
    expect(
      causes(
        'Northgate Donor Tools, which hosts our alumni records, recently notified us of a ransomware attack.',
      ),
    ).toContain('third_party');
    expect(causes('The state police notified us of a data breach involving our clinic.')).not.toContain(
      'third_party',
    );
    expect(
      causes('We then contacted the third-party web host provider that runs the site about the incident.'),
    ).not.toContain('third_party');
    const m = causes(
      'Our staff email accounts were sending phishing emails after someone gained unauthorized access.',
    );
    expect(m).not.toContain('phishing');
    expect(m).toContain('unauthorized_access');
    expect(causes('A fake phishing email tricked our clerk into sharing her password.')).toContain(
      'phishing',
    );
  });
  it('reads an employee who stole records as an insider, not a loss or theft of media (h/en-cm)', () => {
    const c = causes(
      'A former employee stole patient account details. The theft occurred over four months and the information stolen included names.',
    );
    expect(c).toContain('insider');
    expect(c).not.toContain('loss_or_theft');
    expect(
      causes('A former employee stole two scanners. The theft of this equipment was reported at once.'),
    ).toContain('loss_or_theft');
  });
  it('reads batch-2 wordings: compromise by an outsider, data captured as typed, a form meant for another, systems encrypted (h/en-cm)', () => {
    expect(causes('An unknown party was able to compromise the Redwing tax portal and add a user.')).toEqual([
      'unauthorized_access',
    ]);
    expect(
      causes('An intruder could capture card details as they were typed at our store.', ['Credit cards']),
    ).toContain('web_skimming');
    expect(causes('Someone may have read what buyers keyed into the Oakmoor checkout form.')).toContain(
      'web_skimming',
    );
    expect(causes('Some staff may have received a tax form belonging to another staff member.')).toContain(
      'misdelivery',
    );
    expect(causes('During the cyber attack several of our file servers were encrypted.')).toContain(
      'ransomware',
    );
    expect(causes('The records were encrypted before shipping, as always.')).not.toContain('ransomware');
    expect(
      causes('We found staff access to the claims database that turned out to be unauthorized.'),
    ).toContain('insider');
    expect(causes('One of our staging servers had been left unsecured for a month.')).toContain(
      'misconfiguration',
    );
    expect(causes('They planted a malicious piece of computer code on the server.')).toContain('malware');
  });
  it('reads a named party’s own store that held our data, told actively or in the passive, as third party (h/en-cm)', () => {
    expect(causes('The intruder accessed Ledgerly’s database where our payroll data was stored.')).toContain(
      'third_party',
    );
    expect(
      causes('We were notified by Tidewell that an intruder had entered Tidewell’s booking systems in June.'),
    ).toContain('third_party');
    expect(
      causes('A researcher found some Brightpath contractor data that was open to anyone.'),
    ).not.toContain('third_party');
  });
  it('does not read mail sent from a taken-over account as phishing, data taken online as a theft of media (h/en-cm)', () => {
    expect(causes('A phishing message was sent from the mailbox of one of our nurses.')).not.toContain(
      'phishing',
    );
    const c = causes(
      'Member records were stolen during a criminal cyberattack on our computer network. Upon learning of this potential theft we called in experts.',
    );
    expect(c).not.toContain('loss_or_theft');
    expect(c).toContain('unauthorized_access');
    expect(
      causes(
        'A burglar broke a window and stole the computer at the front desk. We discovered the theft at 8 am.',
      ),
    ).toContain('loss_or_theft');
    expect(
      causes('Intruders stole unencrypted files before locking our servers with ransomware.'),
    ).not.toContain('loss_or_theft');
    expect(causes('We began work to find and fix any security vulnerability.')).not.toContain(
      'vulnerability_exploit',
    );
  });
  it('reads wordings found after set N was read (h/en-cm)', () => {
    expect(causes('A cyber attack on our billing servers hit the Ashgrove office.')).toEqual([
      'unauthorized_access',
    ]);
    expect(
      causes('Intruders managed to install a program on the till server designed to capture card numbers.'),
    ).toContain('malware');
    expect(
      causes('A help desk employee may have allowed an unauthorized third party to watch the screen.'),
    ).toContain('insider');
    expect(
      causes('Old ledgers were discarded in a way that did not adhere to our shredding rules.'),
    ).toContain('loss_or_theft');
    expect(causes('During a software update, access restrictions were removed for two days.')).toContain(
      'misconfiguration',
    );
    expect(causes('According to Filebox, an intruder entered their systems in May.')).toContain(
      'third_party',
    );
    expect(causes('The auditor said our third-party auditor lost the drive we gave them.')).toContain(
      'third_party',
    );
    expect(
      causes('Someone viewed files about our employees and contractors without permission.'),
    ).not.toContain('third_party');
    expect(causes('The stolen information was later posted to a forum.')).not.toContain('loss_or_theft');
    expect(
      causes(
        'Two authorized users of the scheduling software licensed by our clinic to plan visits gained unauthorized access to files.',
      ),
    ).toContain('insider');
  });
});
