import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);
const noticeMeasures = (t: string) => extract(t).measures.map((f) => f.value);

describe('extractMeasures (English): a safeguard by its verb class and object class', () => {
  it('reads safeguards put in place or strengthened, in any tense and in the passive', () => {
    expect(measures('Since then we have implemented stricter role-based access controls.')).toContain(
      'access_control_tightened',
    );
    expect(measures('Access permissions on the shared drive have been tightened.')).toContain(
      'access_control_tightened',
    );
    expect(measures('We will deploy endpoint detection tools across all offices.')).toContain(
      'monitoring_enhanced',
    );
    expect(measures('Our password requirements have been updated.')).toContain('credential_management');
    expect(measures('Harlow Mills has revised its data handling procedures.')).toContain('process_review');
    expect(measures('We are rolling out full-disk encryption on every laptop.')).toContain('encryption');
    expect(measures('The trust conducted a risk assessment of its systems.')).toContain(
      'vulnerability_assessment',
    );
    expect(measures('We are providing additional phishing awareness training to employees.')).toContain(
      'staff_training',
    );
  });
  it('does not read a participle used as an adjective, or advice, as a step', () => {
    expect(measures('The clerk acted outside our established procedures.')).not.toContain('process_review');
    expect(measures('You should enable two-step logging on your router.')).toEqual([]);
    expect(measures('We have enrolled you in credit monitoring and identity protection.')).not.toContain(
      'monitoring_enhanced',
    );
  });
  it('reads credentials rotated and sessions revoked', () => {
    expect(measures('We rotated all administrative credentials the same day.')).toContain('password_reset');
    expect(measures('We required all employees to reset their passwords.')).toContain('password_reset');
    expect(measures('Engineers revoked all active sessions within the hour.')).toContain('logins_blocked');
  });
  it('reads the intruder’s way in shut, patches applied, a stray mail recalled', () => {
    expect(measures('We blocked the malicious IP addresses at the perimeter.')).toContain('access_blocked');
    expect(measures('We removed the threat actor’s access and applied the latest security patches.')).toEqual(
      expect.arrayContaining(['access_blocked', 'bug_fixed']),
    );
    expect(measures('The clinic recalled the email within minutes.')).toContain('data_deletion');
  });
  it('keeps a denied step out', () => {
    expect(measures('We have not yet implemented multi-factor logging controls.')).not.toContain(
      'monitoring_enhanced',
    );
  });
});

describe('extractMeasures (English web notices): the section a step is listed in', () => {
  const notice = [
    'Notice of a Data Security Incident',
    'What happened',
    'On 3 March 2026 Quillfield Books found that an outside party had reached its order system.',
    'What we are doing',
    '- Additional staff training on handling customer records',
    '- Enhanced network monitoring',
    'What you can do',
    'We recommend that you turn on two-factor authentication for your email and review your access controls.',
  ].join('\n');
  it('reads bare steps listed under a response heading', () => {
    const m = noticeMeasures(notice);
    expect(m).toEqual(expect.arrayContaining(['staff_training', 'monitoring_enhanced']));
  });
  it('does not read safeguards the reader is told to add as the writer’s', () => {
    const m = noticeMeasures(notice);
    expect(m).not.toContain('mfa_introduced');
    expect(m).not.toContain('access_control_tightened');
  });
  it('does not read a bare noun phrase outside a response section', () => {
    const m = noticeMeasures(
      [
        'Update on our service',
        'What happened',
        '- Stricter access permissions were in place on the server.',
      ].join('\n'),
    );
    expect(m).not.toContain('access_control_tightened');
  });
});

describe('extractMeasures (English web notices): subjectless steps under a response heading', () => {
  const notice = [
    'Security incident at Brackenridge Veterinary Group',
    'Steps we have taken',
    '- Reset every staff password and revoke all active sessions',
    '- Notify affected customers by letter',
    '- Engage an independent forensic firm',
    'What you can do',
    '- Notify your bank if you see unfamiliar charges',
  ].join('\n');
  it('reads base-form steps as the writer’s acts', () => {
    expect(noticeMeasures(notice)).toEqual(
      expect.arrayContaining([
        'password_reset',
        'logins_blocked',
        'individual_notification',
        'external_investigation',
      ]),
    );
  });
  it('does not read the same form under advice to the reader', () => {
    const advice = [
      'Security incident at Brackenridge Veterinary Group',
      'What you can do',
      '- Engage an independent forensic firm to check your own devices',
    ].join('\n');
    expect(noticeMeasures(advice)).not.toContain('external_investigation');
  });
});

describe('extractMeasures (English): steps named as nouns, and reports', () => {
  it('reads changes to procedures, staff reminded, and a warning about false mail', () => {
    expect(measures('The review will lead to changes to our mailing procedures.')).toContain(
      'process_review',
    );
    expect(measures('All staff have been reminded to double-check addresses.')).toContain('staff_training');
    expect(measures('We notified recipients of the fraudulent email the same morning.')).toContain(
      'phishing_warning',
    );
  });
  it('reads people told by a letter or message named as a noun, and machines recovered', () => {
    expect(measures('In a letter to patients, the practice manager apologised for the error.')).toContain(
      'individual_notification',
    );
    expect(measures('The district is working to recover the laptops sold at auction.')).toContain(
      'data_deletion',
    );
    expect(measures('We are working to recover the computers from backups.')).not.toContain('data_deletion');
  });
  it('reads the path closed: an environment isolated, connections shut down', () => {
    expect(measures('Staff moved to isolate the affected environment.')).toContain('access_blocked');
    expect(measures('External network connections were shut down as a precaution.')).toContain(
      'access_blocked',
    );
  });
  it('reads a regulator named beside "authorities" as no police report', () => {
    const m = measures(
      'The breach has been reported to the relevant authorities, including the Privacy Commissioner.',
    );
    expect(m).toContain('regulator_report');
    expect(m).not.toContain('police_report');
  });
  it('reads police units and lists of bodies worked with', () => {
    expect(measures('The bank reported the theft to the Metro Fraud Unit.')).toContain('police_report');
    expect(
      measures(
        'We have been engaging with national and state government agencies, including the National Cyber Office, the Federal Police and the Privacy Commissioner.',
      ),
    ).toContain('police_report');
  });
});
