import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { investigationState } from './stage-investigation.js';

// Fictional notices and sentences (invented organisations).
const stage = (url: string, t: string) => extract(`${url}\n${t}`).report_stage?.value ?? null;
const EN_URL = 'https://www.larkfield-example.org/news/network';
const JA_URL = 'https://www.example-kobo.jp/news/0412';

describe('investigation state in one sentence', () => {
  it('reads a running investigation in Japanese from the aspect of its verb', () => {
    expect(investigationState('当組合では現在、被害の範囲を調べている。')).toBe('ongoing');
    expect(investigationState('会員名簿の流出の有無を確認しております。')).toBe('ongoing');
    expect(investigationState('外部の専門家とともに解析を進めております。')).toBe('ongoing');
  });
  it('does not read a fact confirmed, past narration or a duty as running', () => {
    expect(investigationState('当工房の受付端末で不審な通信を確認しております。')).toBe(null);
    expect(investigationState('原因を調査しておりましたところ、設定の誤りが判明しました。')).toBe(null);
    expect(investigationState('担当者は調査業務に従事しておりました。')).toBe(null);
  });
  it('reads an outside investigation with its result stated as concluded', () => {
    expect(
      investigationState(
        '当工房が頼んだ外部業者の解析の結果、名簿のほかに持ち出された形跡はないと確認しました。',
      ),
    ).toBe('concluded');
    expect(investigationState('外部業者が解析中であり、いまのところ分かった範囲を記します。')).not.toBe(
      'concluded',
    );
  });
});

describe('report stage from the investigation’s state', () => {
  // The corpus convention leaves an English letter's running investigation unstaged (stage-investigation.ts).
  it('leaves an English notice whose investigation still runs unstaged, as the corpus labels it', () => {
    expect(
      stage(
        EN_URL,
        'Network notice\nOn March 2 the Larkfield Library found malware on two of its servers. ' +
          'We are still investigating how far the intruder reached, with outside specialists. ' +
          'Patrons should watch for suspicious e-mail.',
      ),
    ).toBeNull();
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
