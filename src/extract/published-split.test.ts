import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { toPlain } from './plain.js';

// Fictional notices (見本県, 見本労働局, 架空町); no real organisation or person.
const published = (text: string) => toPlain(extract(text)).published;

describe('a letterhead date broken up by the page layout (findSplitLetterhead)', () => {
  it('reads a two-column head: the year, the desk, the month-day on lines of their own', () => {
    const t =
      '架空町の窓口での書類誤送付のお詫び\n見本労働局発表\n【照会先】\n平成30年\n見本労働局総務部総務課\n7月9日\n' +
      '課長 見本 太郎\n報道関係者各位\n見本労働局は、架空町の窓口で発生した書類の誤送付について公表します。\n' +
      '平成30年6月1日、職員が別の方の書類を封筒に入れて送付しました。';
    expect(published(t)).toBe('2018-07-09');
  });
  it('reads the same head flattened into one line', () => {
    const t =
      '見本労働局発表 【照会先】 令和2年 見本労働局企画部第二課 3月4日 課長 見本 花子 ' +
      '見本労働局は、文書の誤廃棄について確認したので公表します。令和2年2月10日、文書を廃棄しました。';
    expect(published(t)).toBe('2020-03-04');
  });
  it('reads a year-first short date alone under the headline, not one in a timeline', () => {
    const t =
      '番組宛ての葉書の紛失について\n(21/05/14)\n見本放送は、番組宛ての葉書12通をなくしたと分かりました。';
    expect(published(t)).toBe('2021-05-14');
    const body =
      '番組宛ての葉書の紛失について\n見本放送は葉書を紛失しました。\n(21/05/14)\n経過は次のとおりです。';
    expect(published(body)).toBeNull();
  });
  it('abstains when the month-day is not beside the year (a date in the body)', () => {
    const t =
      '見本県からのお知らせ\n平成30年\n見本県は、書類を紛失したことを公表します。\n7月9日に職員が気付きました。';
    expect(published(t)).toBeNull();
  });
});

describe('the notice date of a news byline or a cut year, and a label naming two days (jadet9)', () => {
  it('reads a two-digit year after an apostrophe on a head line, and 本年 against it', () => {
    const t =
      "見本大学\n\n書類の紛失について\n\n'31年4月8日 更新\n本年3月30日に、学外の方から書類を拾ったと電話がありました。確認したところ本学の書類でした。";
    const p = toPlain(extract(t));
    expect(p.published).toBe('2031-04-08');
    expect(p.detected).toBe('2031-03-30');
  });
  it("reads a news page's 「…配信 <outlet>」 byline under the headline", () => {
    const t =
      '見本市で書類紛失\n2099年5月6日18時02分配信 見本日報\n見本市は6日、住民票の写し3通を紛失したと発表した。';
    expect(published(t)).toBe('2099-05-06');
  });
  it('dates both the act and its finding from one label 「発生日・発覚日」', () => {
    const t =
      '見本病院からのお知らせ\n1 概要\n職員が不要なファイルを取り違えて送ってしまった\n2 状況\n(1) 発生日・発覚日 令和8年2月3日(火)\n(2) 内容 氏名';
    const p = toPlain(extract(t));
    expect([p.incident_start, p.detected]).toEqual(['2026-02-03', '2026-02-03']);
    const one = toPlain(extract(t.replace('発生日・発覚日', '発覚日')));
    expect(one.incident_start).toBeNull();
  });
  it('reads a range whose data lay open to a search (「検索可能な…に置かれていた」) as the window', () => {
    const t =
      '見本社からのお知らせ\n見本社の催しの参加者の情報800件が、2099年4月2日(木)から6月9日(火)までの間、外部から検索可能な場所にあったことが分かりました。';
    const p = toPlain(extract(t));
    expect([p.incident_start, p.incident_end]).toEqual(['2099-04-02', '2099-06-09']);
  });
  it('ends an act told on listed days (「AとBの2回にわたり」) on the last of them, and abstains without the count', () => {
    const t =
      '見本協会からのお知らせ\n見本協会のサーバに不正アクセスがあり、2099年3月1日(日)22時頃と3月3日(火)9時頃の2回にわたり、広告メールが送信されました。';
    const p = toPlain(extract(t));
    expect([p.incident_start, p.incident_end]).toEqual(['2099-03-01', '2099-03-03']);
    const plain = toPlain(extract(t.replace('の2回にわたり', 'に')));
    expect(plain.incident_end).not.toBe('2099-03-03');
  });
  it('ends windows listed one per line under a period heading with the last of them', () => {
    const t =
      '見本協会からのお知らせ\n見本協会のサイトの書き換えが分かりました。\n\n■書き換えられていた期間\n 2099年2月9日(月)頃~2099年2月27日(金)17時頃\n 2099年3月11日(水)頃~2099年3月12日(木)16時頃\n\n■対応\n ファイルを直しました。';
    const p = toPlain(extract(t));
    expect([p.incident_start, p.incident_end]).toEqual(['2099-02-09', '2099-03-12']);
    // Not a second line that says more than a range (a step of the response).
    const step = toPlain(
      extract(t.replace(' 2099年3月11日(水)頃~2099年3月12日(木)16時頃', ' 2099年3月11日~3月12日 調査を実施')),
    );
    expect(step.incident_end).not.toBe('2099-03-12');
  });
});
