import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('extractMeasures (English web notices): notices sent, regulators and police abroad', () => {
  it('reads written notice or notification provided to the people concerned', () => {
    expect(
      measures(
        'Halvern Clinic is providing written notice to the affected patients at their last known address.',
      ),
    ).toContain('individual_notification');
    expect(
      measures('Out of caution, Brightmoor is providing notification to members whose files were held.'),
    ).toContain('individual_notification');
    expect(measures('We located current addresses in order to provide notification.')).toContain(
      'individual_notification',
    );
    expect(
      measures('On March 4, the trust sent written notification to all clients whose boxes were missing.'),
    ).toContain('individual_notification');
    expect(
      measures('You are being notified because your card was used on our store during that week.'),
    ).toContain('individual_notification');
    expect(
      measures('If your details were involved, you will shortly receive a personal statement by post.'),
    ).toContain('individual_notification');
  });
  it('does not read notice given to a regulator or a bank as a word to each person', () => {
    expect(measures('Quillon Bank is providing notice to state regulators as required.')).not.toContain(
      'individual_notification',
    );
    expect(measures('You may wish to provide notice to your bank of any unknown charge.')).not.toContain(
      'individual_notification',
    );
  });
  it('reads privacy commissioners and data protection authorities told as a regulator report', () => {
    expect(
      measures(
        'We reported the matter to the police and the office of the Privacy Commissioner of Westland.',
      ),
    ).toContain('regulator_report');
    expect(
      measures(
        'We reported it to the relevant bodies, including the national cyber centre, the Office of the Federal Information Commissioner and two health agencies.',
      ),
    ).toContain('regulator_report');
    expect(
      measures('Our privacy team followed procedure, notifying the Data Protection Commission.'),
    ).toContain('regulator_report');
    expect(
      measures(
        'Dunmore Dental also reported the event to the FBI and the U.S. Department of Health and Human Services.',
      ),
    ).toContain('regulator_report');
  });
  it('reads police forces named by their own names', () => {
    expect(measures('The trust is working with An Garda Síochána on the criminal inquiry.')).toContain(
      'police_report',
    );
    expect(measures('We reported the theft to Action Fraud the same day.')).toContain('police_report');
  });
  it('reads access suspended, a network secured, and ransomware removed as the attack blocked', () => {
    expect(measures('We immediately suspended the clerk’s access to our records system.')).toContain(
      'access_blocked',
    );
    expect(
      measures('The town acted at once, securing the mail network and hiring an outside expert.'),
    ).toContain('access_blocked');
    expect(measures('The ransomware was found on May 2 and immediately removed that same day.')).toContain(
      'access_blocked',
    );
    expect(measures('We remain committed to securing our network for every resident.')).not.toContain(
      'access_blocked',
    );
  });
  it('does not read ransomware removed as data deleted', () => {
    expect(
      measures('Our servers were hit by ransomware, which we discovered and immediately removed.'),
    ).not.toContain('data_deletion');
  });
  it('reads outside security professionals contacted or a consultant worked with as external help', () => {
    expect(
      measures('Orchard Family Care at once contacted independent cybersecurity professionals for help.'),
    ).toContain('external_investigation');
    expect(measures('Our district still works with a cybersecurity consultant on its recovery.')).toContain(
      'external_investigation',
    );
  });
  it('does not read a data mining or document review vendor as a forensic investigation', () => {
    expect(
      measures('The union then engaged a data mining firm to review the mailbox contents.'),
    ).not.toContain('external_investigation');
    expect(
      measures('We reviewed the stored files with the assistance of third-party data review specialists.'),
    ).not.toContain('external_investigation');
  });
  it('reads systems that remain offline as a suspended service, not an attempt to shut them down', () => {
    expect(measures('The county network and phone systems remain offline while the work goes on.')).toContain(
      'service_suspended',
    );
    expect(
      measures('Ridgeway Clinic suffered an attempt to shut down its computer operations in May.'),
    ).not.toContain('service_suspended');
  });
  it('does not read records that may have been destroyed by mistake as a deletion', () => {
    expect(
      measures('The missing boxes may have been inadvertently destroyed during the office move.'),
    ).not.toContain('data_deletion');
  });
  it('does not read repaid credit monitoring as compensation', () => {
    const m = measures(
      'The agency will also reimburse patients for up to a year of a credit monitoring service.',
    );
    expect(m).not.toContain('compensation');
    expect(m).toContain('credit_monitoring_offered');
  });
  it('does not read advice to review statements as a warning about suspicious mail', () => {
    expect(
      measures('Residents are asked to remain vigilant by reviewing bank statements and credit reports.'),
    ).not.toContain('phishing_warning');
    expect(measures('Please remain vigilant for e-mails that ask for your password.')).toContain(
      'phishing_warning',
    );
  });
});

describe('extractMeasures (English web notices): notice to another body', () => {
  it('does not read notice provided to a healthcare provider or a business as a word to each person', () => {
    expect(
      measures(
        'On May 2, the vendor provided written notification to your healthcare provider of its findings.',
      ),
    ).not.toContain('individual_notification');
    expect(measures('We provided notice to the payment processor the same week.')).not.toContain(
      'individual_notification',
    );
  });
  it('reads notice provided at the mailing address on file', () => {
    expect(
      measures('We are providing written notice at the mailing address we hold for each person.'),
    ).toContain('individual_notification');
  });
});

