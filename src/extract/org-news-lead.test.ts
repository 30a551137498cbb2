import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Invented news reports and reposts (session 18, branch h/newsorg): the body a report is about.
const org = (t: string) => extract(t).organization?.value ?? null;

describe('news reports: the announcing or breached body, not the place, outlet or dateline', () => {
  it('reads the body after 「…の」 when the report never makes the place its subject', () => {
    const t =
      'https://news.example.jp/a/2\n見本県見本市の見本記念病院で、患者の個人情報約300人分が外部に流出したことが4日、分かった。\n病院によると、職員のパソコンがウイルスに感染した。';
    expect(org(t)).toBe('見本記念病院');
  });
  it('keeps a place the report makes its subject', () => {
    const t =
      'https://news.example.jp/a/3\n見本県見本市は5日、見本市の見本中央小学校で児童の名簿を紛失したと明らかにした。市によると、教諭が持ち帰っていた。';
    expect(org(t)).toBe('見本市');
  });
  it('reads a body written with its seat in brackets (「X大(X市)が」)', () => {
    const t =
      'https://news.example.jp/a/4\n見本県立大で不正アクセス\n\n 見本県立大(見本市)が管理するメールサーバーに何者かが侵入し、教職員の情報が外部に送られたことが9日、大学への取材で分かった。';
    expect(org(t)).toBe('見本県立大');
  });
  it('takes the subject of the lead announcement, with a descriptor before it', () => {
    const t =
      'https://example.com/news/9\nThe appliance maker Norvale announced Friday that data from some customers was stolen by an unauthorized party in May.\nThe company said it would notify customers.';
    expect(org(t)).toBe('Norvale');
  });
  it('prefers the breached subject of the lead to "patients of" a hospital it runs', () => {
    const t =
      'https://example.com/news/10\nBrightmoor Health sustained a data breach, exposing records of 40,000 people, the health system said Monday.\nIn the region, patients of Kellan Hospital and Ridgeway Hospital were affected.\nBrightmoor Health said it learned of the breach June 3.';
    expect(org(t)).toBe('Brightmoor Health');
  });
  it('reads no dateline or place before a lower-case noun as the body', () => {
    const t =
      'https://example.com/news/11\nBreach exposed student data\n\nHALFORD (AP) — A data breach at the Halford public school system exposed records of students, officials revealed Thursday.\n\nThe Halford Unified School District said it learned of the breach on May 2.';
    expect(org(t)).toBe('Halford Unified School District');
  });
  it('resolves "The District" as a subject to the fuller name the repost gives', () => {
    const t =
      "https://example.org/?p=1\nHere is a notice sent to the state from the Westbrook Valley School District:\nOn May 1, 2031, parents could view another student's record. The District has no reason to believe the data was misused.";
    expect(org(t)).toBe('Westbrook Valley School District');
  });
});

describe('news reports: a listed company written with its securities code', () => {
  it('reads the company whose name carries a code in brackets before its particle', () => {
    expect(
      org(
        'ミナト精工、取引先の情報流出を確認\nミナト精工<1234>は、この日(8月5日)、春先に受けたサイバー攻撃の調査を終え、取引先約3,000人分の個人情報が漏洩していたと明らかにした。北浜学園の生徒の情報も一部含まれるという。',
      ),
    ).toBe('ミナト精工');
    expect(
      org(
        'ミナト精工に不正アクセス\nミナト精工〈1234〉は12日、春先に受けたサイバー攻撃で取引先約3,000人分の個人情報が漏洩したと発表した。',
      ),
    ).toBe('ミナト精工');
    expect(
      org(
        '見本電機で情報流出\n見本電機(東証プライム:6789)は3日、同社の業務サーバーが外部から侵入を受け、従業員の個人情報が流出したと発表した。',
      ),
    ).toBe('見本電機');
  });
});

describe('news reports: a lead whose body is described before its name, or that made an account public', () => {
  it('reads the body after 「…を販売する」 and a lead closing on 「…の被害状況を公開した」', () => {
    expect(
      org(
        'https://news.example.jp/a/11\n見本電機、通販サイトの被害状況を公開\n作業用手袋などを販売する見本電機は17日、自社の通販サイトで14日に見つかった不正アクセスについて、被害や対応の状況を公開した。',
      ),
    ).toBe('見本電機');
  });
  it('does not take the group that published stolen data for the announcing body', () => {
    expect(
      org(
        'https://news.example.jp/a/12\n盗んだデータを公開\n攻撃グループは15日、見本電機から盗んだとするデータをリークサイトで公開した。見本電機によると、顧客情報が含まれていた。',
      ),
    ).not.toBe('攻撃グループ');
  });
});

describe('reposts: a title that names whose message it is over a body that says 当社', () => {
  it('reads the sender of 「Xからのメール」 when the body never names itself', () => {
    expect(
      org(
        'https://example.hatenablog.com/entry/20250301\nミナト商会からのメール\n弊社の通販サイトを載せたサーバーへ、第三者が不正にアクセスしていたとわかりました。\nお客様8,417名分のクレジットカード情報が社外へ送られたおそれがございます。',
      ),
    ).toBe('ミナト商会');
  });
  it('does not read such a title over a body that speaks as no one', () => {
    expect(
      org(
        'https://example.hatenablog.com/entry/20250302\n友人からのメール\n昨日、知らない送信元から不審な添付ファイル付きのメッセージが届いたと聞きました。',
      ),
    ).toBeNull();
  });
});
