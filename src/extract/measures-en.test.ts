import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('extractMeasures (English letters): verb and object', () => {
  it('reads removed code as a blocked attack, not deleted data', () => {
    const m = measures(
      'We found the malicious script on our checkout page and promptly removed it from our site.',
    );
    expect(m).toContain('access_blocked');
    expect(m).not.toContain('data_deletion');
    expect(measures('The unauthorized code placed on the store has been removed.')).not.toContain(
      'data_deletion',
    );
  });
  it('reads securing accounts, terminating access and blocking the attack', () => {
    expect(measures('We immediately secured the affected accounts.')).toContain('access_blocked');
    expect(measures('We terminated any unauthorized access to the account.')).toContain('access_blocked');
    expect(measures('Our web host helped us block the attack.')).toContain('access_blocked');
  });
  it('reads authorities notified, not authorities that notified the organisation', () => {
    expect(measures('We notified local and federal authorities.')).toContain('police_report');
    expect(measures('We are working closely with federal law enforcement.')).toContain('police_report');
    expect(measures('We were notified by law enforcement of a possible issue.')).not.toContain(
      'police_report',
    );
  });
  it('reads consultants engaged, not a forensic examination by the FBI', () => {
    expect(measures('We engaged external IT consultants to assist us.')).toContain('external_investigation');
    expect(measures('The FBI’s forensic review of our network found nothing.')).not.toContain(
      'external_investigation',
    );
  });
  it('reads a help line, letters, policy changes, a password changed, a disc sent back', () => {
    expect(measures('We set up a confidential, toll-free inquiry line.')).toContain('hotline');
    expect(measures('We are notifying all online store customers of the event.')).toContain(
      'individual_notification',
    );
    expect(measures('We made additions to our policies and procedures.')).toContain('process_review');
    expect(measures('We immediately changed the password for the account.')).toContain('password_reset');
    expect(measures('The recipient agreed to send the disc back to us.')).toContain('data_deletion');
  });
  it('a laptop that may have contained data contains no attack', () => {
    expect(measures('A laptop that may have contained your information was stolen.')).not.toContain(
      'access_blocked',
    );
  });
});

describe('extractMeasures (English letters): a notice sent to the person', () => {
  it('reads an explicit act of notifying the reader', () => {
    expect(measures('We are writing to inform you of an incident at Example Widgets.')).toContain(
      'individual_notification',
    );
    expect(measures('Out of caution, we are providing you with this notice.')).toContain(
      'individual_notification',
    );
    expect(measures('You are receiving this letter because your file was on the server.')).toContain(
      'individual_notification',
    );
  });
  it('does not read a mere mention of the reader’s data as a notification', () => {
    expect(measures('Your personal information was present in one mailbox.')).not.toContain(
      'individual_notification',
    );
    expect(
      measures('Security is important to us and we work hard to protect your information.'),
    ).not.toContain('individual_notification');
    expect(
      measures('Upon receiving this notification from the bank, we engaged a forensic firm.'),
    ).not.toContain('individual_notification');
  });
});

describe('English denial: the clause a keyword stands in', () => {
  it('reads a main clause after a denied subordinate clause', () => {
    expect(
      measures(
        'While we do not have any evidence that your file was viewed, we are reporting this matter to you with details.',
      ),
    ).toContain('individual_notification');
  });
  it('does not read "was not delayed" as a denial of the notice', () => {
    expect(
      measures('This notification to you was not delayed by a law enforcement investigation.'),
    ).toContain('individual_notification');
  });
  it('still reads a denied item of a list after a comma', () => {
    expect(
      measures('Because no account was needed, no passwords, bank details or addresses were taken.'),
    ).not.toContain('password_reset');
  });
});

