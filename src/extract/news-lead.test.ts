import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { newsLead } from './news-lead.js';
import { splitSentences } from './segment.js';

// Fictional news reports of fictional incidents (branch h/ja3).
const org = (t: string) => extract(t).organization?.value ?? null;
const published = (t: string) => extract(t).published?.value ?? null;
const lead = (t: string) => newsLead(splitSentences(t))?.name ?? null;

describe('a news report’s lead names the body that announced the incident', () => {
  it('takes the topic of 「…と発表した」, a name without an organisation word too', () => {
    const t =
      'https://news.example.jp/a/1\n架空電機、顧客情報流出の恐れ\n2031年4月5日 記者 見本太郎\n架空電機は4月3日、同社の通販サイトが不正アクセスを受け、顧客約1200人分の氏名が流出した可能性があると発表した。保守を委託する見本システムズ株式会社から連絡があった。県警に相談している。';
    expect(org(t)).toBe('架空電機');
    expect(published(t)).toBe('2031-04-03');
  });

  it('prefers the full name in the lead to the short one in the headline', () => {
    const t =
      'https://news.example.jp/a/5\n見本大病院 – 患者情報含むPC盗難\n見本大学医学部附属病院は、患者20人の情報を保存したノートパソコンが盗まれたと発表した。';
    expect(org(t)).toBe('見本大学医学部附属病院');
  });

  it('takes the body, not its parent company named around it', () => {
    const t =
      'https://news.example.jp/a/3\n架空ホールディングス傘下の見本フーズは2031年5月10日、会員情報が外部に漏れた可能性があると明らかにした。親会社の架空ホールディングス株式会社が調査を進めている。';
    expect(org(t)).toBe('見本フーズ');
    expect(published(t)).toBe('2031-05-10');
  });

  it('reads 同社 in the lead as the body the headline names first', () => {
    const t =
      'https://news.example.jp/b/1\n架空電機、顧客情報流出か\n同社は4月3日、通販サイトが不正アクセスを受け、顧客の氏名などが流出した可能性があると発表した。見本システムズ株式会社が調査している。';
    expect(org(t)).toBe('架空電機');
  });

  it('reads 「…を運営する X は」 and 「X が12日、」', () => {
    expect(
      lead(
        '通販サイト「見本ストア」を運営する架空フーズ(本社・大阪市)は2031年7月1日、カード情報が流出した可能性があると発表した。',
      ),
    ).toBe('架空フーズ');
    const t =
      'https://news.example.jp/b/2\n見本大学病院が2031年5月12日、患者30人の情報を含むUSBメモリを紛失したと発表した。';
    expect(published(t)).toBe('2031-05-12');
    expect(lead('見本大学病院が患者の情報を紛失したと発表した。')).toBeNull();
  });

  it('drops the prefecture before a city and the seat in brackets', () => {
    expect(lead('架空県見本市は3日、案内メールを誤送信したと発表しました。')).toBe('見本市');
    expect(lead('見本商事(本社・東京都)は2日、取引先のメールアドレスが流出したと公表した。')).toBe(
      '見本商事',
    );
    expect(lead('県北部にある、みほん町立病院は2031年1月2日、サーバーが暗号化されたと発表した。')).toBe(
      'みほん町立病院',
    );
  });

  it('takes no police, ministry, short form or pronoun as the announcing body', () => {
    expect(lead('見本県警は12日、見本市の職員が書類を紛失したと発表した。')).toBeNull();
    expect(lead('架空省は5日、委託先の事業者から名簿が流出したと公表した。')).toBeNull();
    expect(lead('県教委は8日、教員がUSBメモリを紛失したと発表した。')).toBeNull();
    expect(lead('同社は9日、被害の範囲を調べていると明らかにした。')).toBeNull();
  });

  it('reads no lead where 発表 is not the sentence’s predicate', () => {
    expect(lead('見本市は、先日発表した調査結果の一部を訂正します。')).toBeNull();
    expect(lead('当社は、本日、不正アクセスの調査結果を公表いたします。')).toBeNull();
  });
});

describe('the day of a news lead as the published date', () => {
  it('needs the month and a year the text writes', () => {
    // Day only: the month is not written.
    expect(
      published('https://news.example.jp/a/7\n見本商事は2日、取引先あてのメールを誤送信したと発表した。'),
    ).toBeNull();
    // The year from the article's byline.
    expect(
      published(
        'https://news.example.jp/a/8\n架空堂、顧客データ流出\n見本花子 2031年11月21日 10時00分\n架空堂は11月19日、通販サイトの顧客データが流出したと発表した。',
      ),
    ).toBe('2031-11-19');
    // No year in the text (only in a web archive's address): no date.
    expect(
      published(
        'https://megalodon.jp/ref/2031-1008-1200-00/news.example.jp/a/9\n見本大学は10月7日、職員がフィッシングサイトにIDを入力したと発表した。',
      ),
    ).toBeNull();
  });

  it('keeps a letterhead date over a lead', () => {
    const t =
      'https://www.example.jp/n/1\n2031年6月9日\n架空株式会社\n個人情報流出のお知らせ\n架空株式会社は6月2日、当社サイトへの不正アクセスを確認したと発表しました。';
    expect(published(t)).toBe('2031-06-09');
  });
});

describe('a school somewhere in the town (「町内小学校」) is no name', () => {
  it('names no issuer', () => {
    expect(
      org('5月2日、町内小学校において児童の名簿を保存したUSBメモリを紛失する事案がありました。'),
    ).toBeNull();
  });
});

describe('the police a report was made to (「警視庁に遺失届を出した」) is no issuer', () => {
  it('names no police body', () => {
    const t =
      'https://news.example.jp/c/1\n見本商事の社員が顧客約500人分の名簿を紛失していたことが分かった。社員は電車内で鞄を置き忘れたという。見本中央警察署に遺失届を出した。';
    expect(org(t)).not.toBe('見本中央警察署');
  });
});
