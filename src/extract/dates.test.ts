import { describe, expect, it } from 'vitest';
import { breachDateOf } from './breach-date.js';
import { extractDates } from './dates.js';
import { extract } from './index.js';
import { splitLines, splitSentences } from './segment.js';
import type { Cause } from './types.js';

function dates(t: string, lang: 'ja' | 'en' = 'ja', causes: Cause[] = []) {
  const d = extractDates(t, splitSentences(t), splitLines(t), lang, {
    causes,
    leakStatus: null,
    stage: null,
  });
  return {
    published: d.published?.value ?? null,
    start: d.incident_start?.value ?? null,
    end: d.incident_end?.value ?? null,
    detected: d.detected?.value ?? null,
    contained: d.contained?.value ?? null,
    resumed: d.resumed?.value ?? null,
  };
}

describe('extractDates', () => {
  it('takes the date on a letterhead line as published, not a date inside a title line', () => {
    expect(dates('2024年6月1日\nお知らせ\n本文').published).toBe('2024-06-01');
    expect(dates('【事件簿】見本市 誤送信について 2024年6月1日\n本文').published).toBeNull();
    expect(dates('2009年11月16日更新\n本文').published).toBe('2009-11-16');
  });

  it('uses the predicate that closes the clause (head-final Japanese)', () => {
    const d = dates('2023年4月3日(月)に保守業者から、ウェブサイトが改ざんされているとの連絡を受けました。');
    expect(d.detected).toBe('2023-04-03');
    expect(d.start).toBeNull();
  });

  it('reads 「Xより、…」 as the source of what follows, not as the end of a clause', () => {
    const d = dates(
      '令和6年3月4日(月)に、照会先の見本信用金庫(以下「A金庫」という。)より、別の照会先への照会文書が同封されていたと当課あてに照会文書が返送されてきました。担当者が確認したところ、2月20日に発送した文書に誤って同封していたことが判明しました。',
      'ja',
      ['misdelivery'],
    );
    expect(d.detected).toBe('2024-03-04');
    expect(d.start).toBe('2024-02-20');
  });

  it('reads a timeline line that ends on the noun of a report from someone (体言止め) as the discovery', () => {
    const d = dates(
      '経緯\n令和5年6月1日(木)\n・利用者Aの通知書を別の住所へ発送\n令和5年6月9日(金)\n・通知書の控えを整理\n・別人の通知書が届いたことを不審に思った利用者Bから当課へお問い合わせ\n令和5年6月12日(月)\n・当課から利用者Aへ経緯を説明',
      'ja',
      ['misdelivery'],
    );
    expect(d.detected).toBe('2023-06-09');
    // The organisation's own message to someone is no report received.
    const own = dates(
      '経緯\n令和5年6月1日(木)\n・当課から委託業者へ発送作業の連絡\n令和5年6月9日(金)\n・利用者Bから通知書が違うと指摘を受けた。',
      'ja',
      ['misdelivery'],
    );
    expect(own.detected).toBe('2023-06-09');
  });

  it('reads a call or mail from someone as the discovery, even when the notice is cut inside what they said', () => {
    const d = dates(
      '令和5年7月3日(月)、会員あてに案内メールを一斉送信しました。令和5年7月4日(火)の9時頃に、受信した会員から電話で「ほかの方のアドレスが見えている」と指',
      'ja',
      ['misdelivery'],
    );
    expect(d.detected).toBe('2023-07-04');
    const own = dates('令和5年7月4日(火)、担当職員から電話で会員へ経緯を説明しました。', 'ja', [
      'misdelivery',
    ]);
    expect(own.detected).toBeNull();
  });

  it('separates the incident from its discovery in a timeline', () => {
    const d = dates(
      '2024年12月11日(水)に外部から通報を受けました。当社で調べたところ、12月7日(土)に当社のサーバが不正アクセスを受けていたと確認されました。',
    );
    expect(d.detected).toBe('2024-12-11');
    expect(d.start).toBe('2024-12-07');
  });

  it('reads a timeline whose event is on the next line, with bare times inheriting the date', () => {
    const d = dates(
      '・2022年3月2日(水)\n決済代行会社より不正利用の疑いについて連絡を受け、同日サイトを閉鎖しました。',
      'ja',
    );
    expect(d.detected).toBe('2022-03-02');
    expect(d.contained).toBe('2022-03-02');
  });

  it('reads labelled dates (発生日:)', () => {
    expect(dates('1. 発生日:令和5年5月23日(火)\n2. 場所:事務局').start).toBe('2023-05-23');
  });

  it('reads an attack range but not an investigation range', () => {
    expect(dates('4月2日21時05分から3日9時40分まで不正アクセスの痕跡を確認', 'ja')).toMatchObject({
      start: null,
    });
    const withYear = dates('2015年4月2日21時05分から3日9時40分まで不正アクセスの痕跡を確認');
    expect([withYear.start, withYear.end]).toEqual(['2015-04-02', '2015-04-03']);
    const inv = dates(
      '2021年2月4日~3月1日の期間に全てのサーバを調査した結果、不正アクセスの痕跡を確認しました。',
    );
    expect(inv.start).toBeNull();
  });

  it('reads the authority named before a date (「委員会に7月5日に報告」)', () => {
    const t =
      '2024年7月1日に判明。個人情報保護委員会に7月5日に報告済みであり、所轄の警察署にも7月8日に相談しております。';
    const d = extractDates(t, splitSentences(t), splitLines(t), 'ja', {
      causes: [],
      leakStatus: null,
      stage: null,
    });
    expect(d.regulator_reported?.value).toBe('2024-07-05');
    expect(d.police_reported?.value).toBe('2024-07-08');
  });

  it('makes a single act (a misdirected mail) start and end on its day', () => {
    const d = dates('2023年9月26日、参加者全員のアドレスを宛先欄に入れたメールを誤って送信しました。', 'ja', [
      'misdelivery',
    ]);
    expect([d.start, d.end]).toEqual(['2023-09-26', '2023-09-26']);
  });

  it('reads English discovery, ranges and resumption', () => {
    const d = dates(
      'On May 4, 2023, we discovered unusual activity. The unauthorized access began on April 20, 2023 and ended no later than May 3, 2023. The store resumed operations on June 1, 2023.',
      'en',
    );
    expect(d).toMatchObject({
      detected: '2023-05-04',
      start: '2023-04-20',
      end: '2023-05-03',
      resumed: '2023-06-01',
    });
  });

  it('leaves month-only dates out of notice fields', () => {
    expect(dates('In November 2016, Example Rides learned of the incident.', 'en').detected).toBeNull();
  });
});

