import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { readStructure } from './structure.js';
import { sents } from './testing/helpers.js';

/** The issuer of a fictional Japanese notice, read with its structure (address, title). */
const orgS = (t: string) => {
  const lines = splitLines(t);
  return extractOrganization(lines, sents(t), 'ja', readStructure(lines, 'ja'))?.value ?? null;
};

describe('extractOrganization: the letterhead above the first sentence (issue 12)', () => {
  it('takes a body named alone on a line under the title, before the office where it happened', () => {
    expect(
      orgS(
        'https://www.example.lg.jp/press/1\n都立校における名簿の誤送信について\n- 更新日\n教育庁\n都立見本台高等学校において、名簿を誤って送信しました。',
      ),
    ).toBe('教育庁');
    expect(
      orgS(
        'https://www.city.example.lg.jp/p.html\n検針票の紛失について\n【記者発表資料】\n水道局架空西水道事務所\n電話: 000-000-0000\n1 概要\n検針票を紛失しました。\n(1) 見本区\n3枚',
      ),
    ).toBe('水道局架空西水道事務所');
  });
  it('reads a press-release header set with spaces between its characters', () => {
    expect(
      orgS(
        'https://example.com/doc/1\n通知の誤送付について\n架 空 市 記 者 発 表 資 料\n令和2年1月1日\n本文です。A区の見本センターにて申請を受けた。',
      ),
    ).toBe('架空市');
  });
  it('takes a council (…協議会) on the letterhead, not the council it works for', () => {
    expect(
      orgS(
        'https://www.example.jp/news?no=1\n見本区社会福祉協議会\nお知らせ\n申請書類の所在不明について\n当会が架空県社会福祉協議会より受託している貸付において、申請書類が所在不明となりました。',
      ),
    ).toBe('見本区社会福祉協議会');
  });
  it('reads a letterhead set with a space between its characters', () => {
    expect(
      orgS(
        'https://www.example.ac.jp/news/1.html\n名簿を保存したUSBメモリの紛失について\n令和2年1月1日\n架 空 見 本 大 学\nこのたび、本学の教員が名簿を保存したUSBメモリを紛失しました。',
      ),
    ).toBe('架空見本大学');
  });
  it('does not take a desk, or a name standing below the first sentence', () => {
    expect(orgS('書類の紛失について\n見本部架空課\n書類を紛失しました。')).not.toBe('見本部架空課');
    expect(orgS('書類の紛失について\n見本センターにおいて書類を紛失しました。\n架空事務所\n')).toBe(
      '見本センター',
    );
  });
});

describe('extractOrganization: the office the opening names, past a press release’s labels (issue 12)', () => {
  it('reads the first sentence after header labels, and past an opening adverb', () => {
    const header =
      'https://www.pref.example.lg.jp/hodo/1\n書類の紛失について\n代表連絡先 教育庁 見本室高等学校課 学事グループ\nダイヤルイン番号:00-0000-0000\n提供日\n2030年6月11日\n提供時間\n14時0分\n内容\n';
    expect(orgS(`${header}府立架空台高等学校において、名簿を紛失する事案が発生しました。`)).toBe(
      '府立架空台高等学校',
    );
    expect(orgS(`${header}このたび、府立見本高校において、要録の紛失がありました。`)).toBe('府立見本高校');
  });
  it('spells out the owner of a 都立 or 道立 school, the one 都 and the one 道', () => {
    expect(orgS('書類の紛失について\n都立見本台高等学校において、名簿を紛失しました。')).toBe(
      '東京都立見本台高等学校',
    );
    expect(orgS('名簿の扱いについて\n都立高等学校の1校において、名簿を紛失しました。')).toBe('東京都');
    expect(orgS('名簿の扱いについて\n府立高等学校の1校において、名簿を紛失しました。')).toBeNull();
  });
  it('still leaves a generic 高校 alone', () => {
    expect(orgS('書類の紛失について\nこのたび、府立高校において、書類を紛失しました。')).not.toBe('府立高校');
  });
});