describe('extractMeasures (English letters): more steps a letter tells', () => {
  it('reads a fixed vulnerability as a bug fix', () => {
    expect(measures('We updated the website to remediate this vulnerability.')).toContain('bug_fixed');
    expect(measures('We immediately determined the cause and implemented a fix.')).toContain('bug_fixed');
  });
  it('reads blocking further access and securing what was hit as blocked access', () => {
    expect(measures('We took steps to block further unauthorized access to the store.')).toContain(
      'access_blocked',
    );
    expect(measures('Upon learning of it, we secured the affected information.')).toContain('access_blocked');
    expect(measures('We promptly deactivated the report.')).toContain('access_blocked');
  });
  it('reads reporting to and working with the authorities as a police report', () => {
    expect(measures('We took steps, including reporting the incident to law enforcement.')).toContain(
      'police_report',
    );
    expect(measures('We are engaged with the appropriate law enforcement in this matter.')).toContain(
      'police_report',
    );
  });
  it('reads working with outside experts as an external investigation', () => {
    expect(measures('Example Widgets began working with leading security experts.')).toContain(
      'external_investigation',
    );
  });
  it('reads an audit of servers and systems as an assessment', () => {
    expect(
      measures('We began an audit of our hosting provider, web servers, and database systems.'),
    ).toContain('vulnerability_assessment');
  });
  it('does not read removed spam or a removed flaw as deleted data, nor firewalls already there as added', () => {
    expect(measures('We removed the spam from the server.')).not.toContain('data_deletion');
    expect(measures('We then removed the vulnerability from the code.')).not.toContain('data_deletion');
    expect(measures('They got in despite the use of firewalls and anti-virus software.')).not.toContain(
      'firewall_waf',
    );
  });
});

describe('extractMeasures (English letters): the police and a delayed notice', () => {
  it('reads a report to the police in a sentence that also says the notice was not delayed', () => {
    expect(
      measures(
        'We have reported the matter to law enforcement, but this notice has not been delayed because of it.',
      ),
    ).toContain('police_report');
  });
  it('does not read a notice delayed by a law enforcement investigation as a police report', () => {
    expect(
      measures('This notice was not delayed as a result of a law enforcement investigation.'),
    ).not.toContain('police_report');
    expect(measures('Notification was delayed at the request of law enforcement.')).not.toContain(
      'police_report',
    );
  });
});

describe('extractMeasures (English letters): the police named or told in the passive', () => {
  it('reads "contacted the Exampleton police department" and "the police were notified"', () => {
    expect(measures('I immediately contacted the Exampleton police department.')).toContain('police_report');
    expect(measures('The police were immediately notified and a report was filed.')).toContain(
      'police_report',
    );
    expect(measures('Local police authorities were notified at that time.')).toContain('police_report');
  });
  it('does not read the police telling us as our report', () => {
    expect(measures('We were notified by the police that a laptop had been found.')).not.toContain(
      'police_report',
    );
  });
});

describe('extractMeasures (English letters): access or accounts disabled', () => {
  it('reads "disabled the unauthorized accounts" and "revoked the contractor’s access" as access blocked', () => {
    expect(measures('We promptly disabled the unauthorized accounts.')).toContain('access_blocked');
    expect(measures('Example Widgets Inc. revoked the contractor’s access the same day.')).toContain(
      'access_blocked',
    );
  });
});

describe('extractMeasures (English letters): passwords the organisation reset', () => {
  it('reads "reset all user passwords" and "changed the employee’s account password"', () => {
    expect(measures('We immediately reset all Example Widgets user passwords.')).toContain('password_reset');
    expect(measures('Example Widgets Inc. changed the employee’s account password.')).toContain(
      'password_reset',
    );
  });
  it('does not read advice to the reader as a reset', () => {
    expect(measures('You may want to consider changing your passwords.')).not.toContain('password_reset');
  });
});

describe('extractMeasures (English letters): data or systems secured', () => {
  it('reads "secured the data" and "took steps to secure the system" as access blocked', () => {
    expect(measures('We secured the data the same day we were told.')).toContain('access_blocked');
    expect(measures('Example Widgets Inc. took steps to secure the system and the files on it.')).toContain(
      'access_blocked',
    );
  });
  it('does not read ongoing work to secure a system as done', () => {
    expect(measures('Our teams are working to secure the e-commerce system.')).not.toContain(
      'access_blocked',
    );
  });
});