describe('breachDateOf', () => {
  it('pads month-only and year-only dates for catalogue records', () => {
    const t = 'In March 2015, the site suffered a data breach.';
    expect(breachDateOf(t, extract(t, { lang: 'en' }))).toBe('2015-03-01');
    const y = 'In approximately 2012, the forum was breached.';
    expect(breachDateOf(y, extract(y, { lang: 'en' }))).toBe('2012-01-01');
  });
});

describe('extractDates: structure and clause cues', () => {
  const full = (t: string) => {
    const f = extract(t);
    return {
      published: f.published?.value ?? null,
      start: f.incident_start?.value ?? null,
      detected: f.detected?.value ?? null,
    };
  };
  it('reads the page date under a label, in the title, or before 各位', () => {
    expect(full('住民票の誤交付について\n最終更新日 令和6年11月1日\n本文です。').published).toBe(
      '2024-11-01',
    );
    expect(full('更新日:2099年1月16日更新\n通知書の誤送付について').published).toBe('2099-01-16');
    expect(full('名簿の紛失について(9月13日掲載)\n2015年6月に紛失しました。').published).toBe('2015-09-13');
    expect(
      full('1 平成 29 年 2 月 13 日 お客様各位 見本商事株式会社 不正アクセスに関するお知らせ').published,
    ).toBe('2017-02-13');
  });
  it('reads a date from the clause that modifies it and from 以降', () => {
    expect(
      full('2099年5月1日\n不正アクセスが発覚した2099年4月19日当日、サーバーを停止しました。').detected,
    ).toBe('2099-04-19');
    expect(
      full(
        '令和7年1月8日(水)17:04以降と見られる時点から、会員台帳が外部から閲覧できる状態であったと判明しました。',
      ).start,
    ).toBe('2025-01-08');
  });
  it('reads reports that were sent in and things that were sent out', () => {
    expect(full('2099年6月24日午後8時頃に、匿名の通報が寄せられました。').detected).toBe('2099-06-24');
    expect(full('2099年6月3日付けで通知書を送付したところ、6月30日に連絡があり、判明しました。').start).toBe(
      '2099-06-03',
    );
  });
  it('does not take a date inside a Japanese sentence that follows a web address for part of the address', () => {
    expect(
      full(
        '当社が運営する「見本ストア(https://shop.example.jp/)」において、2099年1月9日から2099年5月29日までの期間に不正アクセスを受けました。',
      ).start,
    ).toBe('2099-01-09');
  });
});

describe('extractDates: asides, labels above ranges and dates of other documents', () => {
  const full = (t: string) => {
    const f = extract(t);
    return {
      start: f.incident_start?.value ?? null,
      end: f.incident_end?.value ?? null,
      detected: f.detected?.value ?? null,
    };
  };
  it('reads past an aside in brackets that holds a full stop', () => {
    const t =
      '経緯\n2099年1月27日(木曜)、委託先の事業者が利用者あての確認書をFAXで送信しました。\n1月28日(金曜)、受け取った病院から連絡があり、誤送信が判明しました。';
    expect(full(t).start).toBe('2099-01-27');
    expect(full(t).detected).toBe('2099-01-28');
  });
  it('reads a range under a bare period label as the incident window', () => {
    const t =
      '見本サービスへの不正ログインについて\n<期間>\n2099年4月29日(金)20時27分~2099年5月7日(土)17時46分\n<件数>\n120件';
    expect(full(t)).toMatchObject({ start: '2099-04-29', end: '2099-05-07' });
    const u = '1. 不正ログインの発生日\n\n2099年7月4日(土)~6日(月)\n\n2. 経緯';
    expect(full(u)).toMatchObject({ start: '2099-07-04', end: '2099-07-06' });
  });
  it('takes a month-day well after the notice’s date from the year before', () => {
    const t = '更新日:2099年1月16日\n12月22日に通知書を別の方に送付しました。';
    expect(full(t).start).toBe('2098-12-22');
  });
  it('reads 「…の終了後、」 as a time phrase, not an end', () => {
    const t =
      '1 経緯\n- 2099年9月25日(木曜日)\n教員が、打合せの終了後、資料を共有した。その際、誤って児童用端末に配信した。';
    expect(full(t)).toMatchObject({ start: '2099-09-25' });
  });
  it('does not take the date of an earlier notice for an event', () => {
    const t =
      '2099年11月4日\n10月13日付け「システム障害について」でご案内のとおり、当院は不正アクセスを受けました。';
    expect(full(t).start).toBe(null);
  });
});

describe('incident end: only what the notice states', () => {
  it('ends a letter sent to the wrong address on the day it was sent, and copies no start from the day it was found out', () => {
    const d = dates(
      '令和6年2月5日(月)、通知書を別の方の住所へ郵送しました。2月8日(木)、受け取った方からの連絡で判明しました。',
      'ja',
      ['misdelivery'],
    );
    expect(d.start).toBe('2024-02-05');
    expect(d.end).toBe('2024-02-05');
    expect(d.detected).toBe('2024-02-08');
    const found = dates('2月8日(木)、受け取った方からの連絡で誤送付が判明しました。', 'ja', ['misdelivery']);
    expect(found.start).toBeNull();
  });

  it('ends an e-mail sent to the wrong people on the day it was sent', () => {
    const d = dates(
      '令和6年2月5日(月)、講座の案内メールを送信する際、Bccで送るべきところを宛先に入れて送信しました。',
      'ja',
      ['misdelivery'],
    );
    expect(d.start).toBe('2024-02-05');
    expect(d.end).toBe('2024-02-05');
  });

  it('reads no end from the day a document is to be kept until (保存・保管・有効)', () => {
    const d = dates(
      '2021年3月に受け付けた申請書は、2024年12月31日まで保管することとされています。この申請書の所在が分からなくなっていることが判明しました。',
      'ja',
      ['loss_or_theft'],
    );
    expect(d.end).toBeNull();
  });

  it('reads まで right after a date as the end, not a まで further on or a deadline (までに)', () => {
    expect(
      dates('申込フォームは2024年3月1日から公開され、3月9日(土曜日)まで誰でも閲覧できる状態でした。').end,
    ).toBe('2024-03-09');
    expect(
      dates('2024年7月6日、元社員が在職中から退職後までの期間に不正に持ち出していたことが判明しました。').end,
    ).toBeNull();
    expect(dates('2024年3月1日までに対象の全員への連絡が終了しました。').end).toBeNull();
  });

  it('reads a range whose ends carry a full weekday (金曜日) under a 発生日時 label', () => {
    const d = dates('(1)発生日時\n令和7年1月10日(金曜日)9時00分~1月10日(金曜日)9時20分頃\n(2)場所\n本庁舎');
    expect(d.start).toBe('2025-01-10');
    expect(d.end).toBe('2025-01-10');
  });
});

