import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices (見本第二保育園, 見本商工会議所); no real organisation or person.
const org = (t: string) => extract(t).organization?.value ?? null;
const BODY = '\n2099年7月1日\n先月、名簿を含む書類を紛失しました。ご迷惑をおかけし申し訳ありません。';

describe('Japanese organisation forms (session 9, branch h/ja-do)', () => {
  it('takes a company named with its seat in brackets after a description of what it sells', () => {
    const lead =
      '勤怠管理の仕組みを企業に届ける株式会社ミホンシステム(見本市北区)が、暗号化型ウイルスの被害に遭ったと明かしました。';
    expect(org(`見本大手にサイバー攻撃\n${lead}`)).toBe('株式会社ミホンシステム');
    // A bracket that defines a short name (以下「運営者」) is no seat: the contractor stays unread.
    const client =
      '見本県が有限会社見本総合研究所(以下「運営者」)へ任せた講習で、運営者が資料を外部に置いた。';
    expect(org(client)).not.toBe('有限会社見本総合研究所');
  });

  it('takes a university quoted after its prefecture when the article calls it 同大学', () => {
    const t =
      '見本大学で約3千人分漏れた恐れ\n2034年12月18日、山梨県の「見本大学」の学務用の機器に外部から侵入があった。\n大学によると、同大学の教員からの連絡で発覚した。';
    expect(org(t)).toBe('見本大学');
  });

  it('takes a nursery, kindergarten, library or chamber of commerce on the letterhead', () => {
    expect(org(`お詫び\n見本第二保育園${BODY}`)).toBe('見本第二保育園');
    expect(org(`お詫び\n見本商工会議所${BODY}`)).toBe('見本商工会議所');
    expect(org(`お詫び\n見本市立中央図書館${BODY}`)).toBe('見本市立中央図書館');
  });

  it('does not take a field of a pupil’s record (出身幼稚園, 在籍校) for the issuer', () => {
    const t =
      'お詫び\nこのたび、見本学園の初等部で児童の記録を紛失しました。\n項目:児童名、住所、保護者名、出身幼稚園\n出身幼稚園への照会は行っておりません。出身幼稚園の名称も含まれます。';
    expect(org(t)).toBe('見本学園');
  });

  it('takes a name with no legal form from a signature block: the line above its head’s line', () => {
    const letter = 'お詫び\n当社において不正アクセスがありました。ご迷惑をおかけし申し訳ありません。\n\n';
    expect(org(`${letter}ミホン電機\n代表取締役 見本太郎\n〒100-0000 見本県見本市1-2-3`)).toBe('ミホン電機');
    // (The seat's address may stand between the name and the head.)
    expect(org(`${letter}ミホン電機\n見本県見本市中央一丁目2番3号\n代表取締役 見本太郎`)).toBe('ミホン電機');
    // (An addressee is no signature.)
    expect(org('お客様各位\n代表取締役 見本太郎\n当社において不正アクセスがありました。')).toBeNull();
  });
});

describe('Japanese organisation forms: more kinds of body (branch h/ja-org)', () => {
  it('takes a 学院, a dental clinic and a council named in the lead', () => {
    const body = 'において、名簿を誤って送付しました。ご迷惑をおかけし申し訳ありません。';
    expect(org(`個人情報の漏えいについて\n見本学院では、生徒のメールアドレスを誤送信しました。`)).toBe(
      '見本学院',
    );
    expect(org(`お詫び\n見本歯科${body}`)).toBe('見本歯科');
    expect(org(`個人情報の漏えいについて\n見本県社会福祉協議会${body}`)).toBe('見本県社会福祉協議会');
  });
  it('does not take a graduate school or a council of no name', () => {
    const grad =
      '学生情報の誤掲載について\n工学部及び工学系大学院の教職員向けページに学生情報が掲載されていました。';
    expect(org(grad)).toBeNull();
    const bare = 'お詫び\nこのたび、社会福祉協議会の見守り事業で使う名簿1冊を紛失いたしました。';
    expect(org(bare)).toBeNull();
  });
});

describe('a repost title that writes the issuer’s name with a space (branch h/ja-org)', () => {
  it('joins a bare legal form, or a word ending in one, to the name', () => {
    const body = '\nこのたび、当社サーバーが不正アクセスを受けました。';
    expect(org(`【事件簿#2099-001】学校法人 見本学園 メール誤送信について 2099/1/1${body}`)).toBe(
      '学校法人 見本学園',
    );
    expect(org(`【事件簿#2099-002】見本 ホールディングス株式会社 不正アクセスについて 2099/1/1${body}`)).toBe(
      '見本 ホールディングス株式会社',
    );
    expect(org(`【事件簿#2099-003】見本市 株式会社架空への委託業務における漏えい 2099/1/1${body}`)).toBe(
      '見本市',
    );
  });
});

describe('a signature line with the head’s title after the body (branch h/ja-org)', () => {
  it('takes the body, not a company the text mentions', () => {
    const t =
      '個人情報の紛失について\n本校の教員が、生徒の成績を記録したUSBメモリを紛失しました。株式会社架空教材の担当者から連絡がありました。\n見本高等学校 校長 見本一郎';
    expect(org(t)).toBe('見本高等学校');
    expect(org('お詫び\n当院の職員が書類を紛失しました。\n見本中央病院 院長 見本二郎')).toBe('見本中央病院');
  });
});

describe('a company whose staff reported the incident (branch h/ja-org)', () => {
  it('is not taken for the issuer', () => {
    const t =
      'https://www.mihon-h.example.jp/n/1\n個人情報の紛失について\n本校の教員が、生徒の成績を記録したUSBメモリを紛失しました。株式会社架空教材の担当者から連絡がありました。';
    expect(org(t)).toBeNull();
    expect(org('お知らせ\n株式会社架空教材から報告があり、当校の名簿の流出が判明しました。')).toBeNull();
  });
});
