import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

// Fictional notices (見本保育園, 架空塾); no real organisation or person.
const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('Japanese causes: the lure and the mail sent from a taken account', () => {
  it('reads a mail disguised as business (装う) that was opened as phishing', () => {
    const t =
      '見本保育園の端末において、取引先の担当者を装うメールを受信し、添付ファイルを開いたところ、マルウェアに感染しました。';
    expect(causes(t)).toEqual(expect.arrayContaining(['phishing', 'malware']));
  });

  it('reads a quoted 「なりすましメール」 as the lure', () => {
    expect(causes('職員室の端末が「なりすましメール」によるウイルスに感染しました。')).toContain('phishing');
  });

  it('does not take phishing mail sent from the taken account to others as the cause', () => {
    const t =
      '架空塾では講師2名のメールアドレスから、偽のフィッシングメールが取引先など宛に送信されました。' +
      '調べたところ、その講師のアカウントへ第三者が不正なアクセスを行っていたと判りました。';
    expect(causes(t)).toEqual(['unauthorized_access']);
  });
});