describe('discovery and English letters', () => {
  it('prefers a firm discovery word to a bare 確認, and reads 確認したところ…判明 as the finding', () => {
    const d = dates(
      '2023年10月2日(月)に職員が書類を棚に戻したことは確認されています。10月5日(木)、書類がないことに気づきました。',
    );
    expect(d.detected).toBe('2023-10-05');
    const t = dates('2024年11月3日 担当者が台帳を確認したところ、3件の記載誤りがあることが判明。');
    expect(t.detected).toBe('2024-11-03');
  });

  it('reads 可能性を認識し as the day the organisation found out', () => {
    expect(
      dates('2024年6月3日、当社はお客様からの問い合わせにより情報が漏えいしている可能性を認識しました。')
        .detected,
    ).toBe('2024-06-03');
  });

  it('ends an English sentence at a year, so each date keeps its own verb', () => {
    const d = dates(
      'We recently learned that a staff mailbox was accessed without authorization on April 4, 2021. We discovered the activity on April 6, 2021 and secured the account.',
      'en',
    );
    expect(d.start).toBe('2021-04-04');
    expect(d.detected).toBe('2021-04-06');
  });

  it('takes "on or about" as the day itself', () => {
    expect(
      dates('On or about June 5, 2023, we learned that our payment page had been altered.', 'en').detected,
    ).toBe('2023-06-05');
  });
});

describe('timelines and ranges of unseen notices', () => {
  it('reads a timeline row that ends on a noun (「メール一斉送信」「受給者証を郵送。」) as the act', () => {
    const d = dates(
      '<経過>\n2024年6月3日(月曜日)午後3時10分 案内メール一斉送信\n6月4日(火曜日)午前9時 参加者からの指摘により判明',
      'ja',
      ['misdelivery'],
    );
    expect(d.start).toBe('2024-06-03');
    expect(d.detected).toBe('2024-06-04');
  });

  it('reads a range followed by 事案 as the incident window', () => {
    const d = dates(
      '過去の控えを点検したところ、令和5年4月3日(月曜日)から6月30日(金曜日)までの間に、同様の事案が9件ありました。',
    );
    expect(d.start).toBe('2023-04-03');
    expect(d.end).toBe('2023-06-30');
  });

  it('does not take the days of the organisation checking its records as the incident window', () => {
    const d = dates(
      '2024年5月10日に判明。5月11日から5月13日にかけて、過去の記録を確認したところ、他に2件の誤りがありました。',
    );
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });
});

describe('years and 以降', () => {
  it('does not anchor month-days on a fiscal year that names a programme (令和4年度…)', () => {
    const d = dates(
      '令和5年3月17日から研修の名簿が閲覧できる状態でした。令和4年度研修の受講者名簿です。\n7月13日(木曜日)\n受講者からの指摘で判明しました。',
    );
    expect(d.detected).toBe('2023-07-13');
  });

  it('completes a January–March date from a fiscal year in the following calendar year', () => {
    const d = dates(
      '令和6年度の出席簿を紛失した。\n(1) 2月4日(火曜日)午後5時頃、教諭が出席簿が見当たらないことに気付いた。',
    );
    expect(d.detected).toBe('2025-02-04');
  });

  it('reads 「…以降、…判明」 as the discovery, 「…以降と思われる時間帯から」 as the start', () => {
    expect(
      dates('2022年1月19日(水曜日)10時53分以降、受信者からの指摘を受け、誤送信が判明しました。').detected,
    ).toBe('2022-01-19');
    expect(dates('2025年1月8日(水)17:04以降と思われる時間帯から閲覧できる状態でした。').start).toBe(
      '2025-01-08',
    );
  });

  it('gives a finding told after a second 以降 date to that date (「A以降、…ことがB以降に判明」)', () => {
    const d = dates(
      '2099年5月12日以降、架空町役場の倉庫で名簿2冊が所在不明となっていることが5月15日以降に順次判明しました。',
    );
    expect([d.start, d.detected]).toEqual(['2099-05-12', '2099-05-15']);
  });
});

describe('relative clauses and the heading block', () => {
  it('keeps a verb before a noun that names the incident itself (「紛失する事故」)', () => {
    expect(dates('2024年3月2日、職員が書類を紛失する事故が起きました。').start).toBe('2024-03-02');
  });

  it('does not read the notice date repeated in its heading block as an event', () => {
    const d = dates('2024年6月3日\n2024年6月3日 名簿を郵送した件の報告\n誤りがありました。');
    expect(d.published).toBe('2024-06-03');
    expect(d.start).toBeNull();
  });
});

describe('single acts', () => {
  it('does not end an infection that came by a phishing mail on the day it began', () => {
    const t = '2024年7月3日に、社員の端末が不審なメールからウイルスに感染しました。';
    expect(dates(t, 'ja', ['phishing']).end).toBe('2024-07-03');
    expect(dates(t, 'ja', ['phishing', 'malware']).end).toBeNull();
  });
});

describe('words of discovery and dates that are not events', () => {
  it('reads calls and mails received as the day the organisation was told', () => {
    const d = dates('2024年2月9日(金)午前、担当課が複数の利用者から電話を受け、宛先の誤りに気づきました。');
    expect(d.detected).toBe('2024-02-09');
  });

  it('does not read the organisation contacting people as a report it received', () => {
    expect(
      dates('設定は直しました。2024年5月13日(月)より皆様へ順にご連絡を差し上げております。').detected,
    ).toBeNull();
  });

  it('skips a date a state is reported as of (現在/時点)', () => {
    expect(dates('2023年4月1日現在の名簿について、事業者から報告を受けました。').detected).toBeNull();
  });
});

describe('ranges written with 同 or within one day', () => {
  it('reads 「AからB同…まで」 as one range', () => {
    const d = dates('調べたところ、不正なログインは2023年5月2日から同5月9日までの間に行われていました。');
    expect(d.start).toBe('2023-05-02');
    expect(d.end).toBe('2023-05-09');
  });

  it('reads a span of hours with suspicious traffic as the incident window of that day', () => {
    const d = dates('2024年1月4日10時05分から11時40分までの間、外部へ不審な通信が行われていました。');
    expect(d.start).toBe('2024-01-04');
    expect(d.end).toBe('2024-01-04');
  });

  it('still reads the act after a span of hours that is no incident window', () => {
    const d = dates('2024年2月6日 13:00~13:30の間、窓口の職員が受給者証を別の方に交付しました。');
    expect(d.start).toBe('2024-02-06');
  });
});

