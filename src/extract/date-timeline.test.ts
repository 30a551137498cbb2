import { describe, expect, it } from 'vitest';
import { rowEvents, tableRoleAt } from './date-timeline.js';
import { extract } from './index.js';
import { splitSentences } from './segment.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (株式会社サンプル商事, 見本市, example.jp); no real organisation or person.
function dates(t: string) {
  const f = extract(t);
  return {
    published: f.published?.value ?? null,
    start: f.incident_start?.value ?? null,
    end: f.incident_end?.value ?? null,
    detected: f.detected?.value ?? null,
  };
}

describe('timeline rows', () => {
  it('reads a discovery told on a later line of a row', () => {
    const t = [
      '見本市立見本小学校におけるメールアドレスの流出について',
      '2099年6月12日',
      '1 経緯',
      '○5月2日(土曜日)',
      '・担任が保護者あてのお知らせをメールで送信した。',
      '・保護者から連絡を受けて確認したところ、宛先の誤りが判明した。',
      '○5月8日(金曜日)',
      '・校長が教育委員会へ報告した。',
    ].join('\n');
    expect(dates(t).detected).toBe('2099-05-02');
  });

  it('ends a misdirected mailing on the last day it was sent before the mistake was found', () => {
    const t = [
      '株式会社サンプル商事 メールの誤送信によるアドレスの流出について',
      '2099年3月20日',
      '事案の経過',
      '2099年3月1日(月曜日)',
      '委託先が、参加予定者30名に資料をメールで一斉送信した。',
      '2099年3月2日(火曜日)',
      '3月1日に送付したメールが届かなかったため、再度参加予定者に一斉送信した。',
      '2099年3月4日(木曜日)',
      '参加予定者1名から、他の方のアドレスが見えるとの指摘があり、宛先を誤って送信したことが判明した。',
    ].join('\n');
    expect(dates(t)).toMatchObject({ start: '2099-03-01', end: '2099-03-02', detected: '2099-03-04' });
  });

  it('starts a loss on the first row of its 経緯 when nothing else names the start', () => {
    const t = [
      '見本区役所における文書の紛失について',
      '2099年2月27日',
      '書類を紛失しましたので、お知らせします。',
      '1 経緯',
      '【2099年2月10日(月曜日)】',
      '申請書を箱に詰め、執務室内に置いた。',
      '【2099年2月12日(水曜日)】',
      '作業を始めようとしたところ、箱がないことに気づきました。',
    ].join('\n');
    expect(dates(t)).toMatchObject({ start: '2099-02-10', detected: '2099-02-12' });
  });

  it('takes no first row as the start when an earlier day is told elsewhere', () => {
    const t = [
      '見本病院におけるUSBメモリの紛失について',
      '2099年11月20日、職員のUSBメモリが見当たらないことが判明しました。',
      '職員は11月17日に、USBメモリを白衣のポケットに入れたところまでは覚えていました。',
    ].join('\n');
    expect(dates(t).start).toBeNull();
  });

  it('reads the sentences of a row, skipping a clause about another day', () => {
    const t = '\n3月1日に送付したメールが戻ったため、再度送信した。\n';
    const at = t.indexOf('3月1日');
    expect(rowEvents(t, 0, t.length, [{ start: at, end: at + 4 }])).toEqual({ detect: false, start: true });
  });
});

describe('tables', () => {
  it('gives a cell the role its header names', () => {
    const t = '区分 | 件数 | 発生日 | 発覚日 |\n名簿 | 12名 | 2099年1月5日 | 2099年3月2日 |';
    expect(tableRoleAt(t, t.indexOf('2099年1月5日'))).toBe('start');
    expect(tableRoleAt(t, t.indexOf('2099年3月2日'))).toBe('detect');
    expect(tableRoleAt('区分 | 備考 |\n名簿 | 2099年1月5日 |', 20)).toBeNull();
  });

  it('reads ranges in 発生日 and 発覚日 cells as the incident window and the discovery', () => {
    const t = [
      '見本県における個人情報の誤公開について',
      '2 漏えいした個人情報',
      '対象者数 | 発生日 | 発覚日 |',
      '40名 | 2097年8月1日から2099年4月5日 | 2099年4月5日から2099年4月8日 |',
    ].join('\n');
    expect(dates(t)).toMatchObject({ start: '2097-08-01', end: '2099-04-05', detected: '2099-04-05' });
  });
});

