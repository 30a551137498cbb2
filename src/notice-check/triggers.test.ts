import { describe, expect, it } from 'vitest';
import { runNoticeCheck } from './run.js';
import { splitSentences } from './text.js';
import { appiReportability, countsInText } from './triggers.js';

describe('countsInText', () => {
  it('reads Japanese and English counts', () => {
    expect(countsInText('最大1万589件の情報')).toEqual([10589]);
    expect(countsInText('会員2,480名と取引先3社')).toEqual([2480]);
    expect(countsInText('about 2.5 million customers and 1,200 employees')).toEqual([2_500_000, 1200]);
  });
});

describe('appiReportability (規則第7条)', () => {
  it('is not mandatory for a lost paper list of 30 people', () => {
    const r = appiReportability(splitSentences('社員が顧客30名分の名簿を紛失しました。'), null);
    expect(r.mandatory).toBe(false);
  });

  it('counts exactly 1,000 as not over 1,000', () => {
    const r = appiReportability(splitSentences('対象は1,000名です。'), null);
    expect(r.triggers.find((t) => t.id === 'over_1000')!.met).toBe(false);
    const r2 = appiReportability(splitSentences('対象は1,001名です。'), null);
    expect(r2.triggers.find((t) => t.id === 'over_1000')!.met).toBe(true);
  });

  it('does not read an outage (システム障害) as sensitive data, but does read disability and surgery', () => {
    const met = (text: string) =>
      appiReportability(splitSentences(text), null).triggers.find((t) => t.id === 'sensitive')!.met;
    expect(met('予約システムに障害が発生し、会員20名の氏名が他の会員に表示されました。')).toBe(false);
    expect(met('名簿には利用者の身体障害の等級が記載されていました。')).toBe(true);
    expect(met('患者3名の手術記録を保存したUSBメモリを紛失しました。')).toBe(true);
  });

  it('treats a lost stick carried home as a loss, and data taken out without right as improper', () => {
    const met = (text: string) =>
      appiReportability(splitSentences(text), null).triggers.find((t) => t.id === 'malicious')!.met;
    expect(met('職員がUSBメモリを自宅へ持ち出し、帰宅途中に紛失しました。')).toBe(false);
    expect(met('委託先の従業員が顧客名簿を不正に持ち出しました。')).toBe(true);
  });

  it('treats ransomware as an improper purpose', () => {
    const r = appiReportability(splitSentences('Our file server was encrypted by ransomware.'), null);
    expect(r.triggers.find((t) => t.id === 'malicious')).toMatchObject({ met: true });
    expect(r.mandatory).toBe(true);
  });

  it('does not count a keyword its clause denies, but counts the same keyword stated plainly', () => {
    const denied = appiReportability(
      splitSentences(
        '流出した情報は氏名とメールアドレスで、クレジットカード情報は含まれておりません。社員30名分です。',
      ),
      null,
    );
    expect(denied.triggers.find((t) => t.id === 'financial')!.met).toBe(false);
    const en = appiReportability(
      splitSentences('The file held names. No credit card numbers were involved.'),
      null,
    );
    expect(en.triggers.find((t) => t.id === 'financial')!.met).toBe(false);
    const stated = appiReportability(
      splitSentences('クレジットカード情報は含まれておりませんが、銀行口座番号が流出しました。'),
      null,
    );
    expect(stated.triggers.find((t) => t.id === 'financial')).toMatchObject({ met: true });
    expect(stated.triggers.find((t) => t.id === 'financial')!.quote).toContain('銀行口座番号');
  });

  // 規則第7条第3号 from plain words: the draft says someone got in, not which attack it was.
  const improper = (text: string) =>
    appiReportability(splitSentences(text), null).triggers.find((t) => t.id === 'malicious')!;

  it('reads entry from outside without right, in plain words, as an improper purpose', () => {
    for (const text of [
      '当社の会員管理サーバーが外部から不正に侵入され、登録情報の一部が参照された可能性があります。',
      '11月上旬、受付システムに外から不正に入られた形跡が見つかりました。',
      '第三者にサーバーへ入り込まれ、顧客名簿のファイルが持ち出されていました。',
      '何者かが管理画面に侵入し、利用者の氏名と住所を閲覧していました。',
      '従業員のメールアカウントが乗っ取られ、取引先の連絡先が送信されました。',
      '見知らぬ第三者に管理者として操作され、設定が書き換えられていました。',
    ]) {
      expect(improper(text), text).toMatchObject({ met: true });
    }
  });

  it('reads an attack, a theft and an insider selling data as an improper purpose', () => {
    for (const text of [
      '攻撃を受けて予約サイトのデータベースから会員情報が抜き取られました。',
      '総当たり攻撃により複数の会員アカウントへのログインが試みられました。',
      '週末に事務所へ空き巣が入り、顧客台帳を保存したパソコンが盗まれました。',
      '元社員が在職中に得た顧客リストを名簿業者に転売していたことが分かりました。',
      '配布資料に仕込まれた不正なプログラムにより、端末が遠隔操作されていました。',
    ]) {
      expect(improper(text), text).toMatchObject({ met: true });
    }
  });

  it('reads the same in English drafts', () => {
    for (const text of [
      'Someone outside our company broke into the order server last week.',
      'An intruder got into our network and copied files with customer names.',
      'Our booking system was compromised and guest records were viewed.',
      'A former contractor logged into the portal without permission and downloaded a list.',
    ]) {
      expect(improper(text), text).toMatchObject({ met: true });
    }
  });

  it('does not read a misdirected email, a measure, a denial or a warning as an improper purpose', () => {
    for (const text of [
      '担当者が宛先を誤ってメールを送信し、第三者が閲覧できる状態になりました。',
      '外部からのお問い合わせが入り、公開設定の誤りに気付きました。',
      '今後は不正侵入を検知する仕組みを導入し、監視を強化します。',
      '調査の結果、外部から侵入された形跡はありませんでした。',
      'ファイルは暗号化されていたため、内容を読み取られるおそれは低いと考えております。',
      '誤って送付した書類が悪用されないよう、回収を進めております。',
      '不審な売り込みの電話にはご注意ください。',
      'We installed an intrusion detection system and retrained staff.',
    ]) {
      expect(improper(text), text).toMatchObject({ met: false });
    }
  });

  it('makes a whole draft about an entry from outside reportable, with the extractor as on the page', async () => {
    const draft = [
      '会員情報の流出に関するお詫び',
      '2025年10月20日、当社の通販サイトの管理サーバーに外から不正に入られた形跡を確認しました。',
      '会員12名の氏名と住所が見られた可能性があります。',
    ].join('\n');
    const r = await runNoticeCheck(draft, { today: '2025-10-22', regions: ['jp'] });
    expect(r.appi_reportability.mandatory).toBe(true);
    expect(r.appi_reportability.triggers.find((t) => t.id === 'malicious')!.quote).toContain(
      '不正に入られた',
    );
  });
});