describe('plans and attempts', () => {
  it('does not read a planned day (予定) as an event', () => {
    const d = dates('保存期間の過ぎた書類(2024年4月1日廃棄予定)を誤って処分したことが判明しました。');
    expect(d.detected).toBeNull();
    expect(dates('2024年6月10日以降も、片付けを続ける予定でした。').start).toBeNull();
  });

  it('reads what an attempt turned up, not the attempt (「…しようとしたところ、」)', () => {
    const d = dates('2024年2月19日(月)、棚の整理を再開しようとしたところ、箱が一つないことに気づきました。');
    expect(d.detected).toBe('2024-02-19');
    expect(d.resumed).toBeNull();
  });
});

describe('timeline rows', () => {
  it('reads a row headed by an era year with the western year in brackets', () => {
    const d = dates(
      '2022年7月30日\n誤送付のお詫び\n1 経緯\n令和4年(2022年)5月16日(月曜日)\n  ・ 担当課が、案内文書を別の世帯に送付した。\n',
    );
    expect(d.start).toBe('2022-05-16');
  });
});

describe('the organisation checking its records, and rules from a day on', () => {
  it('does not take days of checking, set off by にかけて、, as the incident window', () => {
    const d = dates(
      'これを受け、2024年4月6日(土)から4月8日(月)にかけて、過去の掲載資料を確認したところ、別の資料でも住所を載せていたことが分かりました。',
    );
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });

  it('does not read a rule that applies from a day on (こととされている) as a start', () => {
    expect(
      dates('法の改正により、2021年6月9日以降、名簿には住所を載せないこととされています。').start,
    ).toBeNull();
  });
});

describe('English letters: the verb next to each date', () => {
  it('reads the act reported inside a discovery sentence', () => {
    const d = dates(
      'On or about May 5, 2022, we learned that a former worker had emailed client files to a private account on April 28, 2022.',
      'en',
    );
    expect(d.detected).toBe('2022-05-05');
    expect(d.start).toBe('2022-04-28');
  });

  it('reads "accessible from <date>" as the start, not the "until" after the date', () => {
    const d = dates(
      'A test server was publicly accessible from May 1, 2021 until it was secured on May 20, 2021.',
      'en',
    );
    expect(d.start).toBe('2021-05-01');
  });

  it('reads files copied during a period as the incident window', () => {
    const d = dates(
      'On April 10, 2024, we determined that files were copied from our systems during the period of March 28, 2024 to April 2, 2024.',
      'en',
    );
    expect([d.start, d.end, d.detected]).toEqual(['2024-03-28', '2024-04-02', '2024-04-10']);
  });
});

describe('era years with the western year beside them, and 本日まで', () => {
  it('reads 「平成30年(2018)6月5日」 as one date', () => {
    expect(dates('公開日:平成30年(2018)6月5日\n書類が見当たらなくなりました。').published).toBe('2018-06-05');
  });

  it('does not read 「本日まで見つかっていない」 as the end of anything', () => {
    const d = dates('2019年1月10日\n職員で探していますが、本日まで見つかっていません。');
    expect(d.end).toBeNull();
  });
});

describe('staff looking up records they had no business with', () => {
  it('reads 「業務外で閲覧していた」 as the act', () => {
    const d = dates('調べによると、職員は2023年5月1日に住民の記録を業務外で閲覧していました。', 'ja', [
      'insider',
    ]);
    expect(d.start).toBe('2023-05-01');
    expect(d.end).toBe('2023-05-01');
  });

  it('reads 「…を不正に収集したもの」 as the act, not a later use of what was collected', () => {
    const d = dates(
      '窓口を担当していた2099年2月3日、私的な理由から、端末を用いて、知人の住所を不正に収集したもの。また、2099年3月4日に、上司の指導の後も、不正に収集した住所あてに私信を出したもの。',
    );
    expect(d.start).toBe('2099-02-03');
  });
});

describe('numbered ranges under a heading', () => {
  it('reads the heading above a numbered range (「1:」) as its label', () => {
    const d = dates(
      '・カード情報流出の対象期間\n1:2021年3月1日~2021年6月30日の期間に当店のサイト(https://shop.example.jp/)において\nカードで決済されたお客様が対象です。\n\n2:2015年4月1日~2021年6月30日の期間に当店で定期便をご利用のお客様\n',
    );
    expect(d.start).toBe('2021-03-01');
    expect(d.end).toBe('2021-06-30');
  });
});

describe('relative days that describe a noun, and pages flattened to one line', () => {
  it('does not read 「前日の」「当日の」 before a noun as an event', () => {
    const d = dates(
      '2024年3月5日(火)、係員が前日の受付記録を入力する際、書類を返していないことに気づきました。',
    );
    expect(d.detected).toBe('2024-03-05');
    expect(dates('2024年6月4日(火)、当日の受付簿を見直したところ、渡し間違いが発覚した。').detected).toBe(
      '2024-06-04',
    );
  });

  it('reads dates in the body of a page whose text sits on the letterhead line', () => {
    const t = `2024年2月14日 市役所 窓口における書類の誤交付について ${'経緯は次のとおり。'.repeat(8)} 2024年2月1日、窓口で書類を取り違えて渡したことが判明した。`;
    expect(dates(t).detected).toBe('2024-02-01');
  });
});

describe('reports coming in over several days', () => {
  it('takes the first day of a range of reports received as the day the organisation was told', () => {
    const d = dates(
      '2023年3月20日\n経緯\n・3月6日(月)~7日(火) 複数の会員から登録内容の誤りについて連絡\n・3月8日(水) 原因を特定\n',
      'ja',
    );
    expect(d.detected).toBe('2023-03-06');
    expect(d.start).toBeNull();
  });
});

describe('the period in which a fault occurred', () => {
  it('reads 「…が発生した期間は、AからBに…まで」 as the incident window', () => {
    const d = dates('2025年2月20日\n画面の不具合が発生した期間は、2月3日から4日に画面を直すまでの間でした。');
    expect(d.start).toBe('2025-02-03');
    expect(d.end).toBe('2025-02-04');
  });
});

describe('finding something missing', () => {
  it('reads 「…が未着であった」 as the day the loss came to light when nothing firmer is said', () => {
    const d = dates(
      '2021年2月1日\n■2021年1月15日 委員から出されたはずの調査票が未着であったため、委員へ電話で尋ねた。\n',
    );
    expect(d.detected).toBe('2021-01-15');
  });
});

