import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本市, 株式会社サンプル商事, example.jp); no real organisation or person.
const dates = (t: string) => incidentDates(t);
const HEAD = '株式会社サンプル商事 個人情報の漏えいについて\n2099年7月20日\n';

describe('which clause a date belongs to (session 8)', () => {
  it('keeps the event’s own date when the date is joined to it by に', () => {
    const t = `${HEAD}調査の結果、7月3日に当社サーバーが不正アクセスを受けていたことを確認しました。7月9日、保守業者からの連絡を受け、調査を開始しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-03', detected: '2099-07-09' });
  });

  it('reads an inquiry received (お問い合わせをいただき) as the finding', () => {
    const t = `${HEAD}7月3日にお客様からお問い合わせをいただき、調査した結果、7月1日に配信したメールマガジンを誤った宛先に送信していたことが判明しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-03' });
  });

  it('does not read a contact point (…までお問い合わせをいただき) as a report received', () => {
    const t = `${HEAD}7月1日、当社サイトへの不正アクセスが発生しました。お心当たりの方は、7月31日までにサポート窓口までお問い合わせをいただき、ご本人確認の後にご案内いたします。`;
    expect(dates(t).detected).toBeNull();
  });

  it('reads being told in the passive (指摘されました, 知らされ) and 「…と申し出た」 as the finding', () => {
    const sent = `${HEAD}7月1日、職員が利用者あての通知書を誤って別の方に郵送しました。`;
    expect(dates(`${sent}7月4日、受け取った方が来社され、誤りを指摘されました。`).detected).toBe(
      '2099-07-04',
    );
    expect(dates(`${sent}7月4日、受け取った方からその旨を知らされました。`).detected).toBe('2099-07-04');
    const row = `${HEAD}1 経緯\n7月1日(月曜日)\n・職員が通知書を封入し、郵送した。\n7月3日(水曜日)\n・受け取った方が来社し、別の方の通知書が入っていたと申し出た。`;
    expect(dates(row).detected).toBe('2099-07-03');
  });

  it('does not read a range after the finding (the response) as the incident window', () => {
    const t = [
      HEAD.trim(),
      '2 経緯',
      '7月3日(月曜日)',
      '受講者の方から、名簿が撮影されたことが伝えられた。',
      '7月4日(火曜日)~6日(木曜日)',
      '受講者全員に電話し、名簿の情報が漏えいしたことを説明して、お詫びした。',
    ].join('\n');
    expect(dates(t)).toMatchObject({ start: null, end: null, detected: '2099-07-03' });
  });

  it('reads a range of who stayed (「…の間に入院していた患者様」) as a scope, not the incident window', () => {
    const t = [
      '見本市立見本病院 患者情報を含む書類の紛失について',
      '2099年7月20日',
      '1.経過',
      '7月10日、病棟の書類保管庫から書類が見当たらないことに気づきました。',
      '2.紛失した個人情報の内容',
      '6月1日から6月14日の間に第二病棟に入院していた患者様の氏名、病名。',
    ].join('\n');
    const f = extract(t);
    expect(f.incident_start?.value).not.toBe('2099-06-01');
    expect(f.incident_end).toBeNull();
    expect(f.detected?.value).toBe('2099-07-10');
    expect(f.scope.map((s) => [s.value.from, s.value.to])).toEqual([['2099-06-01', '2099-06-14']]);
  });

  it('does not read the end of a procedure (「事務処理が終了したため」) as the end of an exposure', () => {
    const t = `${HEAD}6月1日、不正アクセスにより会員情報が閲覧可能な状態になりました。6月20日、審査の事務処理がすべて終了したため、関係書類を保管庫に移しました。`;
    expect(dates(t).end).not.toBe('2099-06-20');
  });

  it('dates the finding of an attack told through the alert it raised on its first day', () => {
    const t = `${HEAD}1. 発生した事象\n7月2日(火)深夜、本社の共有サーバで発生したアラートを契機に、当社は同サーバをネットワークから切り離しました。その後の調査で、サーバ内のファイルが暗号化されていたことが分かりました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-02', detected: '2099-07-02' });
  });

  it('does not take a finding told before the incident started as its discovery', () => {
    const t = [
      HEAD.trim(),
      '2 経過',
      '〇7月1日(月曜日)',
      '・担当者がAさんの申請内容を入力中に、住所の欄が未記入のままだと気付いた。',
      '〇7月3日(水曜日)',
      '・担当者が、Bさんあての通知書を郵送した。',
      '〇7月8日(月曜日)',
      '・Aさんから、Bさんの通知書が届いたと電話があり、住所の入力を取り違えていたことが判明した。',
    ].join('\n');
    expect(dates(t)).toMatchObject({ start: '2099-07-03', detected: '2099-07-08' });
  });

  it('dates a posting that modifies a noun (「6月30日に掲載したファイル」) as the start of the exposure', () => {
    const t = `${HEAD}7月5日午後、ホームページの閲覧者から、個人情報が掲載されているとの指摘がありました。確認したところ、6月30日に掲載したファイルに会員の氏名が含まれていたことが判明しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-06-30', detected: '2099-07-05' });
  });
});