describe('extractMeasures (English letters): the attack path closed', () => {
  it('reads "secured the employee’s email account" and "disabled the malware" as access blocked', () => {
    expect(measures('Upon learning of it, we secured the employee’s email account.')).toContain(
      'access_blocked',
    );
    expect(
      measures('Example Diner found a way to stop it and has disabled the malware in every shop.'),
    ).toContain('access_blocked');
  });
});

describe('extractMeasures (English letters): a theft reported, credentials changed', () => {
  it('reads "was reported to the appropriate authorities" as a police report', () => {
    expect(measures('The break-in was immediately reported to the appropriate authorities.')).toContain(
      'police_report',
    );
  });
  it('reads "changed the employee’s account credentials" as a password reset', () => {
    expect(measures('Example Labs changed the employee’s account credentials the same day.')).toContain(
      'password_reset',
    );
  });
});

describe('extractMeasures (English letters): a safeguard passed, data taken', () => {
  it('reads a firewall the intruder broke through as no firewall added', () => {
    expect(measures('A vandal broke through our firewalls and posted a banner on the site.')).not.toContain(
      'firewall_waf',
    );
  });
  it('reads data "removed from our systems" by the intruder as no deletion', () => {
    expect(measures('The review found that some data was removed from Example Gym systems.')).not.toContain(
      'data_deletion',
    );
  });
});

describe('extractMeasures (English letters): session 7, spurious measures', () => {
  it('reads an offer to pay the reader as compensation, not pay data or claims', () => {
    expect(measures('We will reimburse you for any fees the bank charges.')).toContain('compensation');
    expect(
      measures('The report listed your name, salary and compensation for the 2019 plan year.'),
    ).not.toContain('compensation');
    expect(measures('Harbor Mutual handles workers’ compensation claims for Example Freight.')).not.toContain(
      'compensation',
    );
    expect(measures('The sheet was attached to a travel reimbursement claim form.')).not.toContain(
      'compensation',
    );
  });
  it('does not read an expense account as compensation', () => {
    expect(measures('The file held the account used to reimburse you for travel expenses.')).not.toContain(
      'compensation',
    );
    expect(measures('We have agreed to compensate affected guests.')).toContain('compensation');
  });
  it('reads data deleted by the organisation or a recipient, not data an intruder removed', () => {
    expect(measures('The recipient confirmed that she had deleted the message at once.')).toContain(
      'data_deletion',
    );
    expect(measures('We promptly removed the spreadsheet from the public folder.')).toContain(
      'data_deletion',
    );
    expect(
      measures('Before we locked the intruder out, the intruder removed a copy of the archive.'),
    ).not.toContain('data_deletion');
    expect(
      measures('We could not tell whether messages were viewed or removed by the unknown actor.'),
    ).not.toContain('data_deletion');
    expect(measures('There is no evidence that any files were removed from the server.')).not.toContain(
      'data_deletion',
    );
    expect(measures('Our technicians removed the old drives from the donated desktops.')).not.toContain(
      'data_deletion',
    );
  });
  it('reads an attack isolated or contained, not an isolated attack or data contained in a file', () => {
    expect(measures('We isolated the affected server within the hour.')).toContain('access_blocked');
    expect(measures('The intrusion has been contained.')).toContain('access_blocked');
    expect(
      measures('Our payroll team was the target of an isolated phishing scheme last spring.'),
    ).not.toContain('access_blocked');
    expect(
      measures('We reviewed the mailbox to learn what information was contained therein.'),
    ).not.toContain('access_blocked');
    expect(measures('Each message should have contained one file for one client.')).not.toContain(
      'access_blocked',
    );
  });
  it("does not read a vendor's own steps as the organisation's", () => {
    const text =
      'Our booking vendor, Example Stays, told us of an intrusion. Example Stays engaged a forensic firm and notified law enforcement. We are offering you credit monitoring.';
    const m = measures(text);
    expect(m).not.toContain('external_investigation');
    expect(m).not.toContain('police_report');
    expect(
      measures('Following its own review, Lakeside Hosting notified us that a server was breached.'),
    ).not.toContain('external_investigation');
    expect(
      measures('The service provider reported that it had hired a cybersecurity firm to assist.'),
    ).not.toContain('external_investigation');
    expect(
      measures(
        'After being alerted by our card processor, Example Inn engaged a cybersecurity firm to assist.',
      ),
    ).toContain('external_investigation');
  });
});