describe('labels of the discovery date', () => {
  it('reads 「判明日時」 above its date, past a blank line, as the discovery (not a timeline row)', () => {
    const t =
      '架空町内会 申込フォームの設定誤りについて\n1.概要\n申込フォームの設定により、回答の一覧が閲覧できる状態にありました。\n2.判明日時\n\n 2099年6月3日(土)午前9時\n\n3.判明後の対応\n設定を直しました。';
    const f = extract(t);
    expect(f.detected?.value).toBe('2099-06-03');
    expect(f.incident_start).toBeNull();
  });

  it('reads 「把握日時」 above its date as the discovery, whatever the line goes on to say', () => {
    const t =
      '架空村 アンケート回答の表示について\n閲覧が可能であった期間\n2099年7月1日(水)9時頃から2099年7月3日(金)12時頃までの間\n事案の把握日時\n2099年7月3日(金)10時 回答を全て終了された方の画面に一覧が表示された。\n';
    expect(extract(t).detected?.value).toBe('2099-07-03');
  });

  it('prefers the labelled 「発覚時期」 to an earlier finding told in the timeline', () => {
    const t =
      '架空区 書類の紛失について\n更新日:2099年12月25日\n1 事故の概要\n委託先が預かった報告書を紛失した。\n2 発覚時期\n\n2099年11月25日(火曜)\n\n3 経緯\n\n11月19日 区の担当者が書類を確認したところ、報告書が未着であることが判明。\n11月21日 団体の担当者が施設を訪問し、状況を確認。\n11月25日 団体から区へ、書類の一部が見つかったとの連絡があった。\n';
    const f = extract(t);
    expect(f.detected?.value).toBe('2099-11-25');
  });
});

describe('days a state is reported as of', () => {
  it('skips 「6月21日現時点において」 (the notice reports a state as of that day)', () => {
    const d = dates(
      '2099年6月5日、委託先のサーバーが不正アクセスを受けました。なお、6月21日現時点において、当該サービスの停止が続いていることを確認しています。',
    );
    expect(d.detected).toBeNull();
    expect(d.start).toBe('2099-06-05');
  });
});

describe('dates told inside what was found out', () => {
  it('reads a date after 「確認したところ、」 as part of the finding, not the day it was found', () => {
    const d = dates(
      '2099年10月2日(月)18時頃、保護者から「配布物の裏面に子どもの名前がある」との連絡がありました。直ちに副校長が学級担任に確認したところ、9月28日(木曜日)の授業用に、9月27日(水曜日)に使用済みの紙の裏へ印刷した際、名簿の紙が混じっていたことが判明しました。',
    );
    expect(d.detected).toBe('2099-10-02');
  });

  it('gives the predicate closing the sentence to the first of two dates with nothing between them', () => {
    const d = dates(
      '2099年4月25日(月)午前11時ごろ近所の方から、4月24日(日)の午前中に河原で書類の束を見つけたと通報がありました。',
    );
    expect(d.detected).toBe('2099-04-25');
  });

  it('still reads a report that came after the act (「送付したところ、…と6月30日に連絡があり」)', () => {
    const d = dates(
      '2099年6月3日付けで証書を送付したところ、別の方の証書が同封されていると6月30日に電話で連絡があり、誤送付が判明しました。',
    );
    expect(d.detected).toBe('2099-06-30');
  });
});

describe('the last day of an exposure given as a bare day with its weekday', () => {
  it('reads 「…ロックされた11日(水)10時までの6日間」 as the end', () => {
    const d = dates(
      '2099年10月5日(月)9時30分頃、教員が面談の申込表のURLを誤って掲載してしまいました。申込表がロックされた11日(日)10時までの6日間にわたって、誰でも閲覧できる状態にありました。',
    );
    expect(d.end).toBe('2099-10-11');
  });
});

describe('who a range covers is said in its own clause', () => {
  it('reads the attack window even when a later clause names payments', () => {
    const d = dates(
      '2099年3月1日\n架空決済の委託先サーバーに不正アクセスがありました。攻撃は、2098年8月2日から2099年1月25日にわたって続き、決済のデータを保存したデータベースにまで及びました。',
    );
    expect(d.start).toBe('2098-08-02');
    expect(d.end).toBe('2099-01-25');
  });

  it('still reads 「…の間に…決済された方」 as a scope statement, not the window', () => {
    const d = dates(
      '2099年3月1日\n2098年10月14日~10月25日の間にクレジットカードで決済された方の情報も、流出が懸念されることが判明しました。攻撃は、2098年8月2日から2099年1月25日にわたって行われました。',
    );
    expect(d.start).toBe('2098-08-02');
  });
});

describe('a loss within a range of days', () => {
  it('reads 「AからBまでの間において、…紛失しました」 as the window of the loss', () => {
    const d = dates(
      '2099年9月1日\n架空大学の教員が、2099年8月23日から8月26日までの間において、外出先又は学内のいずれかでUSBメモリを紛失しました。',
    );
    expect(d.start).toBe('2099-08-23');
    expect(d.end).toBe('2099-08-26');
  });

  it('does not read a range that tells which items were lost as the window', () => {
    const d = dates(
      '2099年12月1日\n提出された名簿のうち、11月17日から25日の間に受け取った37件が紛失していることが判明した。',
    );
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });
});

describe('labels of a range', () => {
  it('reads a label on the range line (「・発生日時 AからB 発送分」) as the incident window', () => {
    const d = dates(
      '架空町 証明書の誤発送について\n① 事案の状況\n・事案発覚日 2099年1月4日(寄附者からのメールにて)\n・発生日時 2098年12月29日~30日 発送分\n・発生場所 委託先\n',
    );
    expect(d.start).toBe('2098-12-29');
    expect(d.end).toBe('2098-12-30');
  });

  it('does not read a contract period (「委託期間」) as the window, nor the next list item as its text', () => {
    const d = dates(
      '架空市 委託先のサーバー被害について\n1.事案の概要\n(2)委託内容(委託期間)\n(2098年2月1日~4月23日)\n(3)外部に流出した可能性のある個人情報\n住所、氏名\n',
    );
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });
});

describe('days of the organisation response', () => {
  it('does not read 「AからB 送付物の回収作業が完了し、…判明」 as the incident window', () => {
    const d = dates(
      '2099年11月13日\n1 経過\n11月11日から12日 送付物の回収作業が完了し、13件の誤送付が判明。\n',
    );
    expect(d.start).toBeNull();
    expect(d.end).toBeNull();
  });

  it('does not read 「…以降、教員が全家庭を訪問し、…回収し」 as a start', () => {
    const d = dates(
      '2099年10月3日(火曜日)以降、教員がプリントを配った生徒の全家庭を訪問し、配った70部のうち54部を回収しました。',
    );
    expect(d.start).toBeNull();
  });
});

