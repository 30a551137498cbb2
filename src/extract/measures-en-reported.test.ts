import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

// Invented notices and news items (Fernhill, Larkspur and the other names are made up).
const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);
const measuresOf = (t: string) => extract(t).measures.map((f) => f.value);

describe('English measures told of the organisation in the third person (news, press releases)', () => {
  it('reads people told, whatever stands between the verb and the people', () => {
    for (const t of [
      'Fernhill Clinic recently notified patients of a staff email phishing attack that exposed their records.',
      'College officials are notifying 4,210 School of Nursing students that their records may have been seen.',
      'The borough says it is now starting to notify everyone whose files might have been affected.',
      'Larkspur Foods began notifying those who were affected on Monday.',
      'We are mailing a notification letter to all clients who could potentially be impacted.',
      'Every member who may be affected will be notified directly.',
      'We then moved quickly to prepare and mail a notice to all affected individuals.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('does not read a scam that contacts people, nor a phishing mail sent to them', () => {
    for (const t of [
      'Fraudsters are contacting customers pretending to be Larkspur staff.',
      'Phishing emails were sent to customers from a spoofed Larkspur address.',
      'Scammers have been calling members and asking for their card numbers.',
    ])
      expect(measures(t), t).not.toContain('individual_notification');
  });
  it('reads a report to a regulator with the day told between the breach and the body', () => {
    expect(
      measures('Fernhill Clinic reported the breach Sept. 25 to HHS as affecting 3,100 people.'),
    ).toContain('regulator_report');
    expect(measures('The trust reported the incident on 4 March to the ICO.')).toContain('regulator_report');
  });
  it('reads an outside party hired to investigate, whatever it is called', () => {
    expect(
      measures(
        'Larkspur Foods has brought in Quarrymoor Corporation to complete a full investigation into what happened.',
      ),
    ).toContain('external_investigation');
    expect(measures('The school district retained Bellweather to investigate.')).toContain(
      'external_investigation',
    );
    expect(
      measures('We engaged Quarrymoor Corporation to provide our customers with support services.'),
    ).not.toContain('external_investigation');
    expect(measures('The county retained outside counsel to investigate.')).not.toContain(
      'external_investigation',
    );
  });
  it('reads "multifactor" written as one word', () => {
    expect(
      measures('Fernhill has added safeguards, including improving its multifactor authentication software.'),
    ).toContain('mfa_introduced');
  });
  it('does not read an attempt to recover a device as a device recovered', () => {
    expect(
      measures('The clerk kept calling the rail operator in an effort to recover the tablet.'),
    ).not.toContain('data_deletion');
    expect(measures('The stolen laptop was recovered by police on Friday.')).toContain('data_deletion');
  });
});

describe('English steps listed under a sentence that announces them', () => {
  const page = [
    'Larkspur College learned on March 3 that a roster had been posted to a public server.',
    'The college has since taken action to address the issue, including:',
    '- working with the search provider to remove the roster from its results;',
    '- offering to pay for identity theft protection for everyone involved;',
    '- notifying the state attorney general.',
    'The college said it regrets the error.',
  ].join('\n');
  it('reads the list items as the writer’s steps', () => {
    const got = measuresOf(page);
    expect(got).toContain('credit_monitoring_offered');
    expect(got).toContain('regulator_report');
  });
  it('does not carry the announcement past the list, nor from advice to the reader', () => {
    const advice = [
      'There are steps you can take to protect yourself, including:',
      '- enable multi-factor authentication on your accounts;',
      '- review your statements.',
    ].join('\n');
    expect(measuresOf(advice)).not.toContain('mfa_introduced');
  });
});

describe('Japanese measures and causes read within their clause', () => {
  it('reads a deletion asked for in one clause though the next asks to report suspicious mail', () => {
    expect(
      measures(
        '当校は、誤って届いた相手におわびし、届いたメールの削除をお願いしたほか、怪しいメールが届いたら知らせてほしいとも依頼した。',
      ),
    ).toContain('data_deletion');
    expect(measures('見覚えのないメールが届いたら、開かずに削除してください。')).not.toContain(
      'data_deletion',
    );
  });
  it('reads a function of an application stopped as a service suspended, a payment function not', () => {
    expect(measures('ウイルスが動かないように、被害を受けた受付システムの一部の機能を停止した。')).toContain(
      'service_suspended',
    );
    expect(measures('当社サイトの決済機能を停止しました。')).not.toContain('service_suspended');
  });
});
