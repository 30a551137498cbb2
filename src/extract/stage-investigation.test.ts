import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { investigationState } from './stage-investigation.js';

// Fictional notices and sentences (invented organisations).
const stage = (url: string, t: string) => extract(`${url}\n${t}`).report_stage?.value ?? null;
const EN_URL = 'https://www.larkfield-example.org/news/network';
const JA_URL = 'https://www.example-kobo.jp/news/0412';

describe('investigation state in one sentence', () => {
  it('reads a running investigation in English from its predicate', () => {
    expect(investigationState('Our review of the matter remains under way.', 'en')).toBe('ongoing');
    expect(investigationState('The county is still investigating what was copied.', 'en')).toBe('ongoing');
    expect(investigationState('Given the early stages of the inquiry, we cannot say more.', 'en')).toBe(
      'ongoing',
    );
    expect(investigationState('The forensic work has not yet determined which files were taken.', 'en')).toBe(
      'ongoing',
    );
  });
  it('does not read a past, conditional or delaying mention as running', () => {
    expect(investigationState('While the investigation was ongoing, we closed the portal.', 'en')).toBe(null);
    expect(investigationState('Once the investigation is complete, we will write to you.', 'en')).toBe(null);
    expect(
      investigationState('Notice was delayed so as not to impede an ongoing police investigation.', 'en'),
    ).toBe(null);
    expect(investigationState('The board runs an ongoing review of permit records.', 'en')).toBe(null);
  });
  it('reads a running investigation in Japanese from the aspect of its verb', () => {
    expect(investigationState('当組合では現在、被害の範囲を調べている。', 'ja')).toBe('ongoing');
    expect(investigationState('会員名簿の流出の有無を確認しております。', 'ja')).toBe('ongoing');
    expect(investigationState('外部の専門家とともに解析を進めております。', 'ja')).toBe('ongoing');
  });
  it('does not read a fact confirmed, past narration or a duty as running', () => {
    expect(investigationState('当工房の受付端末で不審な通信を確認しております。', 'ja')).toBe(null);
    expect(investigationState('原因を調査しておりましたところ、設定の誤りが判明しました。', 'ja')).toBe(null);
    expect(investigationState('担当者は調査業務に従事しておりました。', 'ja')).toBe(null);
  });
  it('reads an outside investigation with its result stated as concluded', () => {
    expect(
      investigationState(
        '当工房が頼んだ外部業者の解析の結果、名簿のほかに持ち出された形跡はないと確認しました。',
        'ja',
      ),
    ).toBe('concluded');
    expect(investigationState('外部業者が解析中であり、いまのところ分かった範囲を記します。', 'ja')).not.toBe(
      'concluded',
    );
  });
});

describe('report stage from the investigation’s state', () => {
  it('reads an English notice whose investigation still runs as a first report', () => {
    expect(
      stage(
        EN_URL,
        'Network notice\nOn March 2 the Larkfield Library found malware on two of its servers. ' +
          'We are still investigating how far the intruder reached, with outside specialists. ' +
          'Patrons should watch for suspicious e-mail.',
      ),
    ).toBe('first');
  });
  it('reads “we will keep you informed” as more reports promised', () => {
    expect(
      stage(
        EN_URL,
        'Network notice\nThe Larkfield Library switched off its catalogue after a break-in on March 2. ' +
          'We will keep you informed as we restore service.',
      ),
    ).toBe('first');
  });
  it('reads a reference back to an earlier press release as a later report', () => {
    expect(
      stage(
        EN_URL,
        'Network notice\nAs reported by the Library Director in a press release on Monday, March 4, ' +
          'an outsider copied a patron list. Letters went to 210 patrons on March 20.',
      ),
    ).toBe('update');
  });
  it('leaves a plain English letter without these signs unstaged', () => {
    expect(
      stage(
        EN_URL,
        'Notice of data event\nOn March 2, a Larkfield Library laptop was stolen from a car. ' +
          'It held names of 40 volunteers. We have changed our procedures.',
      ),
    ).toBe(null);
  });
  it('reads a Japanese notice that dates its own earlier announcement (weekday after the date) as a later report', () => {
    expect(
      stage(
        JA_URL,
        '会員情報の流出について\n令和6年4月2日(火)に当組合名で報道発表した件について、' +
          'その後、流出した件数が312件であることが判明した。',
      ),
    ).toBe('update');
  });
  it('reads a report to an authority on a date as no earlier announcement', () => {
    expect(
      stage(JA_URL, '会員情報の誤送付について\n4月2日(火)に県の担当課へ報告した。対象者には個別に謝罪した。'),
    ).toBe(null);
  });
  it('reads an outside investigation’s stated result as a final report', () => {
    expect(
      stage(
        JA_URL,
        '通販サイトの件について\n当工房の通販サイトに外から侵入がありました。' +
          '外部の業者に頼んだ解析の結果、カード番号のほかに持ち出された形跡はないと確認しました。',
      ),
    ).toBe('final');
  });
});