describe('a timeline row whose text opens with another date used as a noun', () => {
  it('gives the row its act (「11月5日 11月26日実施分の案内を送付。」 is sent on the 5th)', () => {
    const d = dates(
      '2099年11月13日\n1 経過\n11月5日 11月26日実施分の対象者40名に受診票を同封した案内を送付。\n11月6日 対象者から、別人の受診票が届いたとの通報。\n',
      'ja',
      ['misdelivery'],
    );
    expect(d.start).toBe('2099-11-05');
    expect(d.detected).toBe('2099-11-06');
  });
});

describe('the start of a loss told by its timeline', () => {
  it('is the first row that tells the item handled (held-out sets preferred it to the last row)', () => {
    const t =
      '架空中学校における記録媒体の紛失について\n1 概要と事実経過\n2099年10月10日(金曜日)、教員Aが私物のSDカードを学校のカメラに挿入して使用しました。\n10月14日(火曜日)、教員Bが同じカメラを使用して撮影を行いました。\n10月29日(水曜日)17時頃、教員AがSDカードの所在を尋ねたところ、見当たらないことが判明しました。\n2 対応\n校内を捜索しています。';
    const f = extract(t);
    expect(f.detected?.value).toBe('2099-10-29');
    expect(f.incident_start?.value).toBe('2099-10-10');
  });
});

describe('a timeline row written in the present tense', () => {
  it('reads 「…の住所あてに発送する。」 as the sending, not the request before it', () => {
    const t =
      '2099年9月2日\n架空市 通知の誤送付について\n2 経過\n2099年6月2日\nX様が窓口で申請を行う。その際、申請書に現住地を記入。\n7月28日\n担当課が、通知をX様の住民登録のある住所あてに発送する。\n';
    const f = extract(t);
    expect(f.incident_start?.value).toBe('2099-07-28');
  });
});

describe('the last day a lost item was handled, when the day it was missed is unknown', () => {
  it('does not take a later row that may itself be the discovery', () => {
    const t =
      '架空病院における記録媒体の紛失について\n2 紛失の経緯等\n2099年4月2日(火)午前8時頃\n・職員が資料をUSBメモリに保存し、印刷した。\n4月6日(土)午後1時頃\n・職員が同USBメモリの';
    const f = extract(t);
    expect(f.incident_start?.value ?? null).not.toBe('2099-04-06');
  });
});

describe('a clause ending in 「ことから、」', () => {
  it('gives the date the report it tells, not the investigation that followed', () => {
    const d = dates(
      '2099年10月5日(木)、資料のURLを誤って掲載しました。本件は、14日(土)に委託先の会社から怪しいアクセスがあったかもしれないとの連絡が入ったことから、詳しく調べ始め、経緯が判明いたしました。',
    );
    expect(d.detected).toBe('2099-10-14');
  });
});

describe('a page put up by mistake', () => {
  it('reads 「…を取り違えて掲載し、…に公開してしまいました」 as the start of the exposure', () => {
    const d = dates(
      '2099年10月5日(木)9時30分頃、教員が面談の申込表のURLを課題のURLと取り違えて掲載し、授業支援システム上に公開してしまいました。',
    );
    expect(d.start).toBe('2099-10-05');
  });

  it('still reads 「…をホームページに掲載しました」 as an announcement', () => {
    expect(dates('2099年10月5日、本件についてのお知らせをホームページに掲載しました。').start).toBeNull();
  });
});

describe('the hour a release was issued', () => {
  it('is no event of the notice (「提供時間\\n14時0分」 under the release date)', () => {
    const t =
      '架空県 書類の紛失について\n提供日\n\n2099年5月2日\n\n提供時間\n\n14時0分\n\n内容\n\nこのたび、県立高校において書類の紛失がありました。また、全校を調査したところ、8校で紛失していることが判明しました。';
    const f = extract(t);
    expect(f.detected).toBeNull();
  });
});

describe('a finding told minutes after the day event', () => {
  it('is on the date told last (「メール送信の2分後、他の職員がこのことに気づきました」)', () => {
    const d = dates(
      '1.発生状況\n2099年11月14日(金)、職員が、案内のメールを「To」に宛先を入れて送信したため、受信者全員のアドレスが見える状態となりました。\nメール送信の2分後、他の職員がこのことに気づきました。',
    );
    expect(d.detected).toBe('2099-11-14');
  });

  it('is on the date told last (「送信後すぐに担当者が…に気づき」), not after a finding (「判明後ただちに」)', () => {
    const d = dates(
      '2099年6月2日(火曜日)10時頃、担当者が催しの案内メールを一斉に送りました。送信後すぐに担当者が、Toに全員を入れたまま送ったと気づきました。',
    );
    expect(d.detected).toBe('2099-06-02');
    const lost = dates(
      '職員は2099年6月1日から6月3日までの間において、名簿を紛失しました。紛失判明後ただちに捜索を行い、紛失が判明した経緯を確認しました。',
    );
    expect(lost.detected).toBeNull();
  });

  it('is not read across a month told in between', () => {
    const d = dates(
      '(1) 2099年3月10日:メールを誤送信した件\n【概要】ファイルを添付したメールが誤送信された。\n(2) 2099年11月:写真を投稿した件\n【概要】名刺の写真を投稿した。公開してすぐ、見た人から指摘があり、投稿を取り下げた。',
    );
    expect(d.detected).toBeNull();
  });
});

describe('data left where others could see it', () => {
  it('reads 「…見ることができる状態となりました」 as the start of the exposure', () => {
    const d = dates(
      '2099年11月14日(金)、職員が案内のメールを送る際、宛先を「To」に設定していたため、受信者が互いのアドレスを見ることができる状態となりました。',
    );
    expect(d.start).toBe('2099-11-14');
  });
});

describe('a finding told to the organisation (「…したことが伝えられた」)', () => {
  it('is the discovery, on its timeline row', () => {
    const d = dates(
      '更新日:2099年12月1日\n2 経緯\n11月17日(木曜日)\n 受講生から、名簿を携帯電話で写したことが伝えられた。\n11月28日(月曜日)\n 画像の削除を職員が確認した。\n',
    );
    expect(d.detected).toBe('2099-11-17');
  });
});

