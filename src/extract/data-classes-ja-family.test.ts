import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

const classes = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));

describe("Family members' names (Japanese)", () => {
  it("reads a guardian's name listed beside a pupil's own data", () => {
    const c = classes('紛失した台帳には、園児名、生年月日、保護者氏名、在籍クラスが記載されていました。');
    expect(c.has("Family members' names")).toBe(true);
    expect(c.has('Names')).toBe(true);
    expect(classes('流出した名簿の項目:受講者名・父母の氏名・学年').has("Family members' names")).toBe(true);
  });
  it("gives Names alone when the guardian's own contact follows (the guardian is the person)", () => {
    const c = classes('流出した情報は、保護者の氏名及びメールアドレスです。');
    expect(c.has("Family members' names")).toBe(false);
    expect(c.has('Names')).toBe(true);
  });
});

describe('list headings (Japanese)', () => {
  it('reads the items under 「…に記載する情報」, people who came to a counter included', () => {
    const c = classes(
      '2.失われた書類\n受付票1冊\n3.受付票に記載する情報\n窓口に来られた方の氏名・住所・生年月日、用途\n4.経過',
    );
    expect([...c].sort()).toEqual(['Dates of birth', 'Names', 'Physical addresses']);
  });
  it('reads 個人名 as a name', () => {
    expect(classes('流出したファイルには会員の個人名と住所が含まれていました。').has('Names')).toBe(true);
  });
  it('still skips a contact-counter line', () => {
    expect(classes('専用窓口:氏名、住所をお伝えください。').size).toBe(0);
  });
});

describe('Survey results (Japanese)', () => {
  it('reads survey answers as data, not a survey as the way data was gathered', () => {
    expect(classes('流出した情報は、氏名、アンケートの回答内容です。').has('Survey results')).toBe(true);
    expect(classes('漏えいした項目:氏名、住所、アンケート').has('Survey results')).toBe(true);
    expect(
      classes('来場者アンケートで記入いただいたメールアドレスが流出しました。').has('Survey results'),
    ).toBe(false);
  });
});

describe('extractDataClasses: a list of fields with no data verb', () => {
  it('reads three fields or more listed in one clause of a text that ends mid-sentence', () => {
    const found = new Set(
      extractDataClasses(sents('・隣家のYさん方に、Xさんの氏名、旧住所・電話番号・利用金額等、個'), 'ja').map(
        (f) => f.value,
      ),
    );
    expect(found).toEqual(new Set(['Names', 'Physical addresses', 'Phone numbers']));
  });
  it('does not read one or two fields outside a data context', () => {
    expect(extractDataClasses(sents('窓口で氏名と住所を確認してから交付します。'), 'ja')).toEqual([]);
  });
});

describe('extractDataClasses: a password that locks a file (session 9, branch h/ja-q)', () => {
  it('does not read 「パスワードによる開封制限」 as leaked passwords', () => {
    expect(
      classes(
        '個人情報を含むデータには、パスワードによる開封制限を施して送付することとし、漏えいを防ぎます。',
      ),
    ).not.toContain('Passwords');
  });
  it('does not read a change of address to report (「住所等の変更がある場合には届出を」) as a leaked address', () => {
    expect(
      classes(
        '組合員へ、住所等の変更が生じたときは届け出るよう求める案内を配信した際、宛先欄を誤り、氏名とメールアドレスが漏えいしました。',
      ),
    ).not.toContain('Physical addresses');
  });
});