describe('a finding named before its date, and words of theft (session 10)', () => {
  it('reads a cleft on 気付いた / 連絡を受けた / 検知した as the finding’s day', () => {
    expect(dates(`${HEAD}誤りに気付いたのは7月5日でした。`).detected).toBe('2099-07-05');
    expect(dates(`${HEAD}当社が連絡を受けたのは7月5日です。`).detected).toBe('2099-07-05');
    expect(dates(`${HEAD}不審な通信を検知したのは、7月5日です。`).detected).toBe('2099-07-05');
  });

  it('reads a 検知日時 label as the finding', () => {
    const t = `${HEAD}1.検知日時\n2099年7月5日 10時30分\n2.発生日時\n2099年7月1日`;
    expect(dates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-05' });
  });

  it('takes a range whose clause says the data was stolen (窃取) as the incident window', () => {
    const t = `${HEAD}7月1日から7月9日までの間、当社サイトで入力されたカード情報が窃取された可能性があります。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-01', end: '2099-07-09' });
  });
});

describe('a sentence opened by その際 (at that moment) tells what happened on the date before it', () => {
  it('dates the mistake told in the その際 sentence by the sentence before it', () => {
    const t = `${HEAD}2 経過\n(1)7月3日、職員Aは、書庫の整理のため書類を会議室へ運んだ。その際、名簿が不要書類に紛れ込み、誤って廃棄用の箱に入れてしまった。\n(2)7月9日、職員Bが名簿のないことに気付いた。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-03', detected: '2099-07-09' });
  });

  it('reads the その際 sentence to its 。 across a PDF line break', () => {
    const t = `${HEAD}(1)\n7月3日、B社の担当者が相談のため、書類を持参し\nて来社した。その際、確認のため職員の席にB社の書類を持ち込み、\n誤ってC社の申込書を混入させて返却した。\n(2)\n7月4日、C社から連絡があり、誤交付が判明した。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-03', detected: '2099-07-04' });
  });

  it('does not take a later sentence without その際 for the dated one', () => {
    const t = `${HEAD}7月3日、職員Aは書類を会議室へ運んだ。翌週、名簿が誤って廃棄されたことが分かった。`;
    expect(dates(t).start).toBeNull();
  });
});

describe('an item handled on the day its loss was noticed was lost that day', () => {
  it('starts the loss on the day the finding’s sentence says the item was used', () => {
    const t = `${HEAD}USBメモリは、7月3日、職員Bが2階の会議室で使用し、自席へ戻ったところで紛失に気付きました。現在も捜索しています。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-03', end: null, detected: '2099-07-03' });
  });

  it('does not start a loss found when someone tried to use the item (使用しようとしたところ)', () => {
    const t = `${HEAD}7月3日、職員がUSBメモリを使用しようとしたところ、所定の場所にないことが判明しました。`;
    expect(dates(t)).toMatchObject({ start: null, detected: '2099-07-03' });
  });

  it('does not read equipment in use (使用している) as the item handled that day', () => {
    const t = `${HEAD}7月3日、当院で使用している検査機器のデータを保存する記録媒体1個が紛失していることが判明しました。`;
    expect(dates(t)).toMatchObject({ start: null, detected: '2099-07-03' });
  });

  it('does not start a loss whose sentence tells only the finding', () => {
    const t = `${HEAD}7月3日、書庫に保管していた申込書1束が紛失していることが判明し、館内を探しましたが見つかっていません。`;
    expect(dates(t)).toMatchObject({ start: null, detected: '2099-07-03' });
  });
});

describe('the 。 of a defining aside (以下「…」という。) ends no sentence', () => {
  it('reads the predicate after the aside, across the PDF line breaks inside it', () => {
    const t = `${HEAD}2 事実経過\n(1)7月1日、見本支所において、A氏から提出された申告書を受\n理した。\n(2)7月9日、A氏から見本本部総務課(以下\n「総務課」という。\n)あて電話連絡があり、申告書の所在が分からないことが判明した。`;
    expect(dates(t).detected).toBe('2099-07-09');
  });

  it('keeps a closed aside’s sentence as it was', () => {
    const t = `${HEAD}7月9日、職員(以下「職員A」という。)が書類を整理した。7月10日、書類がないことに気付いた。`;
    expect(dates(t).detected).toBe('2099-07-10');
  });
});

describe('a range whose sentence a PDF line break cuts (session 10)', () => {
  const NOTE = `${HEAD}見本課から会員へ送った案内文書の一部で、封筒の宛名と中身が食い違っていたことが判明しました。この誤発送により、会員の氏名が他の会員に知られた恐れがあります。\n2 経緯\n`;
  it('reads the range’s sentence on the next line when its own line is wrapped mid-word', () => {
    const t = `${NOTE}・7月1日(水)から8日(水)の期間に、見本課から1,200件の会員の皆様に向けて案内文書を郵\n送しました。\n・7月8日(水)午前11時頃に会員1名から、届いた封筒の宛名が自分と異なるとの連絡がありました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-01', end: '2099-07-08', detected: '2099-07-08' });
  });

  it('does not run a timeline row of reports into the next row', () => {
    const t = `${NOTE}・7月1日(水) 会員に案内文書を郵送\n・7月2日(木)~3日(金) 複数の会員から宛名の誤りについて連絡\n・7月8日(水) 全会員に事情を説明`;
    expect(dates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-02' });
  });
});

describe('an attack seen as it happened', () => {
  it('dates the start by the day the access itself was seen (the attack as what was confirmed)', () => {
    const t = `${HEAD}7月8日、見本サーバーに、深夜の不正ログインを確認いたしました。その結果、名簿のファイルが閲覧されていました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-08', detected: '2099-07-08' });
  });

  it('leaves the start to other words when only a trace was seen, or in a concluded investigation’s report', () => {
    const trace = `${HEAD}7月8日、見本サーバーに不正ログインの痕跡を確認いたしました。`;
    expect(dates(trace).start).toBeNull();
    const final = `株式会社サンプル商事 不正アクセスに関するご報告(最終報)\n2099年9月20日\n外部調査機関による調査が完了しましたので、ご報告いたします。\n7月8日、見本サーバーに深夜の不正ログインを確認いたしましたので、同日にサーバーを止めました。`;
    expect(dates(final).start).toBeNull();
  });
});