describe('clause cues', () => {
  it('takes a document date 「…付けで…処理がなされていた」 for no event', () => {
    const t =
      '2099年6月8日\n2099年5月30日、書類を処理する際、同年3月1日付けで取下げ処理がなされていたことから確認しようとした。';
    expect(dates(t).detected).toBeNull();
  });

  it('reads an attack carried out (攻撃が行われ) as the start', () => {
    const t =
      '2099年2月28日\n2099年2月17日、当会の会員サイトに向けて攻撃が行われ、後日ログイン履歴の異常を確認しました。';
    expect(dates(t).start).toBe('2099-02-17');
  });

  it('reads a report whose channel is given in brackets 「通報(メール)が寄せられ」', () => {
    const t = '2099年9月1日\n2099年6月24日の夜、差出人不明の通報(電子メール)が寄せられました。';
    expect(dates(t).detected).toBe('2099-06-24');
  });

  it('reads a sending window whose line goes on below a blank line', () => {
    const t =
      '株式会社サンプル商事 メール誤送信に関するお詫び\n1. 経緯\n2099年10月31日(木)11:09~12:01の間に5通\n\n会員様へ電子メールを送信。宛先を誤って入力しました。';
    expect(dates(t)).toMatchObject({ start: '2099-10-31', end: '2099-10-31' });
  });
});

describe('notices without a stated year', () => {
  it('takes the year from a web archive address', () => {
    const t =
      'https://megalodon.jp/ref/2099-0929-1209-00/www.city.example.lg.jp/news/index.html\n市職員が関わった情報流出の件(9月13日公開)\n本年6月24日(水曜)の夜、差出人不明の通報が寄せられました。';
    expect(dates(t)).toMatchObject({ published: '2099-09-13', detected: '2099-06-24' });
  });
});

describe('English cues', () => {
  const en = (t: string) => {
    const f = extract(t, { lang: 'en' });
    return {
      start: f.incident_start?.value ?? null,
      end: f.incident_end?.value ?? null,
      detected: f.detected?.value ?? null,
    };
  };
  it('reads a vendor that notified us and reports received as the discovery', () => {
    expect(
      en('Our payment vendor, Example Pay, notified us on May 27, 2099 of a security incident.').detected,
    ).toBe('2099-05-27');
    expect(
      en('On December 5, 2099, our IT team received reports of suspicious activity in one mailbox.').detected,
    ).toBe('2099-12-05');
    expect(
      en(
        'After identifying suspicious activity on our site on February 8, 2099, we immediately engaged a forensic firm.',
      ).detected,
    ).toBe('2099-02-08');
  });
  it('reads a break-in and an exposure on a day as the start', () => {
    expect(en('Our office suffered a break-in on March 30, 2099. A laptop was taken.').start).toBe(
      '2099-03-30',
    );
    expect(
      en('On September 10, 2099 a scanner inadvertently exposed some records to the Internet.').start,
    ).toBe('2099-09-10');
  });
  it('joins a line wrapped before a date to its sentence', () => {
    const t =
      'On March 19, 2099, we learned that an unauthorized person gained access to some email accounts between\nFebruary 22, 2099 and February 28, 2099.';
    expect(splitSentences(t)).toHaveLength(1);
    expect(en(t)).toMatchObject({ start: '2099-02-22', end: '2099-02-28', detected: '2099-03-19' });
  });
});

