import { describe, expect, it } from 'vitest';
import { describesHabit, explainsTerm } from './glossary.js';
import { extract } from './index.js';
import { toPlain } from './plain.js';

describe('explainsTerm: a note that explains a term tells of the term, not the incident', () => {
  it('reads a glossary note and a description of habits', () => {
    expect(
      explainsTerm('※ブルートフォース攻撃とは、考えられる文字の組み合わせを順に試す手口のことです。'),
    ).toBe(true);
    expect(
      explainsTerm('(注1)「水飲み場攻撃」とは、利用者の多いサイトを改ざんして罠を仕掛ける手法をいいます。'),
    ).toBe(true);
    expect(
      explainsTerm(
        'このウイルスは、取引先の名前を騙って返信を装うのが特徴で、添付ファイルを開かせようとします。',
      ),
    ).toBe(true);
  });
  it('leaves sentences that relate two things, and ordinary findings', () => {
    expect(explainsTerm('当社とは関係のない第三者が、当社の名前でメールを送っていました。')).toBe(false);
    expect(explainsTerm('本件とは別に、旧サーバーの点検も行いました。')).toBe(false);
    expect(explainsTerm('調査の結果、氏名とメールアドレスが外部に流出したことが判明しました。')).toBe(false);
  });
  it('keeps a footnote defining a document for the data it lists', () => {
    expect(describesHabit('※受付票とは、相談者の氏名、住所、電話番号を記載した書類です。')).toBe(false);
  });
});

describe('extract: glossary notes yield no cause, data class or leak status', () => {
  const notice = [
    'ウイルス感染に関するお知らせ',
    '11月2日、当社の事務用パソコン1台がウイルスに感染したことを確認しました。',
    'このウイルスは、実在の方の氏名やメールアドレス、過去のメールの文面を流用し、返信を装うのが特徴で、受け取った方の情報が漏えいするおそれがあります。',
    '※SQLインジェクションとは、入力欄に不正な命令文を紛れ込ませ、ウェブサイトの脆弱性をついてデータベースを操作する攻撃の手法です。',
    '不審なメールは開封せずに削除してください。',
  ].join('\n');
  const p = toPlain(extract(notice));
  it('takes no data from the description of the virus', () => {
    expect(p.data_classes).toEqual([]);
  });
  it('takes no cause from the glossary note', () => {
    expect(p.causes).not.toContain('sql_injection');
    expect(p.causes).not.toContain('vulnerability_exploit');
    expect(p.causes).toContain('malware');
  });
});