describe('extractOrganization: a contractor, vendor or payment company is not the issuer (issue 12)', () => {
  it('skips a company the sentence says is contracted, used or reported from', () => {
    expect(
      orgS('決済会社の件について\n事務局で使っている決済代行会社株式会社見本ペイで情報流出が起きました。'),
    ).toBeNull();
    expect(
      orgS('お知らせ\n講座の運営を受託している一般社団法人架空企画が、メールを誤送信しました。'),
    ).toBeNull();
    expect(
      orgS(
        'お知らせ\n弊所が契約する株式会社見本システムのサーバーが停止しました。株式会社見本システムからは、以下の報告を受けています。',
      ),
    ).toBeNull();
  });
  it('skips a company listed under a 受託事業者 label', () => {
    expect(
      orgS('このたび、委託先の事故がありました。\n(1)受託事業者\n株式会社架空印刷西支店\n(2)委託内容\n印刷'),
    ).toBeNull();
  });
  it('drops every mention of a name once the text calls it a contractor', () => {
    expect(
      orgS(
        '受診票の誤送付について\n区が検診業務を委託している公益財団法人架空予防協会で、封筒詰めの確認漏れがありました。\n11月9日 架空予防協会に返送があった。',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization: a legal body’s letterhead with the school it runs below (issue 12)', () => {
  it('keeps a legal form set apart by a space and adds the school on the next line', () => {
    expect(
      orgS(
        '出願システムの不具合について\n志願者の皆様へ\n学校法人 架空学園\n専門学校 見本ビジネスカレッジ\n校長 山田 一郎\n本文です。',
      ),
    ).toBe('学校法人 架空学園 専門学校 見本ビジネスカレッジ');
    expect(orgS('お知らせ\n株式会社 見本\n本文です。')).toBe('株式会社 見本');
  });
});

describe('extractOrganization: a municipality named in kana on its own site (issue 12)', () => {
  it('counts a kana name of the kind the address names', () => {
    const t =
      'https://www.town.sample.lg.jp/a.html\n証明書の誤発送について\n証明書を取り違えて郵送しました。\nみほん町では、みほん町情報セキュリティポリシーに基づき対応しています。';
    expect(orgS(t)).toBe('みほん町');
  });
  it('does not take a demonstrative (この町) for a name', () => {
    const t =
      'https://www.town.sample.lg.jp/a.html\n証明書の誤発送について\n証明書を郵送しました。\n、この町では対応しています。';
    expect(orgS(t)).toBeNull();
  });
  it('does not take 都市 (都市計画税) or a particle run into 本市 for a city’s name', () => {
    expect(
      orgS(
        'https://www.city.sample.lg.jp/a.html\n固定資産税・都市計画税の通知書の誤送付について\n本市は、通知書を誤って送付しました。',
      ),
    ).toBeNull();
    expect(
      orgS(
        'https://www.city.sample.lg.jp/b.html\n委託業者における情報の流出について\n印刷業務について本市と契約していた事業者から、データが流出したとの報告がありました。',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization: a body that calls itself 本県/本市 without an address (issue 12)', () => {
  it('takes the city the text names when it calls itself 本市', () => {
    const t =
      '「第2回 見本市移住フェア」の申込受付において、申込者の情報が閲覧できる状態になっていました。\n本市は、申込フォームの設定を誤りました。';
    expect(orgS(t)).toBe('見本市');
  });
  it('takes no prefecture from a 本市 notice', () => {
    expect(orgS('本市の職員が名簿を紛失しました。見本県の指針に基づき対応します。')).not.toBe('見本県');
  });
});

describe('extractOrganization: a name under the rule line that closes a notice (issue 12)', () => {
  it('takes the office that signs below a separator', () => {
    expect(
      orgS(
        'お知らせ\n決済の停止について\n新規のカード決済を停止します。\nご迷惑をおかけします。\n-------------------\n見本ファンクラブ運営事務局',
      ),
    ).toBe('見本ファンクラブ運営事務局');
  });
  it('does not take a sentence or a desk under a separator', () => {
    expect(orgS('お知らせ\n本文です。\n----------\n以上、よろしくお願いします。')).toBeNull();
    // A source credit under a rule line is the repost's, not a signature.
    expect(orgS('お知らせ\n本文です。\n----------\n出典:見本市')).not.toBe('出典:見本市');
  });
});

describe('extractOrganization: bodies that define themselves together (issue 12)', () => {
  it('takes the first body of a list defined as 当グループ', () => {
    expect(
      orgS(
        '被害のご報告\n6月1日夜に税理士法人見本会計事務所、見本アドバイザリー株式会社並びに監査法人XYZ(以下、当グループとします。)のサーバにおいてアラートが発生しました。',
      ),
    ).toBe('税理士法人見本会計事務所');
  });
  it('keeps a single body that defines itself', () => {
    expect(orgS('お知らせ\n架空ホールディングス株式会社(以下、当グループ)は、調査を進めています。')).toBe(
      '架空ホールディングス株式会社',
    );
  });
});

describe('extractOrganization: the greeting that thanks the issuer by name (issue 12)', () => {
  it('takes a body the opening greeting thanks', () => {
    expect(
      orgS(
        '平素は見本同人誌準備会へのご高配を賜り、感謝申し上げます。\nメール送信事故についてお詫びします。',
      ),
    ).toBe('見本同人誌準備会');
  });
  it('does not take a service the greeting names', () => {
    expect(orgS('平素より見本ショッピングをご愛顧いただき、ありがとうございます。\n本文です。')).toBeNull();
  });
});

describe('extractOrganization: the company that opens a 当社 notice (issue 12)', () => {
  it('takes X社 as the subject of the first sentence when the notice says 当社', () => {
    expect(
      orgS(
        '架空新聞社が5日に開催した「見本フェア」の登録者に送ったメールで、他の登録者のアドレスが見える状態でした。\n当社は再発防止を徹底します。',
      ),
    ).toBe('架空新聞社');
  });
  it('takes nothing without 当社, nor a generic 会社', () => {
    expect(orgS('架空新聞社が5日に開催した催しで、メールを誤送信しました。')).toBeNull();
    expect(orgS('委託先の会社が誤送信しました。\n当社は再発防止を徹底します。')).toBeNull();
    // An anonymised party (A社) is someone else.
    expect(orgS('A社が当社に連絡しました。\n当社は調査を進めています。')).toBeNull();
  });
});

describe('extractOrganization: a local office (…安定所, …事務所) is a name (issue 12)', () => {
  it('counts a public employment office named where it happened', () => {
    expect(
      orgS(
        '事案概要\n見本公共職業安定所給付課の相談員が名簿をUSBメモリに保存した。\n見本公共職業安定所においては、研修を実施する。\nまた、架空労働局においては、管理を徹底する。',
      ),
    ).toBe('見本公共職業安定所');
  });
  it('does not take 所属事務所 (someone’s agency) for a name', () => {
    expect(orgS('出演者の所属事務所の関係者が住所をメモした。所属事務所に確認した。')).toBeNull();
  });
});

describe('extractOrganization: a desk the notice names as its own, when no body is named (issue 12)', () => {
  it('takes a press release’s issuing-desk label', () => {
    expect(
      orgS(
        '見本課における誤送付\n資料提供\n提供課等:見本部架空支援課\n電話番号:0000-00-0000\n当課が送付しました。',
      ),
    ).toBe('見本部架空支援課');
  });
  it('takes a desk in the title’s brackets or opening the first sentence', () => {
    expect(orgS('個人情報漏洩事案の発生について(見本福祉課)\n以下のとおり、事案が判明しました。')).toBe(
      '見本福祉課',
    );
    expect(
      orgS('https://example.com/a\nこのたび、架空調達課においてメールの宛先を誤る事案がありました。'),
    ).toBe('架空調達課');
    expect(orgS('お知らせ\n見本推進部架空保健課において、通知を誤って発送しました。')).toBe(
      '見本推進部架空保健課',
    );
  });
  it('leaves the desk when the title names the body above it', () => {
    expect(orgS('見本県研修事業における個人情報の漏洩について(架空政策課)\n本文です。')).not.toBe(
      '架空政策課',
    );
  });
});

describe('extractOrganization: a department named where it happened, and its city in a repost’s title (issue 12)', () => {
  it('takes the city over a 市民局 or 都市整備局 the opening names', () => {
    expect(
      orgS(
        'https://blog.example.com/1\n【事件簿#2030-1】見本市 職員の処分について\n所属: 総務局人事部\n理由:\n市民局戸籍部において住民票の事務を担当していた際、知人の住所を不正に調べたもの。',
      ),
    ).toBe('見本市');
    expect(
      orgS(
        'https://blog.example.com/2\n【事件簿#2030-2】架空市 書類の紛失について\n都市整備局において、図面を紛失しました。',
      ),
    ).toBe('架空市');
  });
});

describe('extractOrganization: a repost title’s short name, spelled as the notice writes it (issue 12)', () => {
  it('takes the fuller name the text uses for the one the repost title shortened', () => {
    expect(
      orgS(
        'https://blog.example.net/2099/01/\n【セキュリティ事件簿#2099-001】見本大病院 メールアカウントの不正使用について\n1月5日、見本大学病院の職員のメールアカウントが不正に使用されました。',
      ),
    ).toBe('見本大学病院');
  });
  it('keeps the title’s name when the text writes it the same way', () => {
    expect(
      orgS(
        '【セキュリティ事件簿#2099-002】架空市 メール誤送信について\n架空市の職員がメールを誤送信しました。',
      ),
    ).toBe('架空市');
  });
});

describe('extractOrganization: names the fallback reads (issue 12)', () => {
  it('falls back on the one 都 its address names when the text names no body', () => {
    expect(
      orgS(
        'https://www-metro-tokyo-lg-jp.cache.example.jp/press/1.html\n2030年01月01日 総務局\n総務局総務部見本課で扱っていた書面を誤って送付しました。',
      ),
    ).toBe('東京都');
  });
  it('does not read 「…来庁の上」 as an agency’s name', () => {
    expect(
      orgS('書面の誤送付について\n申立人来庁の上、書面を確認した。\n申立人来庁の際に謝罪した。'),
    ).toBeNull();
  });
  it('reads a national body (全国…) and a name followed by を', () => {
    expect(
      orgS('よくある質問\n問1 協会から流出はありましたか。\n全国見本保険協会を名乗る電話にご注意ください。'),
    ).toBe('全国見本保険協会');
  });
  it('still ignores a generic 全… phrase', () => {
    expect(orgS('全病院に通知しました。全病院を点検します。')).toBeNull();
  });
});

describe('extractOrganization: the fallback keeps to the kind of body the notice calls itself (issue 12)', () => {
  it('does not take a committee a 本院 notice sent papers to', () => {
    expect(
      orgS(
        '見本県合同研究委員会から医療機関に配付した資料において、本院の患者さんの情報が閲覧できる状態でした。\n本院では、再発防止に努めます。',
      ),
    ).toBeNull();
  });
  it('keeps a name of the kind it calls itself', () => {
    expect(orgS('本院の職員が資料を紛失しました。\n見本中央病院では、管理を徹底します。')).toBe(
      '見本中央病院',
    );
  });
});

describe('extractOrganization: a town hall’s letterhead (issue 12)', () => {
  it('takes 「…市役所」「…町役場」 alone above the first sentence', () => {
    expect(orgS('誤送付について\n見本市役所\n本市において通知を誤送付しました。')).toBe('見本市役所');
    expect(orgS('誤送付について\n架空町役場\n本町において通知を誤送付しました。')).toBe('架空町役場');
  });
});

describe('extractOrganization: an item of a bracketed list is one of many (issue 12)', () => {
  it('does not count an office listed inside brackets', () => {
    expect(
      orgS(
        '誤掲載について\n部内3課及び4機関(2振興センター、見本研究センター、架空大学校)において、文書の誤掲載が判明しました。',
      ),
    ).toBeNull();
  });
  it('still counts the same name written outside a list', () => {
    expect(orgS('誤掲載について\n見本研究センターでは、文書の誤掲載が判明しました。')).toBe(
      '見本研究センター',
    );
  });
});

describe('extractOrganization: a school on its university’s host is not the university (issue 12)', () => {
  it('does not take the university a 本校 notice names beside itself', () => {
    expect(
      orgS(
        'https://www.school.example-u.ac.jp/news/1\nUSBメモリの紛失について\n本校教員がUSBメモリを紛失しました。\n本校及び見本大学では、監視を続けており、外部の業者にも見回りを委託しております。\n見本大学の規則では持ち出しは禁止です。',
      ),
    ).toBeNull();
  });
  it('takes the university a 本学 notice names', () => {
    expect(
      orgS(
        'https://www.example-u.ac.jp/news/1\n不正アクセスについて\n本学のサーバーが攻撃を受けました。\n見本大学では調査を進めています。',
      ),
    ).toBe('見本大学');
  });
});

describe('extractOrganization: a prefecture that opens with 「県では」 (issue 12)', () => {
  it('does not take a centre the prefecture names for the issuer', () => {
    expect(
      orgS(
        '県では、団体の届出書類を見本県民活動支援センターにおいて公開しています。\nこの度、住所を誤って公開しました。',
      ),
    ).toBeNull();
  });
});

describe('extractOrganization: a company’s desk is the company’s (issue 12)', () => {
  it('takes the company the text names over its desk', () => {
    expect(
      orgS(
        'https://www.example.co.jp/news/1\nメール誤送信について\n営業二課において、お客様へのメールを誤送信しました。\nこのたびは見本商事株式会社をご利用いただきありがとうございます。',
      ),
    ).toBe('見本商事株式会社');
  });
});

describe('extractOrganization: a title that opens with its subject (issue 12)', () => {
  it('reads 「X大学への」「X労働局で発生した」「X町職員による」', () => {
    const body = '\n名簿の情報が外部に漏れたことが分かりました。';
    expect(orgS(`見本大学への不正アクセスについて${body}`)).toBe('見本大学');
    expect(orgS(`架空労働局で発生した個人情報の漏えいについて${body}`)).toBe('架空労働局');
    expect(orgS(`見本町職員による個人情報の紛失について${body}`)).toBe('見本町');
  });
  it('does not read a subject that does not open the title', () => {
    expect(orgS(`委託先から見本大学への報告について\n報告を受けました。`)).toBeNull();
  });
});

describe('extractOrganization: session 7, how a notice names itself', () => {
  it('reads a self-definition whose brackets give the seat and the head first', () => {
    expect(
      orgS(
        'お知らせ\n株式会社見本堂(本社:東京都港区、代表取締役:山田太郎、以下「当社」)の会員サイトが不正アクセスを受けました。',
      ),
    ).toBe('株式会社見本堂');
  });
  it('reads a self-word glossed with the body’s name (弊社(株式会社X))', () => {
    expect(orgS('お知らせ\nこのたび、弊社(株式会社架空企画)の顧客管理サーバーに第三者が侵入しました。')).toBe(
      '株式会社架空企画',
    );
    expect(orgS('お知らせ\n当法人(公益財団法人見本文化振興会、東京都港区)の名簿が流出しました。')).toBe(
      '公益財団法人見本文化振興会',
    );
  });
  it('does not take the payment company named after a comma for the issuer', () => {
    expect(
      orgS(
        'お知らせ\n当協会が利用している決済代行会社、株式会社架空ペイにおいて不正アクセスが発生しました。',
      ),
    ).not.toBe('株式会社架空ペイ');
  });
  it('does not take a body the notice reports to (the police, a ministry) for the issuer', () => {
    expect(
      orgS('お知らせ\n当社サイトで不正アクセスがありました。見本警察署に被害を届け出ております。'),
    ).toBeNull();
    expect(
      orgS('お知らせ\n当社サイトで不正アクセスがありました。警視庁、所轄の警察署へ相談しています。'),
    ).toBeNull();
    // A report the body received (「X協会に外部から通報」) leaves it the issuer.
    expect(orgS('お知らせ\n9/1 見本栄養協会に外部からの通報で判明。\n9/2 見本栄養協会で調査を開始。')).toBe(
      '見本栄養協会',
    );
  });
  it('reads the name under the 「以上」 that closes a letter', () => {
    expect(orgS('情報流出のお知らせ\n当会のサイトで不正アクセスがありました。\n以上\n見本写真愛好会')).toBe(
      '見本写真愛好会',
    );
    expect(
      orgS('情報流出のお知らせ\n当社サイトで不正アクセスがありました。\n以 上\n\n見本電機株式会社'),
    ).toBe('見本電機株式会社');
  });
});