describe('discovery words', () => {
  it('reads 気が付き, 「…との通報。」, 「…からの連絡等により」 and 「(紛失判明…)」 as the discovery', () => {
    expect(dates('2099年2月1日\n2099年1月23日に気が付き、翌24日に宛先の皆様へ連絡しました。').detected).toBe(
      '2099-01-23',
    );
    expect(
      dates('2099年12月1日\n1 経過\n11月5日 案内を送付。\n11月6日 対象者から、別人の書類が届いたとの通報。')
        .detected,
    ).toBe('2099-11-06');
    expect(
      dates('2099年12月20日\n(2)同年12月12日、委託元からの連絡等により手続済であることが分かった。').detected,
    ).toBe('2099-12-12');
    expect(dates('2099年12月1日\n・11月9日〜10日(紛失判明11月10日)見本課 カメラ1台').detected).toBe(
      '2099-11-10',
    );
  });

  it('reads a bare day that opens a line with its weekday as a later day of the month', () => {
    const t =
      '2099年12月1日\n1 事実経過\n2099年11月12日(木)、医師が研究室でパソコンを使用しました。\n16日(月)出勤し、机の上のパソコンが無いと気がつきました。';
    expect(dates(t).detected).toBe('2099-11-16');
    expect(
      dates('2099年12月1日\n11月22日(日)、前日の21日(土)に作成した書類の誤りが判明した。').detected,
    ).toBe('2099-11-22');
  });
});

describe('a Markdown table whose header stands above its ---| rule (session 10)', () => {
  const HEAD = '株式会社サンプル商事 会員サイトへの不正ログインについて\n2099年8月1日\n';
  it('reads the header over the rule, and a cell that lists several windows ends with the last', () => {
    const t = `${HEAD}調査の結果をご報告いたします。\n不正ログインが確認された期間 |\n---|\n① 2099年5月28日 ~ 2099年6月1日 ② 2099年6月22日 |\n対象となった会員ID数 |\n---|\n① 120 ② 30 |`;
    const f = incidentDates(t);
    expect(f).toMatchObject({ start: '2099-05-28', end: '2099-06-22' });
  });

  it('reads a one-window cell under the same header as that window', () => {
    const t = `${HEAD}調査の結果をご報告いたします。\n不正アクセスの期間 |\n---|\n2099年5月28日 ~ 2099年6月1日 |`;
    expect(incidentDates(t)).toMatchObject({ start: '2099-05-28', end: '2099-06-01' });
  });
});

describe('numbered facts as timeline rows', () => {
  it('reads the first numbered fact of a list flattened into one line as the day the item was handled', () => {
    const t = [
      '見本労働局',
      '書類の誤交付について',
      '見本労働局は、書類の誤交付について、あらましを報告します。 1 概要 窓口で申込書を別の方に誤って交付した。 2 事実経過 (1) 2099年3月5日、利用者Aの申込書を窓口で預かった。 (2) 職員がその申込書を別の書類の束に重ねた。 (3) 同月6日、利用者Aへの電話で、申込書を返していないと分かった。',
    ].join('\n');
    expect(dates(t).start).toBe('2099-03-05');
    expect(dates(t).detected).toBe('2099-03-06');
  });

  it('reads a fact whose number stands alone in the cell above', () => {
    const t = [
      '見本市',
      'USBメモリの紛失について',
      '事案概要 |',
      '(1) |',
      '2099年11月2日(月)に、職員Aが名簿をUSBメモリに保存した。 |',
      '(2) |',
      '同年11月5日(木)、職員Bが棚を見てUSBメモリの所在不明に気付いた。 |',
    ].join('\n');
    expect(dates(t).start).toBe('2099-11-02');
    expect(dates(t).detected).toBe('2099-11-05');
  });

  it('does not date a numbered 「同日」 fact by a document date told before it', () => {
    const t = [
      '見本市',
      '書類の紛失について',
      'あらましを報告します。 1 概要 書類を紛失した。 2 事実経過 (1)2099年5月30日、請求書を処理する中で、同年3月1日付けの書類がファイルから消えていると判明した。 (2)同日以降、庁舎の中を探したが出てこなかった。',
    ].join('\n');
    expect(dates(t).start).toBeNull();
  });
});

describe('the last moment a lost item was in its place', () => {
  it('starts the loss on the day the item is last told to have been kept (…までは…保管されていた)', () => {
    const t = [
      '見本病院',
      '患者名簿の紛失について',
      '2099年3月20日',
      '当院外来で保管していた患者名簿の紛失がありました。',
      '2099年3月12日朝、名簿がいつもの引出しから消えていると判明しました。',
      '前日午後6時までは、名簿は引出しの中にありました。',
    ].join('\n');
    expect(dates(t)).toMatchObject({ start: '2099-03-11', detected: '2099-03-12' });
  });
});