describe('extractMeasures (English letters): the letter telling its reader', () => {
  it('reads "wanted to let you know", "want you to be aware", "the purpose of this letter is to"', () => {
    expect(measures('We wanted to let you know about this event at Fernhill Dental.')).toContain(
      'individual_notification',
    );
    expect(measures('We want you to be aware of an error made by a clerk on May 3.')).toContain(
      'individual_notification',
    );
    expect(measures('The purpose of this letter is to describe the incident and its impact.')).toContain(
      'individual_notification',
    );
    expect(measures('We are notifying everyone whose records were on the server.')).toContain(
      'individual_notification',
    );
    expect(measures('Lakeview Tile is advising you of a recent incident.')).toContain(
      'individual_notification',
    );
  });
  it('does not read advice to the reader or a scam email as a notification', () => {
    expect(measures('We are advising you to watch your account statements.')).not.toContain(
      'individual_notification',
    );
    expect(measures('It looked like an email alerting you that a parcel had arrived.')).not.toContain(
      'individual_notification',
    );
  });
});

describe('extractMeasures (English letters): steps told in the passive or with a typo', () => {
  it('reads steps to stop further access, a server shut down, operations suspended', () => {
    expect(
      measures('Staff took action to stop and prevent futher unauthorized access to the system.'),
    ).toContain('access_blocked');
    expect(measures('Our team acted to prevent any further potential for access by outsiders.')).toContain(
      'access_blocked',
    );
    expect(measures('On May 4, Dunmore shutdown the affected server.')).toContain('service_suspended');
    expect(measures('The company’s operations were suspended after the discovery.')).toContain(
      'service_suspended',
    );
  });
  it('reads a police department informed, records retrieved, folders locked down, staff retrained', () => {
    expect(measures('The Oakridge Police Department was immediately informed.')).toContain('police_report');
    expect(measures('All known records were retrieved within a day.')).toContain('data_deletion');
    expect(measures('The IT team locked down the shared folders on June 2.')).toContain(
      'access_control_tightened',
    );
    expect(measures('The clerk involved has been retrained.')).toContain('staff_training');
  });
  it('does not read a vow about future access or a stolen item still missing as a step', () => {
    expect(measures('Nothing has been recovered so far.')).not.toContain('data_deletion');
    expect(measures('We will work to keep our systems safe.')).not.toContain('service_suspended');
  });
  it('reads systems locked down, the affected parts contained, access remediated or halted, accounts shut down (h/en-cm)', () => {
    expect(measures('Within the hour we locked down our billing network and rebuilt two servers.')).toContain(
      'access_blocked',
    );
    expect(measures('Staff contained and secured the potentially affected workstations.')).toContain(
      'access_blocked',
    );
    expect(measures('Our team was able to remediate the unauthorized access the same afternoon.')).toContain(
      'access_blocked',
    );
    expect(measures('Harbor Lane Foods took immediate action to halt it.')).toContain('access_blocked');
    expect(measures('We took measures to secure all member information.')).toContain('access_blocked');
    expect(measures('You can take steps to secure your information.')).not.toContain('access_blocked');
    const m = measures('We promptly shut down the two staff email accounts that were reached.');
    expect(m).toContain('access_blocked');
    expect(m).not.toContain('service_suspended');
  });
  it('reads reports to a sheriff, the FBI, law enforcement among others, and to the SEC or FINRA (h/en-cm)', () => {
    expect(measures('We reported the matter to the Pine County Sheriff’s Office.')).toContain(
      'police_report',
    );
    expect(measures('The clinic reported it to the FBI and the SEC.')).toEqual(
      expect.arrayContaining(['police_report', 'regulator_report']),
    );
    expect(measures('We are cooperating with the card brands, our bank and law enforcement.')).toContain(
      'police_report',
    );
    expect(measures('We quickly alerted our suppliers/partners and authorities.')).toContain('police_report');
    expect(measures('You may also report identity theft to the SEC or your state regulators.')).not.toContain(
      'regulator_report',
    );
  });
  it('does not read forensic work by the sheriff, or by a vendor named with a relative clause, as ours (h/en-cm)', () => {
    expect(
      measures('We told the Pine County Sheriff’s Office, who began a forensic review with federal agents.'),
    ).not.toContain('external_investigation');
    expect(
      measures(
        'Cedarline, which hosts our donor records, recently notified us of an attack. Cedarline retained forensic experts.',
      ),
    ).not.toContain('external_investigation');
  });
  it('reads notice provided to the people affected as individual notification (h/en-cm)', () => {
    expect(measures('We are providing notice to all individuals whose files were stored there.')).toContain(
      'individual_notification',
    );
    expect(measures('We provided written notice to those customers on the list.')).toContain(
      'individual_notification',
    );
  });
  it('reads accounts secured and credentials changed in the passive, a security expert consulted, a letter to the reader (h/en-cm)', () => {
    const m = measures('The staff email credentials were changed, and the mailboxes have been secured.');
    expect(m).toEqual(expect.arrayContaining(['password_reset', 'access_blocked']));
    expect(
      measures('Ridgeway confirmed through an IT security expert that two laptops held malware.'),
    ).toContain('external_investigation');
    expect(measures('We are writing to you because of an event at our Elm Street office.')).toContain(
      'individual_notification',
    );
    expect(
      measures(
        'Our vendor, Cedarline, notified us. We have been informed by Cedarline that its forensic experts removed the intruder.',
      ),
    ).not.toContain('external_investigation');
  });
  it('reads wordings found after set N was read (h/en-cm)', () => {
    expect(measures('The FBI and the county sheriff’s office were also notified.')).toContain(
      'police_report',
    );
    const m = measures(
      'We also notified the IRS, two state tax boards, and federal law enforcement authorities.',
    );
    expect(m).toEqual(expect.arrayContaining(['police_report', 'regulator_report']));
    expect(
      measures('We called our software vendor, the bank, and the Elm County Sheriff’s Department.'),
    ).toContain('police_report');
    expect(measures('We immediately disabled our member portal site.')).toContain('service_suspended');
    expect(measures('The review was led by incident response professionals.')).toContain(
      'external_investigation',
    );
    expect(measures('We worked with outside investigators to learn what happened.')).toContain(
      'external_investigation',
    );
    expect(measures('We are informing you because the drive held your file.')).toContain(
      'individual_notification',
    );
    expect(measures('We are notifying individuals whose records were on the drive.')).toContain(
      'individual_notification',
    );
    expect(measures('A call center employee may have read your details aloud.')).not.toContain('hotline');
    expect(measures('During an upgrade, access restrictions were removed for a day.')).not.toContain(
      'data_deletion',
    );
  });
});

