import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('extractMeasures (English): reports to the police, in every form of the clause', () => {
  it('reads a report verb with the police as its object, active, passive or future', () => {
    for (const t of [
      'Upon discovery we promptly notified law enforcement.',
      'We have reported the break-in to Police Scotland.',
      'Bramwell Trust will notify the police and the regulator this week.',
      'The county sheriff’s office was called and attended the same evening.',
      'The matter has been referred to the National Crime Agency.',
      'The police have now been informed.',
    ])
      expect(measures(t), t).toContain('police_report');
  });
  it('reads a complaint lodged, and work beside the police named in a list', () => {
    for (const t of [
      'We have lodged a formal complaint with police, who are investigating.',
      'Our staff continue to work with the cyber centre, the National Crime Agency and our insurers.',
      'We are liaising with the law enforcement authorities of the country concerned.',
      'We are supporting the police investigation in every way we can.',
    ])
      expect(measures(t), t).toContain('police_report');
  });
  it('reads joint work, an initialled agency, and a police investigation under way', () => {
    for (const t of [
      'We opened an inquiry in conjunction with the county sheriff’s office.',
      'Our response included cooperation with law enforcement.',
      'We also reported the incident to the U.S. Secret Service.',
      'A police investigation is under way.',
      'Law enforcement is also actively investigating the theft.',
    ])
      expect(measures(t), t).toContain('police_report');
    expect(measures('The state police launched an investigation of their own.')).not.toContain(
      'police_report',
    );
  });
  it('does not read advice to the reader or a report by the police as a report to them', () => {
    for (const t of [
      'If you suspect identity theft, you should report it to your local police.',
      'Suspected fraud should be reported to law enforcement without delay.',
      'We were contacted by police on 4 May about the stolen laptop.',
      'Residents of some states may obtain a police report by contacting their local police department.',
      'Known or suspected identity theft should be promptly reported to law enforcement.',
      'By law, notification to the police could be delayed while they investigate.',
    ])
      expect(measures(t), t).not.toContain('police_report');
  });
});

describe('extractMeasures (English): reports to regulators', () => {
  it('reads a regulator as the object of a report verb, a filing or a contact', () => {
    for (const t of [
      'We notified the Office of the Information Commissioner within 72 hours.',
      'Harrowgate Clinics has also reported the incident to state regulators.',
      'We are in regular contact with our regulators and the cyber security centre.',
      'A breach notification was submitted to the Data Protection Commission on 3 March.',
      'Notice has also been provided, and the Department of Health and Human Services has been informed.',
      'The inquiry followed a data breach notification lodged by the company in June.',
    ])
      expect(measures(t), t).toContain('regulator_report');
  });
  it('reads a letter to the regulator itself', () => {
    expect(
      measures('We are writing to notify your office of a security incident at Fenwick Dental.'),
    ).toContain('regulator_report');
  });
  it('does not read the reader’s right to complain, or a posting on a website, as a report', () => {
    for (const t of [
      'You have the right to lodge a complaint with the Information Commissioner.',
      'The incident was reported on the HHS website last month.',
    ])
      expect(measures(t), t).not.toContain('regulator_report');
  });
});

describe('extractMeasures (English): the people told', () => {
  it('reads mail or calls to the people, counted or named by who they are', () => {
    for (const t of [
      'We have sent emails and text messages to Larkfield and Penhale customers about the incident.',
      'The hospital issued a written apology to over 700 patients this week.',
      'Where possible, we will be in direct contact with these individuals next week.',
      'The district office telephoned the affected persons to apologise.',
      'The retailers are notifying a total of 2,310 consumers by post.',
      'Customers whose card numbers were involved are being contacted directly.',
      'Affected members will receive a letter with details of the support offered.',
      'We will contact everyone who was affected.',
      'We sent a notification email to all members on our mailing list.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('reads the reader told that this message is their notice', () => {
    expect(measures('You’re being contacted because you hold an account with our lending scheme.')).toContain(
      'individual_notification',
    );
  });
  it('does not read a promise made only on a finding, or mail the intruder sent, as a notice', () => {
    for (const t of [
      'If the review shows that any records were taken, we will notify those individuals directly.',
      'An outside individual sent emails to certain Orbis employees soliciting their passwords.',
      'The attackers sent messages to our customers pretending to be the bank.',
    ])
      expect(measures(t), t).not.toContain('individual_notification');
  });
  it('does not read a vendor telling its own clients as the writer’s notice', () => {
    expect(measures('Cloudvault notified its customers that a server had been accessed.')).not.toContain(
      'individual_notification',
    );
  });
});

describe('extractMeasures (English): help lines, reviews, other steps told as clauses', () => {
  it('reads a help line set up, as an act or in the passive', () => {
    for (const t of [
      'A support line has been set up to answer questions.',
      'We have set up a number (0800 123 456) for anyone worried about their records.',
      'The council opened a dedicated helpline on Monday.',
    ])
      expect(measures(t), t).toContain('hotline');
    expect(measures('We have set up a number of new safeguards.')).not.toContain('hotline');
  });
  it('reads new procedures put in place and a security programme strengthened as a process review', () => {
    for (const t of [
      'New procedures have been implemented to protect personal data.',
      'We introduced revised data-handling protocols across all sites.',
      'We have strengthened our procedures for sending bulk email.',
      'We have enhanced our information security management program.',
    ])
      expect(measures(t), t).toContain('process_review');
  });
  it('reads systems closed down, a fault repaired, keys revoked and systems watched', () => {
    expect(measures('The attack led to us closing down our IT systems.')).toContain('service_suspended');
    expect(measures('Our engineers traced it to a caching problem, which has now been repaired.')).toContain(
      'bug_fixed',
    );
    expect(measures('We revoked the API key and issued a new one.')).toContain('credential_management');
    expect(measures('We hired a firm to check and monitor the network infrastructure.')).toContain(
      'monitoring_enhanced',
    );
    expect(measures('Our team continues monitoring for any further activity of this kind.')).toContain(
      'monitoring_enhanced',
    );
    expect(measures('You should monitor your accounts and your network for unusual activity.')).not.toContain(
      'monitoring_enhanced',
    );
  });
  it('reads outside experts among the bodies worked with as an external investigation', () => {
    expect(
      measures(
        'Council staff continue to work with the cyber centre, police and external experts to investigate.',
      ),
    ).toContain('external_investigation');
  });
});

describe('extractMeasures (English): an outside firm brought in to judge the defences', () => {
  it('reads a firm engaged to evaluate the security programme as an assessment, not a forensic investigation', () => {
    const m = measures(
      'We engaged an independent consulting firm to objectively evaluate our security programs and recommend improvements.',
    );
    expect(m).toContain('vulnerability_assessment');
    expect(m).not.toContain('external_investigation');
  });
  it('still reads a firm engaged to investigate the attack as an external investigation', () => {
    expect(
      measures('We engaged a forensic firm to investigate the attack and assess our security controls.'),
    ).toContain('external_investigation');
  });
  it('does not read a missing safeguard named in a finding as a step taken', () => {
    expect(
      measures('The report cites a failure to enable multi-factor authentication on remote access.'),
    ).not.toContain('mfa_introduced');
    expect(measures('We have since enabled multi-factor authentication on all remote access.')).toContain(
      'mfa_introduced',
    );
  });
});