describe('extractMeasures (English web notices): the people told in the passive, the attorney general', () => {
  it('reads letters mailed, people contacted or written to as individual notification', () => {
    for (const t of [
      'Notification letters were mailed on June 9.',
      'Letters are being sent to those affected this week.',
      'E-mails were sent to the affected members on July 1.',
      'Affected clients have been contacted directly by our team.',
      'We have written to all affected tenants.',
      'The academy notified parents by email on Monday.',
    ])
      expect(measures(t)).toContain('individual_notification');
    expect(measures('If you received e-mails sent to the affected members, ignore them.')).not.toContain(
      'individual_notification',
    );
  });
  it('reads the attorney general or a department of education told as a regulator report', () => {
    expect(measures('Tarnwood reported the matter to the Office of the Attorney General.')).toContain(
      'regulator_report',
    );
    expect(measures('The district has also notified the state Department of Education.')).toContain(
      'regulator_report',
    );
    expect(measures('You may also contact your state Attorney General.')).not.toContain('regulator_report');
  });
});

describe('extractMeasures (English web notices): a vendor named beside "one of <organisation> providers"', () => {
  it('reads what the named vendor did as the vendor’s step', () => {
    expect(
      measures(
        'Quarry Soft, Inc., one of Lakeside Youth Services third-party service providers, told us of an attack on its systems. Quarry Soft assured us that the copy of the data taken has been destroyed.',
      ),
    ).not.toContain('data_deletion');
  });
});

describe('extractMeasures (English web notices): whose precautions, vigilance against what', () => {
  it('reads notification sent to the potentially impacted', () => {
    expect(
      measures(
        'On May 2, 2024, Halvern Clinic sent written notification to all potentially impacted patients.',
      ),
    ).toContain('individual_notification');
  });

  it('gives no phishing warning for the organisation’s own precautions', () => {
    expect(
      measures('Despite these precautions, an intruder copied card numbers typed into our shop.'),
    ).not.toContain('phishing_warning');
    expect(measures('The college has taken immediate precautions to strengthen its network.')).not.toContain(
      'phishing_warning',
    );
    expect(
      measures('We encourage you to take simple precautions with any message that asks for a password.'),
    ).toContain('phishing_warning');
  });

  it('reads vigilance against mail or calls, not vigilance against misuse', () => {
    expect(
      measures(
        '“Please remain vigilant against any misuse of your details,” the letter from Brightmoor says.',
      ),
    ).not.toContain('phishing_warning');
    expect(measures('Please remain vigilant about emails that ask for your login.')).toContain(
      'phishing_warning',
    );
  });
});

describe('extractMeasures (English web notices): a service halted under a response heading', () => {
  const values = (t: string) =>
    extract(`https://status.halvern-example.net/notice\n${t}`).measures.map((f) => f.value);

  it('reads a run or service the writer halted as told under "Mitigation"', () => {
    const text =
      'Service notice\nSummary of impact:\nSome Halvern Hosting invoices showed the wrong account details.\nMitigation:\nOur team halted the weekly invoice run while the fault was traced.';
    expect(values(text)).toContain('service_suspended');
  });

  it('leaves the intruder’s access stopped, and halting told outside such a heading, out of it', () => {
    expect(
      values('Service notice\nMitigation:\nOur team stopped the unauthorized access within the hour.'),
    ).not.toContain('service_suspended');
    expect(
      values('Service notice\nSummary of impact:\nThe outage halted the weekly invoice run for a day.'),
    ).not.toContain('service_suspended');
  });

  it('reads a network the writer deactivated', () => {
    expect(
      measures('After the attack, Halvern Dental deactivated the network and called in experts.'),
    ).toContain('service_suspended');
  });
});

// Fictional notices, written for these tests (session 15, branch h/enfacts8).
describe('extractMeasures (English web notices): session 15 forms', () => {
  it('reads people told of the incident by its noun, without a determiner', () => {
    expect(
      measures(
        'Ashby Rowing Club has informed members of a data security incident affecting its booking site.',
      ),
    ).toContain('individual_notification');
    expect(measures('On 3 May the trust alerted its volunteers about the breach by email.')).toContain(
      'individual_notification',
    );
  });

  it('reads enhanced training and experts deployed to investigate', () => {
    expect(measures('The letter listed enhanced security training for all staff.')).toContain(
      'staff_training',
    );
    expect(measures('The town deployed a team of independent experts to investigate the outage.')).toContain(
      'external_investigation',
    );
  });

  it('does not read an attack that took systems down as a step the organisation took', () => {
    expect(
      measures('Last year another society suffered a ransomware attack that took down its online banking.'),
    ).not.toContain('service_suspended');
    expect(
      measures('The district had an attack in September that took down the main servers for a week.'),
    ).not.toContain('service_suspended');
    expect(measures('After the attack, we took down the affected servers.')).toContain('service_suspended');
  });
});