describe('extractMeasures (English letters): the police told or worked with, in any tense', () => {
  it('reads the perfect passive, past cooperation, engaging and reporting to the police', () => {
    expect(measures('Federal law enforcement has also been notified.')).toContain('police_report');
    expect(measures('The state police and the tax office have been notified of the theft.')).toContain(
      'police_report',
    );
    expect(measures('We coordinated with law enforcement on the matter.')).toContain('police_report');
    expect(measures('We are working in conjunction with law enforcement and an outside firm.')).toContain(
      'police_report',
    );
    expect(measures('We engaged federal law enforcement and a forensic team.')).toContain('police_report');
    expect(measures('Harlow Dental reported the burglary to the local police the same day.')).toContain(
      'police_report',
    );
    expect(measures('Camera footage of the intruder was provided to law enforcement.')).toContain(
      'police_report',
    );
  });
  it('does not read advice to the reader', () => {
    expect(measures('If you suspect fraud, you should report it to the police.')).not.toContain(
      'police_report',
    );
    expect(
      measures('We encourage you to work with law enforcement if your identity is misused.'),
    ).not.toContain('police_report');
  });
});

describe('extractMeasures (English letters): outside specialists in any form of the verb', () => {
  it('reads the gerund, the passive, "one of the leading" and an independent investigation', () => {
    expect(measures('We are utilizing cyber security experts to assist us.')).toContain(
      'external_investigation',
    );
    expect(measures('We changed the passwords, including engaging outside security specialists.')).toContain(
      'external_investigation',
    );
    expect(
      measures('A week later an outside security expert was engaged to review the Orrin Tools servers.'),
    ).toContain('external_investigation');
    expect(measures('Orrin Tools engaged one of the leading data security firms to investigate.')).toContain(
      'external_investigation',
    );
    expect(measures('An independent forensic investigation found the cause.')).toContain(
      'external_investigation',
    );
  });
  it('does not read a provider the organisation uses, or a law firm', () => {
    expect(measures('Like many shops, we utilize a third party company to run our website.')).not.toContain(
      'external_investigation',
    );
    expect(measures('We retained an outside law firm to advise us.')).not.toContain('external_investigation');
  });
});

