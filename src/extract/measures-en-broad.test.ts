import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('extractMeasures (English, beyond US letters): the people told', () => {
  it('reads the people reached, named by who they are or by a relative clause', () => {
    for (const t of [
      'We have written to everyone whose details were on the list.',
      'Our team has been in touch with those affected.',
      'We emailed all account holders on 3 May.',
      'Harbourside Dental will be notifying those affected over the coming days.',
      'We are getting in touch with the customers concerned.',
      'We telephoned each of the tenants involved.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('reads the people told in the passive, their noun before or after the word of touch', () => {
    for (const t of [
      'The retailer said customers affected had been notified.',
      'Those affected have been contacted directly.',
      'All affected members have now been informed.',
      'People impacted by the incident have been written to.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('reads people let know, or a letter each of them has received', () => {
    for (const t of [
      'We have let affected customers know by email.',
      'Each affected family has received a letter from the school.',
      'Every affected student will receive an email this week.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('does not read a mail sent by the attacker, or a notice promised on a finding', () => {
    for (const t of [
      'The fraudsters emailed all customers on the list with a fake invoice.',
      'If we find that your data was affected, we will notify you.',
      'If our review identifies anyone else, we will contact those affected.',
      'We have introduced multi-factor authentication for all staff.',
    ])
      expect(measures(t), t).not.toContain('individual_notification');
  });
});

describe('extractMeasures (English, beyond US letters): regulators and police', () => {
  it('reads regulators outside the United States, the verb first or in the passive', () => {
    for (const t of [
      'We have notified the PDPC.',
      'We have notified CERT-In within six hours, as the rules require.',
      'We reported the incident to the Information Regulator in terms of the Act.',
      'The Privacy Commissioner has been made aware.',
      'We have informed the relevant authorities.',
      'Northgate Building Society said it had informed its regulator.',
      'We have self-reported to the data protection regulator.',
      'We notified the OAIC under the Notifiable Data Breaches scheme.',
    ])
      expect(measures(t), t).toContain('regulator_report');
  });
  it('does not read a regulator named in advice, a right of the reader, or the police', () => {
    for (const t of [
      'You have the right to complain to the Information Regulator.',
      'You may wish to contact the PDPC if you are unhappy with our reply.',
      'The theft was reported to the appropriate authorities.',
    ])
      expect(measures(t), t).not.toContain('regulator_report');
  });
  it('reads police reporting services and a case opened with the police', () => {
    for (const t of [
      'The matter has been reported to Action Fraud.',
      'We reported the theft to SAPS the same evening.',
      'A case has been opened with the local police.',
      'We have obtained a crime reference number.',
      'We filed a report with ReportCyber.',
    ])
      expect(measures(t), t).toContain('police_report');
  });
  it('does not read a police service named in advice to the reader', () => {
    for (const t of [
      'You should report any suspicious emails to Action Fraud.',
      'Please quote your crime reference number when you call.',
    ])
      expect(measures(t), t).not.toContain('police_report');
  });
});

describe('extractMeasures (English, beyond US letters): the way in closed', () => {
  it('reads a store of data or an account closed in the passive', () => {
    for (const t of [
      'The exposed database was secured.',
      'The compromised account was disabled.',
      'The storage bucket has since been locked down.',
      'The affected servers were immediately isolated.',
    ])
      expect(measures(t), t).toContain('access_blocked');
  });
  it('reads the writer securing a bucket or closing an access point', () => {
    for (const t of [
      'We secured the storage bucket within hours.',
      'We have closed off the access point used.',
    ])
      expect(measures(t), t).toContain('access_blocked');
  });
  it('does not read a safeguard that was missing, or one the reader is told to add', () => {
    for (const t of [
      'The database was not secured by a password.',
      'Before the account was disabled, the intruder sent 40 emails.',
      'You should make sure your account is secured with a strong password.',
    ])
      expect(measures(t), t).not.toContain('access_blocked');
  });
});

describe('extractMeasures (English, beyond US letters): controls, training, ways of working', () => {
  it('reads who may reach the data narrowed', () => {
    for (const t of [
      'We have further restricted who can access the files.',
      'Access to the database is now limited to a small number of staff.',
      'We limited the number of people with administrator rights.',
    ])
      expect(measures(t), t).toContain('access_control_tightened');
    for (const t of [
      'The intruder gained limited access to one folder.',
      'Access to your account has been restricted until you reset your password.',
    ])
      expect(measures(t), t).not.toContain('access_control_tightened');
  });
  it('reads staff trained again or given further training', () => {
    for (const t of ['We are retraining staff.', 'The staff involved have been given additional training.'])
      expect(measures(t), t).toContain('staff_training');
    expect(measures('You can retrain your spam filter by marking the message.')).not.toContain(
      'staff_training',
    );
  });
  it('reads how the work is done, changed or under review', () => {
    for (const t of [
      'We are reviewing how we handle personal information.',
      'We have changed the way we send these reports.',
      'We will look again at how our staff check addresses before posting.',
    ])
      expect(measures(t), t).toContain('process_review');
    expect(measures('You can change how you receive statements in the app.')).not.toContain('process_review');
  });
  it('does not read a vendor’s own step as the writer’s', () => {
    expect(measures('Our vendor took its servers offline.')).not.toContain('service_suspended');
  });
});

describe('extractMeasures (English, news and passive forms)', () => {
  it('reads notices gone out, and people made aware of the incident', () => {
    for (const t of [
      'Emails have gone out to all affected customers.',
      'Members have been made aware of the incident.',
    ])
      expect(measures(t), t).toContain('individual_notification');
    expect(measures('Staff have been made aware of their duties.')).not.toContain('individual_notification');
  });
  it('reads a regulator’s own word that it was told, and a regulator told by a news subject', () => {
    for (const t of [
      'A spokesperson for the ICO said the company had made it aware of an incident.',
      'The Privacy Commissioner confirmed it had received a breach notification from the insurer.',
      'It has told the Information Commissioner’s Office about the breach.',
      'The breach has been reported to the data watchdog.',
    ])
      expect(measures(t), t).toContain('regulator_report');
    expect(measures('The ICO said people should be wary of calls.')).not.toContain('regulator_report');
  });
  it('reads the police told they are aware', () => {
    expect(measures('Police are aware and investigating.')).toContain('police_report');
  });
  it('reads the intruder’s access shut, an incident contained, systems cut off to contain it', () => {
    for (const t of [
      'We shut down the attacker’s access.',
      'We closed the unauthorised access within the hour.',
      'The breach was contained within hours.',
      'We disconnected the affected server from the network to stop the attack.',
      'We took our systems offline to contain the incident.',
    ])
      expect(measures(t), t).toContain('access_blocked');
    for (const t of [
      'The incident has not yet been contained.',
      'Before the server was secured, it had been open for two weeks.',
    ])
      expect(measures(t), t).not.toContain('access_blocked');
  });
  it('reads public reach removed and access taken back or tightened', () => {
    for (const t of [
      'We removed public access to the bucket.',
      'We changed the settings so the folder is no longer public.',
      'We have removed access for staff who no longer need it.',
      'We have tightened access to the shared drive.',
      'Permissions on the shared folder have been changed.',
    ])
      expect(measures(t), t).toContain('access_control_tightened');
    expect(measures('The hackers removed public access to our website.')).not.toContain(
      'access_control_tightened',
    );
  });
  it('reads monitoring stepped up in the passive, and new procedures put in place', () => {
    expect(measures('Monitoring of our systems has been stepped up.')).toContain('monitoring_enhanced');
    expect(measures('Monitoring of your credit has been extended.')).not.toContain('monitoring_enhanced');
    expect(measures('We have put new procedures in place.')).toContain('process_review');
    expect(measures('We have put additional checks in place before letters are posted.')).toContain(
      'process_review',
    );
  });
});

describe('extractMeasures (English): a duty stated in general is no report made', () => {
  it('does not read the law explained, as regulators’ pages and news do', () => {
    for (const t of [
      'Under the law, organisations must notify affected individuals within 30 days.',
      'Companies are required to report serious breaches to the ICO within 72 hours.',
      'Businesses have a legal obligation to notify the regulator of eligible data breaches.',
      'An organisation that suffers a breach must tell the people affected without undue delay.',
      'The law requires companies to contact customers whose data was exposed.',
    ]) {
      const got = measures(t);
      expect(got, t).not.toContain('individual_notification');
      expect(got, t).not.toContain('regulator_report');
    }
  });
  it('still reads the writer’s own report made under that duty', () => {
    expect(measures('As required by law, we have notified the Information Commissioner.')).toContain(
      'regulator_report',
    );
    expect(
      measures('The company said it was required to notify affected customers and has now done so.'),
    ).toContain('individual_notification');
  });
});

describe('extractMeasures (English, beyond US letters): specialists, monitoring, sector regulators', () => {
  it('reads specialists brought in or leading the inquiry', () => {
    for (const t of [
      'We brought in specialist cyber security advisers.',
      'An independent investigation is under way, led by a specialist firm.',
      'Our insurer’s incident response team is assisting us.',
    ])
      expect(measures(t), t).toContain('external_investigation');
    expect(measures('The review was led by an outside law firm.')).not.toContain('external_investigation');
  });
  it('reads the writer watching for the data, or its systems watched', () => {
    for (const t of [
      'We are monitoring the dark web for any sign of the stolen data.',
      'We are actively monitoring for any misuse of the information.',
      'Our systems are being monitored around the clock.',
    ])
      expect(measures(t), t).toContain('monitoring_enhanced');
    expect(measures('We are offering you dark web monitoring for two years.')).not.toContain(
      'monitoring_enhanced',
    );
  });
  it('reads sector regulators told', () => {
    for (const t of [
      'We notified the Solicitors Regulation Authority.',
      'The school has informed the Department for Education.',
      'We have reported the matter to the Pensions Regulator.',
    ])
      expect(measures(t), t).toContain('regulator_report');
  });
});

describe('extractMeasures (English news): letters and filings to officials', () => {
  it('reads a filing or letter to a regulator as a report to it, not as a word to the people', () => {
    for (const t of [
      'In a letter to the Maine Attorney General, the company said 4,000 people were affected.',
      'According to a filing with the state attorney general’s office, the data included names.',
      'In a notice submitted to the Information Commissioner, the firm said the attack began in May.',
    ]) {
      const got = measures(t);
      expect(got, t).toContain('regulator_report');
      expect(got, t).not.toContain('individual_notification');
    }
    expect(measures('You can file a complaint with the Attorney General.')).not.toContain('regulator_report');
  });
  it('does not read a letter to investors as a word to the people affected', () => {
    expect(measures('In a letter to shareholders, the chief executive apologised.')).not.toContain(
      'individual_notification',
    );
    expect(measures('The company sent letters to affected customers last week.')).toContain(
      'individual_notification',
    );
  });
});