describe('the records of a day named by it (「3月27日分の記録票」)', () => {
  it('is no event: the finding belongs to the date opening the sentence', () => {
    const d = dates(
      '2099年4月9日\n2099年4月4日(水曜日) 午後1時頃、係員が記録票を綴じていたところ、出張所の3月27日(火曜日)分の記録票が見当たらないことに気づき、事務所を探した。',
    );
    expect(d.detected).toBe('2099-04-04');
  });
});

describe('a PDF line wrapped after an aside in brackets', () => {
  it('reads the finding told on the next line', () => {
    const d = dates(
      '2099年5月20日\n(1) 2099年5月12日、Aさんから請求が行われた。\n(2) 同年5月13日、Aさんからの請求を受けて、署員が事件の整理用に作った台帳(以下「台帳」という。)\nに綴じられた書類を確認したところ、書類の一部がないことが判明した。\n(3) 5月14日も引き続き署内を捜索したが発見に至らなかった。',
    );
    expect(d.detected).toBe('2099-05-13');
  });
});

describe('a sending that modifies a noun', () => {
  it('gives its date to the sending, not to the finding closing the sentence', () => {
    const d = dates(
      '2099年4月23日\n架空市保健課において、2099年3月31日に発送した、予防接種の「予診票」の宛名欄に、他の方の情報が刷られていたことが発覚しました。',
    );
    expect(d.start).toBe('2099-03-31');
    expect(d.detected).toBeNull();
  });

  it('reads a sending with its sender and addressee before it (「AからBへ送付した記録のある書類」)', () => {
    const d = dates(
      '2099年3月10日\n当会において、2099年2月9日(水)に架空町社会福祉協議会から架空県社会福祉協議会へ送付した記録のある書類一式が、所在が分からないことが判明しました。',
    );
    expect(d.start).toBe('2099-02-09');
    expect(d.detected).toBeNull();
  });

  it('leaves 「…に送付したところ、…と連絡があり」 to the clauses that follow', () => {
    const d = dates(
      '2099年6月3日に証書を送付したところ、6月30日に別の方の証書が同封されていると連絡がありました。',
    );
    expect(d.detected).toBe('2099-06-30');
  });
});

describe('an event that 「…が発生した」 on a day', () => {
  it('reads 「…事案が発生いたしました」「…状況が発生していました」 as the start', () => {
    expect(
      dates(
        '架空町立の学校において、2099年6月17日(火曜日)に児童の名簿が外部に漏えいする事案が発生いたしました。',
      ).start,
    ).toBe('2099-06-17');
    expect(
      dates('委託先のシステムが、2099年6月5日(月)の朝から接続できない状況が発生していました。').start,
    ).toBe('2099-06-05');
  });

  it('does not read a possible or conditional event as the start', () => {
    expect(dates('2099年6月5日、被害の事態が発生した場合に備え、窓口を設けました。').start).toBeNull();
  });
});

describe('a wrong setting switched off', () => {
  it('ends the exposure of a misconfiguration (「…をOFF」「非公開に」)', () => {
    const d = dates(
      '2099年12月2日(土)午前5時、設定の誤りで回答の一覧が閲覧できる状態にあることを認識した。\n同日午前5時10分 「結果の概要を表示する」をOFF',
      'ja',
      ['misconfiguration'],
    );
    expect(d.contained).toBe('2099-12-02');
    expect(d.end).toBe('2099-12-02');
  });
});

describe('extractDates: a date set off by a comma', () => {
  it('is not the day of a verb that describes a person (「送付した方に連絡を取り」)', () => {
    const d = dates(
      '架空県のお知らせ\n2099年3月2日\n2099年3月1日(月曜日)10時に県に戻された封筒の中に名簿が入っていました。同日、この封筒を送付した方に連絡を取り、名簿の流出を確認しました。',
    );
    expect(d.detected).toBe('2099-03-01');
  });

  it("nor of a start verb that describes a thing, before the clause's own predicate", () => {
    const d = dates(
      '架空商事株式会社\n2099年3月9日\n(1)2099年3月1日、委託先の担当者が会員あてのメールを誤ってCCで送った。\n(2)同日、担当者が自ら送信したメールの履歴を確認したところ、宛先の誤りに気づいた。',
    );
    expect(d.detected).toBe('2099-03-01');
    // 「…送付した書類に…が含まれていた」: no predicate of its own, the sending stays the date's event.
    expect(
      dates(
        '架空商事株式会社\n2099年3月9日\n2099年3月1日、取引先に送付した書類に別の会社の請求書が含まれていた。',
      ).start,
    ).toBe('2099-03-01');
  });
});

describe('extractDates: a finding in a dateless timeline item', () => {
  const head =
    '架空市役所\n2099年4月20日\n2 経過\n(1) 2099年4月15日、窓口で利用者Aに証明書の写しを交付した。\n';
  it('takes the date told last before it', () => {
    expect(dates(`${head}(2) 担当者は、本人確認を省いていたことに気づき、利用者Aに連絡した。`).detected).toBe(
      '2099-04-15',
    );
  });
  it('not when the item puts the finding later (「その後」) or a discovery is dated', () => {
    expect(dates(`${head}(2) その後、担当者は本人確認を省いていたことに気づいた。`).detected).toBeNull();
    expect(
      dates(`${head}(2) 担当者は誤りに気づいた。\n(3) 2099年4月17日、別の職員からの指摘で誤交付が判明した。`)
        .detected,
    ).toBe('2099-04-17');
  });
});

describe('extractDates: 「…を契機に、」 ends a clause', () => {
  it('keeps the event before it apart from the response after it', () => {
    const d = dates(
      '架空商事株式会社\n2099年6月20日\n2099年6月4日夜に当社のファイルサーバで発生した不審な通信を契機に、速やかにネットワークを遮断し、調査を行いました。',
    );
    expect(d.start).toBe('2099-06-04');
  });
});

describe('extractDates: a finding counted from the incident (「事故発生より約1時間後」)', () => {
  it("takes the incident's day even when the incident is told further up", () => {
    const d = dates(
      `架空通信株式会社\n2099年7月28日\n2099年7月27日、会員あての案内メールの送信に伴い、会員のメールアドレスを誤って漏えいさせる事故が発生しました。\n\n(1)原因\n${'当社の案内メールは配信専用の仕組みを使っております。登録された宛先の管理には担当者を置き、誤りのないよう点検しておりましたが、今回は送信の段階での人為的な誤りにより起きたものです。'.repeat(6)}\n\n(2)現在の状況\n事故発生より約1時間後から会員より「多数のメールが届く」との連絡を受け、調査した結果、誤送信が判明しました。`,
    );
    expect(d.detected).toBe('2099-07-27');
  });
});