describe('extractMeasures (English letters): the intruder’s access ended', () => {
  it('reads access or activity stopped, contained or terminated, and code removed', () => {
    expect(measures('We immediately stopped all suspicious activity and began to investigate.')).toContain(
      'access_blocked',
    );
    expect(measures('Our team worked at once to contain the unauthorized access.')).toContain(
      'access_blocked',
    );
    expect(measures('The access was immediately terminated.')).toContain('access_blocked');
    expect(measures('The script was promptly removed from the store.')).toContain('access_blocked');
  });
  it('does not read what is unknown or only hoped for', () => {
    expect(
      measures('We cannot tell whether data was copied before the unauthorized access was terminated.'),
    ).not.toContain('access_blocked');
  });
});

describe('extractMeasures (English letters): the letter itself as the notice', () => {
  it('reads "we are informing you of …" and "writing to you with …"', () => {
    expect(measures('Out of caution, we are informing you of this event.')).toContain(
      'individual_notification',
    );
    expect(measures('We are notifying you about the incident and the steps we took.')).toContain(
      'individual_notification',
    );
    expect(measures('I am writing to you on behalf of Tarn Clinics about a security incident.')).toContain(
      'individual_notification',
    );
  });
  it('does not read advice to the reader', () => {
    expect(measures('We are advising you to keep a close eye on your statements.')).not.toContain(
      'individual_notification',
    );
  });
});

describe('extractMeasures (English letters): a flaw told as closed', () => {
  it('reads the passive, patches released and faulty code fixed', () => {
    expect(
      measures('Kestrel Hosting assured us that the vulnerabilities in its platform have been mitigated.'),
    ).toContain('bug_fixed');
    expect(measures('Shortly after, the security vulnerability was remediated.')).toContain('bug_fixed');
    expect(measures('In March, Quillon released a series of security patches.')).toContain('bug_fixed');
    expect(measures('We have since fixed the website code that caused this.')).toContain('bug_fixed');
  });
  it('does not read what is unknown or advice to the reader', () => {
    expect(measures('We are checking whether Quillon released a series of security patches.')).not.toContain(
      'bug_fixed',
    );
    expect(measures('Make sure you have applied the security patches on your computer.')).not.toContain(
      'bug_fixed',
    );
  });
});

describe('extractMeasures (English letters): card companies watching the cards', () => {
  it('reads card companies told and accounts monitored, even when a vendor told them', () => {
    expect(
      measures(
        'Our vendor, Brightcart, informed us of the breach. Brightcart has notified the card companies, and these accounts are being monitored for fraud.',
      ),
    ).toContain('card_monitoring');
    expect(measures('The affected cards were monitored for fraudulent charges.')).toContain(
      'card_monitoring',
    );
  });
  it('does not read advice to watch one’s own statements', () => {
    expect(
      measures('Your card issuer can help if you see charges you do not recognise; monitor your account.'),
    ).not.toContain('card_monitoring');
  });
});
