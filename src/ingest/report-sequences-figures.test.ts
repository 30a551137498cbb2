import { sequenceSuite } from './testing-sequences.js';

/**
 * Pages of one breach whose publishers were read as different bodies — a paper that names a school's
 * city as its subject, a paper that runs the operator's name into its hospital's — found and joined
 * by an exact figure they share (not a round one), one more shared fact, and the name of the other
 * page's body written in the text (incidents/exact-figures.ts). Every organisation, host and text
 * here is fictional, written for this test.
 */

type Report = { text: string; url?: string };
const r = (text: string): Report => ({ text });

/** A school's lost list told by a paper that makes the school its subject. */
const SCHOOL_ARTICLE = r(`https://news-a.example.com/local/4471.html
東丘中学校の個人情報漏えい
ひばり市立東丘中学校は、全校生徒413人分の氏名と住所、保護者の氏名を記した名簿を紛失したと明らかにした。
学校によると、名簿は担任が持ち帰った後に見当たらなくなったという。`);

/** A hospital's intrusion told by a paper under the hospital's name. */
const HOSPITAL_ARTICLE = r(`https://news-a.example.com/local/5120.html
緑ヶ丘記念病院の個人情報漏えい
緑ヶ丘記念病院(みなと市)は4日、カルテを置くサーバーが外から不正に操作され、患者121,937人分の氏名、住所、生年月日、電話の番号が外に出たかもしれないと発表した。`);

/** Sequences whose reports must become one incident. */
const ONE_INCIDENT: Record<string, Report[]> = {
  'a school’s lost list, then a paper that makes the city its subject and names the school': [
    SCHOOL_ARTICLE,
    r(`https://news-b.example.jp/articles/77301
ひばり市の個人情報漏えい
ひばり市教育委員会は、市立東丘中学校で生徒413人分の氏名と住所、保護者の氏名を載せた名簿がなくなったと発表した。
市教委は生徒と保護者に謝罪した。`),
  ],

  'a hospital’s intrusion, then a paper that runs the operator’s name into the hospital’s': [
    HOSPITAL_ARTICLE,
    r(`https://news-c.example.com/it/0704.html
医療法人社団緑会緑ヶ丘記念病院の個人情報漏えい
医療法人社団緑会が運営する緑ヶ丘記念病院は、不正アクセスにより患者121,937人分の氏名、住所、生年月日、電話の番号が外へ漏れたかもしれないとした。`),
  ],
};

/** Reports that must stay apart. */
const APART: Record<string, Report[]> = {
  'two schools of one city with the same exact figure, neither page naming the other school': [
    SCHOOL_ARTICLE,
    r(`https://news-b.example.jp/articles/78840
西丘中学校の個人情報漏えい
ひばり市立西丘中学校は、生徒413人分の氏名と住所、保護者の氏名を含む書類を誤って別の家庭に送ったと発表した。`),
  ],

  'a roundup that names the hospital beside another body’s breach of the same exact figure, and shares nothing else':
    [
      HOSPITAL_ARTICLE,
      r(`https://news-c.example.com/it/0901.html
通販サイト「サンプルマート」に不正アクセス
サンプルマートを運営する架空商事は、会員121,937人分のメールアドレスとパスワードが流出したと発表した。
医療機関では緑ヶ丘記念病院が外部から攻撃を受けたことも記憶に新しい。`),
    ],
};

sequenceSuite(
  'pages of one breach read as different bodies, by an exact figure and a name (through the extractor)',
  {
    oneIncident: ONE_INCIDENT,
    apart: APART,
  },
);