describe('extractDates: 「…ことが分かりました」 tells a finding', () => {
  const head = '架空市役所\n2099年3月9日\n2099年3月1日(月)、職員が名簿を誤ってFAXで送信した。';
  it('dates the finding', () => {
    expect(dates(`${head}3月2日(火)、受信者からの電話で誤りが分かった。`).detected).toBe('2099-03-02');
  });
  it('not the start of a state found out later (「以降、…状態になっていたことがわかりました」)', () => {
    const d = dates(
      '架空市役所\n2099年3月9日\n調べたところ、2099年1月15日以降、名簿を誰でも見られる状態になっていたことがわかりました。',
    );
    expect([d.start, d.detected]).toEqual(['2099-01-15', null]);
  });
});

describe("extractDates: a finding told through a recipient's 申し出", () => {
  it('dates the finding (「…より…の旨の申し出がありました」)', () => {
    const d = dates(
      '架空市役所\n2099年3月9日\n2099年3月1日(月)、職員が名簿を誤送信した。3月2日(火)、受信者より誤送信の旨の申し出がありました。',
    );
    expect(d.detected).toBe('2099-03-02');
  });
});

describe('extractDates: 「翌2日」 (the next day, the 2nd)', () => {
  it('reads the day after the last date told, rolling into the next month', () => {
    const t = (d: string) =>
      dates(
        `架空市役所\n2099年3月9日\n2099年${d}(月)、職員が名簿を誤送信した。翌${d === '1月31日' ? 1 : 2}日、受信者からの指摘で判明した。`,
      );
    expect(t('3月1日').detected).toBe('2099-03-02');
    expect(t('1月31日').detected).toBe('2099-02-01');
  });
});

describe('extractDates: a report received politely (「ご連絡をいただきました」)', () => {
  const head = '架空市役所\n2099年3月9日\n2099年3月1日(月)、職員が名簿を誤送信しました。';
  it('dates the finding', () => {
    expect(dates(`${head}3月5日(金)、受信者から名簿が届いているとのご連絡をいただきました。`).detected).toBe(
      '2099-03-05',
    );
  });
  it('not a request to get in touch (「お問い合わせをいただき、」)', () => {
    expect(
      dates(`${head}3月5日(金)以降、窓口までお問い合わせをいただき、本人確認の上でご案内します。`).detected,
    ).toBeNull();
  });
});

describe('extractDates: what someone said, quoted (「…」と), is not the predicate of its clause', () => {
  it('dates the finding after the quote, not the sending told inside it', () => {
    const d = dates(
      '架空市役所\n2099年9月9日\n2099年6月1日(月)、職員が書類を郵送しました。\n2099年9月2日(水)、受取人が「市から郵送された封筒に他人の書類が入っていた。」と窓口へ来られ、誤封入が判明しました。',
      'ja',
      ['misdelivery'],
    );
    expect([d.start, d.detected]).toEqual(['2099-06-01', '2099-09-02']);
  });
});

describe("extractDates: a contractor's incident", () => {
  it('is found out by the organisation when the contractor reports to it', () => {
    const d = dates(
      '架空市役所\n2099年7月5日\n委託先の架空印刷が、2099年5月26日に攻撃を受けた。同社が原因を調べていたところ、同年6月30日に市の名簿データの流出が判明、7月1日に市へ報告があった。\n2099年7月2日、受信者から委託先に対し、宛先が見える旨の連絡がありました。',
      'ja',
      ['third_party', 'ransomware'],
    );
    expect(d.detected).toBe('2099-07-01');
  });
  it('keeps the earliest finding when no report is told', () => {
    const d = dates(
      '架空市役所\n2099年7月5日\n委託先の架空印刷が、2099年5月26日に攻撃を受けた。同年6月30日に本市のデータの流出が判明しました。',
      'ja',
      ['third_party'],
    );
    expect(d.detected).toBe('2099-06-30');
  });
});

describe('extractDates: a practice told in the present (「…を送信しています」)', () => {
  it('is no sending on the date that opens the sentence', () => {
    const d = dates(
      '架空区役所\n2099年4月25日\n区では、事業者を2099年3月22日(火曜日)から募集しており、希望された方にお知らせをメール送信しています。\n2099年4月22日(金曜日)17時頃、担当者が案内メールを誤って宛先欄に入力して送信しました。',
      'ja',
      ['misdelivery'],
    );
    expect([d.start, d.end]).toEqual(['2099-04-22', '2099-04-22']);
  });
});

describe('extractDates: a date in an aside on a noun (「説明会(6月3日開催分)」)', () => {
  it('names which batch, not an event', () => {
    const d = dates(
      '架空市役所\n2099年8月3日\n2099年8月1日(月曜日)に、研修会(2099年6月3日開催分)の受講申込者あてに日程のメールを送る際、誤って宛先欄にアドレスを入力して送信しました。',
      'ja',
      ['misdelivery'],
    );
    expect([d.start, d.end]).toEqual(['2099-08-01', '2099-08-01']);
  });
});

describe('extractDates: an attack suffered (「…による被害を受け」)', () => {
  it('starts the incident', () => {
    const d = dates(
      '架空診療所\n2099年4月2日\n当院は2099年4月1日午前8時頃から、ランサムウェアによる侵入被害を受け、受付システムが止まりました。',
    );
    expect(d.start).toBe('2099-04-01');
  });
  it('not a damage found to be going on (「被害を受けていることを確認」)', () => {
    const d = dates('架空診療所\n2099年4月2日\n2099年4月1日、サーバが被害を受けていることを確認しました。');
    expect(d.start).toBeNull();
  });
});

describe('extractDates: 「…が明らかになりました」 tells a finding', () => {
  it('dates the finding', () => {
    const d = dates(
      '架空市役所\n2099年3月9日\n2099年3月1日(月)、職員が名簿を誤送信しました。3月5日(金)、受信者の指摘により誤りが明らかになりました。',
    );
    expect(d.detected).toBe('2099-03-05');
  });
});

describe('extractDates (English): approximate days', () => {
  const en = (t: string) =>
    extractDates(t, splitSentences(t), splitLines(t), 'en', { causes: [], leakStatus: null, stage: null });
  it('reads "on or around" and "approximately" days, and approximate range ends', () => {
    expect(en('The theft occurred on around March 25, 2014.').incident_start?.value).toBe('2014-03-25');
    const r = en('An outsider accessed the server from approximately April 6, 2018 through May 2, 2018.');
    expect([r.incident_start?.value, r.incident_end?.value]).toEqual(['2018-04-06', '2018-05-02']);
  });
});
