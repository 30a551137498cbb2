import { describe, expect, it } from 'vitest';
import { extractCounts } from './counts.js';
import { splitLines, splitSentences } from './segment.js';
import { readStructure } from './structure.js';
import { sents } from './testing/helpers.js';

const run = (t: string) => extractCounts(sents(t));

describe('extractCounts', () => {
  it('reads every count with its subject and picks the largest as headline', () => {
    const r = run(
      'クレジットカード情報(1,234名分)と、お届け先の個人情報(5,678名分)が漏えいした可能性があります。',
    );
    expect(r.counts.map((c) => [c.value.count, c.value.unit, c.value.status])).toEqual([
      [1234, 'people', 'possible'],
      [5678, 'people', 'possible'],
    ]);
    expect(r.counts[0]!.value.subject).toBe('クレジットカード情報');
    expect(r.affected?.value).toEqual({ count: 5678, unit: 'people', qualifier: 'exact' });
  });
  it('reads Japanese numerals with 万 and qualifiers', () => {
    expect(run('会員アカウント12万3,456件').affected?.value).toEqual({
      count: 123456,
      unit: 'accounts',
      qualifier: 'exact',
    });
    expect(run('最大で1万589件の情報').affected?.value).toEqual({
      count: 10589,
      unit: 'records',
      qualifier: 'max',
    });
    expect(run('約3000名分の個人情報').affected?.value).toEqual({
      count: 3000,
      unit: 'people',
      qualifier: 'approx',
    });
    expect(run('カード情報744件').affected?.value.unit).toBe('cards');
  });
  it('skips a container figure narrowed by うち', () => {
    expect(
      run('過去に2,000件の問い合わせがあり、うち1,500件の個人情報が閲覧可能でした。').affected?.value.count,
    ).toBe(1500);
  });
  it('skips recipients of phishing mail sent from a hijacked account', () => {
    expect(run('約5万件のアドレス宛にフィッシングメールが送信されました。').affected).toBeNull();
  });
  it('reads English counts', () => {
    const r = run(
      'The intruder took contact details of approximately five million people and names of 2,000 customers.',
    );
    expect(r.affected?.value).toEqual({ count: 5000000, unit: 'people', qualifier: 'approx' });
    expect(run('up to 300 accounts were affected').affected?.value).toEqual({
      count: 300,
      unit: 'accounts',
      qualifier: 'max',
    });
  });
  it('does not read years, durations or addresses as counts', () => {
    expect(run('2024年に、約6時間、2039 Forest Avenue で').counts).toEqual([]);
  });
  it('takes the count of affected people, not populations, incidents, procedures or actors', () => {
    const head = (t: string) => run(t).affected?.value.count ?? null;
    // A label colon is a count; a time or a product name is not.
    expect(head('漏えいした件数:321件')).toBe(321);
    expect(head('当該Office365アカウントを停止しました。')).toBe(null);
    // Registrant totals are not the affected set unless the sentence says they leaked.
    expect(head('会員登録者数:8,800人\n誤って2名分の情報が閲覧可能になりました。')).toBe(2);
    // Incidents, working procedures and the person who acted are not counts of affected people.
    expect(head('当院で3件の個人情報漏えいが発生しました。対象の患者は1名です。')).toBe(1);
    expect(head('今後は書類を2名以上で確認します。')).toBe(null);
    // A capacity is not a count of anyone's data.
    expect(head('応募書類3名分を紛失しました。当施設は定員8~10人の小規模施設です。')).toBe(3);
    expect(head('講座の募集人員は40名です。')).toBe(null);
    expect(head('委託先の社員1名が媒体を持ち去りました。')).toBe(null);
    expect(head('従業員1,200名の個人情報が含まれていました。')).toBe(1200);
    expect(head('取引先の社員(40 名)の氏名と、社員25名分の名簿')).toBe(40);
    // A total narrowed by leak status stays the headline; a population narrowed to the affected does not.
    expect(head('対象者 500人 うち外部への流出480人')).toBe(500);
    expect(head('会員900人のうち、本人7人及び家族15人に関する情報')).toBe(15);
    expect(head('The laptop of one of our employees was stolen.')).toBe(null);
    // Rows hold duplicates: a unique count outranks them, but not a larger count of accounts.
    expect(head('The dump held 9.5M records with 2.1M unique email addresses.')).toBe(2100000);
    expect(head('It held 40 million user accounts with 6 million unique email addresses.')).toBe(40000000);
    // A breakdown heading keeps its own figure: 12世帯分 inside a parenthesis after 1枚.
    expect(head('「名簿」1枚(記載されている対象世帯:12世帯分)')).toBe(12);
  });
});

describe('extractCounts: addresses shown to every recipient, rounded and exact figures', () => {
  it('takes the number of addresses exposed, not the recipients or the people the mail was about', () => {
    const r = run(
      '講座の案内を「Bcc」ではなく「To」に入れて送信しました。受講を申し込んだ生徒58人の保護者40件のメールアドレス宛に送ったため、40件すべてのメールアドレスが互いに見える状態でした。',
    );
    expect(r.affected?.value.count).toBe(40);
    const shop = run(
      'クーポン配信で120名のお客様へメールを送信した際、宛先欄に35件のメールアドレスを入れてしまいました。',
    );
    expect(shop.affected?.value.count).toBe(35);
  });
  it('prefers an exact figure close to a rounded one, also a bare figure under a count label', () => {
    expect(run('漏えいの対象となった方は約2万人です。内訳は住民19,870人です。').affected?.value).toEqual({
      count: 19870,
      unit: 'people',
      qualifier: 'exact',
    });
    expect(run('対象の方約3万人にお知らせを送りました。\n対象者数\n30,412').affected?.value.count).toBe(
      30412,
    );
  });
  it('takes no headline from a cause or prevention section', () => {
    const text =
      '会報の誤送信について\n1. 概要\n会報を会員に送りました。\n2. 原因\n本来は宛先を1件ずつ入れて送るべきところ、全員を宛先に入れていました。\n3. 再発防止策\n今後は2名で宛先を確かめます。';
    const lines = splitLines(text);
    const r = extractCounts(splitSentences(text), readStructure(lines, 'ja'));
    expect(r.affected).toBeNull();
    expect(r.counts.length).toBe(2);
  });
  it('counts lost volumes (冊) when no figure of people is given, but not a booklet (冊子)', () => {
    expect(run('児童の様子を記した連絡帳1冊が見当たらなくなりました。').affected?.value.count).toBe(1);
    expect(run('名簿2冊(会員48名分)を紛失しました。').affected?.value.count).toBe(48);
    expect(run('案内の冊子を配りました。').affected).toBeNull();
  });
  it('takes no headline from inquiries, visits, or a head count of the school or firm', () => {
    expect(
      run('会員120名分の氏名が流出した可能性があります。これまでにお問い合わせが300件寄せられています。')
        .affected?.value.count,
    ).toBe(120);
    expect(run('生徒30人分の成績表を紛失しました。本校の生徒数は600人です。').affected?.value.count).toBe(30);
    expect(run('本日、当社サイトへのアクセスが1万件を超えました。').affected).toBeNull();
    expect(run('漏えいした患者数は35名です。').affected?.value.count).toBe(35);
  });
});

describe('extractCounts: people the data went to', () => {
  it('does not take the recipients of a mail, letter or leak as the affected count', () => {
    const head = (t: string) => run(t).affected?.value.count ?? null;
    expect(head('受講者30名の名簿を、研究会(会員250名)の配信リストへ誤って送付しました。')).toBe(30);
    expect(head('顧客12名分の一覧表が、取引先の担当者5名に流出しました。')).toBe(12);
    expect(head('同日、8名の利用者に案内を郵送しました。')).toBe(null);
    expect(head('通知を受け取った6人に削除をお願いしました。')).toBe(null);
    expect(head('誤送信先は業界団体の名簿で、外部の12社です。')).toBe(null);
    expect(head('10月1日 案内状の印刷、案内状発送(合計250件)')).toBe(null);
    expect(head('誤送信件数は3件です。')).toBe(3);
    expect(head('メールを削除しましたが、57人の保護者の皆さんが閲覧済みでした。')).toBe(null);
    expect(head('会員300人の情報が、外部から閲覧できる状態でした。')).toBe(300);
    // Addresses put in To or CC: the recipients' own addresses are what leaked.
    expect(head('会員45名にメールを送る際、宛先をBCCではなくCCに入れて送信しました。')).toBe(45);
  });
});

describe('extractCounts: people who consulted are people', () => {
  it('reads 「N人の相談者」 as people, while 「相談N件」 stays a count of consultations', () => {
    expect(run('2人の相談者の記録が、別の相談者に送信されていました。').affected?.value.count).toBe(2);
    expect(
      run('会員40名分の氏名が流出しました。その後の相談12件に対応しました。').affected?.value.count,
    ).toBe(40);
  });
});

describe('extractCounts: the data of N people narrowed by うち', () => {
  it('keeps 「N人分」 as the headline when a part of it is singled out', () => {
    const head = (t: string) => run(t).affected?.value.count ?? null;
    expect(head('名簿は合わせて約250人分(うち、約20人は電話番号も記載)でした。')).toBe(250);
    expect(head('申込者18人分の氏名を書き写し、このうちの6人に案内を送っていました。')).toBe(18);
    // A head count of members narrowed to the affected people is still a population.
    expect(head('会員900人のうち、本人7人及び家族15人に関する情報')).toBe(15);
  });
});

describe('extractCounts: その中 narrows like うち', () => {
  it('takes the part after 「その中で」 over the container', () => {
    expect(
      run('表示されたアドレスは90件ありましたが、その中で30件が個人を特定できるアドレスでした。').affected
        ?.value.count,
    ).toBe(30);
  });
});

describe('extractCounts: a whole narrowed to an unstated part', () => {
  it('does not take the whole when 「のうち」 leads to no figure', () => {
    const head = (t: string) => run(t).affected?.value.count ?? null;
    expect(head('案内の対象者(市内在住:600名)のうち一部に誤りがありました。誤りは15件でした。')).toBe(15);
    expect(head('会員1万人のうち一部の方の情報が表示されました。')).toBe(null);
    // The data of N people keeps its figure.
    expect(head('名簿40人分のうち一部が読める状態でした。')).toBe(40);
  });
});

describe('extractCounts: digits written with 千', () => {
  it('reads 「1万2千件」 and 「約3千人分」', () => {
    expect(run('会員情報1万2千件が流出しました。').affected?.value.count).toBe(12000);
    expect(run('約3千人分の情報が流出しました。').affected?.value).toEqual({
      count: 3000,
      unit: 'people',
      qualifier: 'approx',
    });
  });
});

describe('extractCounts: sheets are documents', () => {
  it('gives 枚 the unit records unless the subject is a card', () => {
    expect(run('申請書約300枚を紛失しました。').affected?.value.unit).toBe('records');
    expect(run('会員カード12枚を紛失しました。').affected?.value.unit).toBe('cards');
  });
});

describe('extractCounts: at-least figures', () => {
  it('keeps 「N件以上」 as the count, while 「2名以上で確認」 stays a procedure', () => {
    expect(run('架空商事の顧客情報2万4千件以上が流出した可能性があります。').affected?.value).toEqual({
      count: 24000,
      unit: 'records',
      qualifier: 'approx',
    });
    expect(run('今後は送信前に2名以上で確認します。').affected).toBeNull();
    expect(run('架空市に100件以上のお問い合わせがありました。').affected).toBeNull();
  });
});

describe('extractCounts: a count label and its figure on one line', () => {
  it('reads 「流出件数 1,234」 and 「対象者数：2,500」 without a unit', () => {
    const lines = (t: string) => extractCounts(splitLines(t));
    expect(lines('架空商事の顧客情報が流出しました。\n流出件数　1,234\n').affected?.value.count).toBe(1234);
    expect(lines('架空市の名簿が閲覧可能でした。\n対象者数：2,500\n').affected?.value).toEqual({
      count: 2500,
      unit: 'people',
      qualifier: 'exact',
    });
  });
  it('leaves population and response labels alone', () => {
    const lines = (t: string) => extractCounts(splitLines(t));
    expect(lines('架空市の名簿が閲覧可能でした。\n登録者数：2,500\n').affected).toBeNull();
    expect(lines('架空市の名簿が閲覧可能でした。\n問い合わせ件数 40\n').affected).toBeNull();
  });
});

describe('extractCounts: a breakdown in brackets', () => {
  it('keeps the figure before 「（うち…）」 as the headline', () => {
    expect(
      run('架空商事の会員情報12,345件（うちカード情報3,000件）が流出した可能性があります。').affected?.value
        .count,
    ).toBe(12345);
    expect(
      run('架空商事の会員9,000名（うち有料会員2,000名）の氏名が閲覧可能でした。').affected?.value.count,
    ).toBe(9000);
  });
  it('still narrows to the part when the part is the personal data', () => {
    expect(
      run('架空市の共有フォルダのファイル1,200件（うち個人情報を含むもの300件）が閲覧可能でした。').affected
        ?.value.count,
    ).toBe(300);
  });
});

describe('extractCounts: 「本人の数」 as a count label', () => {
  it('reads the figure after the label, on its line or the next', () => {
    const lines = (t: string) => extractCounts(splitLines(t));
    expect(lines('架空商事の顧客データが流出しました。\n本人の数：870\n').affected?.value).toEqual({
      count: 870,
      unit: 'people',
      qualifier: 'exact',
    });
    expect(
      lines('架空商事の顧客データが流出しました。\n漏えいした個人データに係る本人の数\n870\n').affected?.value
        .count,
    ).toBe(870);
  });
});

describe('extractCounts: calls and solicitations that followed', () => {
  it('are not the affected count, while 「N名の電話番号」 or 「N名の電話・住所」 still are', () => {
    expect(
      run(
        '架空商事の顧客45名分の個人情報が流出しました。その後、約1,200件の電話による勧誘が確認されています。',
      ).affected?.value.count,
    ).toBe(45);
    expect(run('架空商事の顧客45名分の情報が流出し、3件の不審電話がありました。').affected?.value.count).toBe(
      45,
    );
    expect(run('架空商事の顧客120名の電話・住所が流出しました。').affected?.value.count).toBe(120);
    expect(run('架空商事の顧客120名の電話番号が流出しました。').affected?.value.count).toBe(120);
  });
});

describe('extractCounts: a population stated as a topic', () => {
  it('yields to a figure about the incident, and is the headline only when alone', () => {
    expect(
      run('架空協会の会員約500名の情報が閲覧可能でした。当会の会員は約8,000名です。').affected?.value.count,
    ).toBe(500);
    expect(
      run('架空協会の会員データベースに不正アクセスがありました。当会の会員は約8,000名です。').affected?.value
        .count,
    ).toBe(8000);
  });
});

describe('extractCounts: rates of business', () => {
  it('are not the affected count, while a period (「過去3年間に」) is', () => {
    expect(
      run('架空市は年間約10万件の申請を受け付けており、申請者15名の氏名が閲覧可能な状態でした。').affected
        ?.value.count,
    ).toBe(15);
    expect(
      run('架空市の窓口で、過去3年間に受け付けた申請書420件を紛失しました。').affected?.value.count,
    ).toBe(420);
    expect(run('架空市の窓口で、この1年間に約420件の申請書を紛失しました。').affected?.value.count).toBe(420);
  });
});

describe('extractCounts: adoption of a product', () => {
  it('is not the affected count', () => {
    expect(
      run('架空システムの顧客45名分の情報が流出しました。同システムは全国約300団体で利用されています。')
        .affected?.value.count,
    ).toBe(45);
    expect(
      run('顧客45名分の情報が流出しました。同製品は約2,000社が導入しています。').affected?.value.count,
    ).toBe(45);
    expect(
      run('架空サービスをご利用の約5,000名のお客様の情報が流出した可能性があります。').affected?.value.count,
    ).toBe(5000);
  });
});

describe('extractCounts: the size of an organisation', () => {
  it('is not the affected count, while a class roll (「生徒35名が在籍」) is', () => {
    expect(
      run('架空商事の顧客45名分の情報が流出しました。当社は全国に約5,000名の従業員を擁しています。').affected
        ?.value.count,
    ).toBe(45);
    expect(run('架空中学校で、生徒35名が在籍する学級の名簿を紛失しました。').affected?.value.count).toBe(35);
  });
});

describe('extractCounts: small kanji figures', () => {
  it('count when followed by whose data it was, not in idioms', () => {
    expect(run('架空病院で患者三名分の検査結果を紛失しました。').affected?.value.count).toBe(3);
    expect(run('架空市で五名の方の氏名が閲覧可能でした。').affected?.value.count).toBe(5);
    expect(run('今後は職員二人一組で確認します。').affected).toBeNull();
    expect(run('二名の職員が誤って送付しました。').affected).toBeNull();
  });
});

describe('extractCounts: whose data the papers held, not where they went', () => {
  it('reads 「N団体に関する書面」 as the subject of the papers, while 「N件 に対して…発送」 (a wrapped line) stays a recipient', () => {
    expect(
      run('架空町役場が、誤って架空団体(3団体)に関する書面を申請人1名に送付しました。').affected?.value,
    ).toEqual({ count: 3, unit: 'companies', qualifier: 'exact' });
    expect(
      run(
        '架空県の名簿にずれがあり、250件 に対して、宛名が異なる封筒を発送していました。氏名12名分が流出しました。',
      ).affected?.value.count,
    ).toBe(12);
  });
});

describe('extractCounts: businesses, facilities and parties counted by their own nouns', () => {
  it('reads 事業者/事業所/施設 as companies and 「N者」 after digits as people', () => {
    expect(run('回答済みの事業者(最大で12事業者)の情報が閲覧できる状態でした。').affected?.value).toEqual({
      count: 12,
      unit: 'companies',
      qualifier: 'max',
    });
    expect(run('流出した情報:架空事業を利用した施設のメールアドレス 340施設分').affected?.value.count).toBe(
      340,
    );
    expect(
      run('紛失した書類には5事業所(A社、B社ほか)の代表者の氏名が記載されていた。').affected?.value.count,
    ).toBe(5);
    expect(run('通知を受けた方に確認しました(正送付2者、誤送付15者)。').affected?.value).toEqual({
      count: 15,
      unit: 'people',
      qualifier: 'exact',
    });
  });
  it('skips 「1者複数」 and businesses named only for whose people the next figure counts', () => {
    expect(
      run('宛先をToのまま送り、会員の80件のeメール・アドレス(1者複数の登録を含む)が互いに見えました。')
        .affected?.value.count,
    ).toBe(80);
    expect(
      run('加入する30事業所の会員(本人)400人のうち、2事業所の会員9人の情報を誤って記載しました。').affected
        ?.value.count,
    ).toBe(9);
  });
});

describe('extractCounts: a fax sent to several numbers at once', () => {
  it('counts whose data the pages held, not the fax recipients', () => {
    expect(
      run(
        '架空保健所で患者3名の個人情報を記載した資料を、誤って取引先5社にファクシミリ送信しました。短縮ダイヤル(同報送信)の操作を誤ったためです。',
      ).affected?.value,
    ).toEqual({ count: 3, unit: 'people', qualifier: 'exact' });
  });
});

describe('extractCounts: figures that count something other than whose data', () => {
  it('skips people who told the office', () => {
    expect(
      run('一斉送信した直後、送信したうち1名の方より受信した旨の連絡がありました。').affected,
    ).toBeNull();
    expect(
      run('架空市で利用者12名の氏名を誤送付した。利用者2名から、別人の書類が届いたとの電話があった。')
        .affected?.value.count,
    ).toBe(12);
    expect(run('会員3,000名からお預かりした個人情報が流出しました。').affected?.value.count).toBe(3000);
  });
  it('skips companies whose machines were hit', () => {
    expect(run('グループ会社3社のパソコンがマルウェアに感染しました。').affected).toBeNull();
  });
  it('skips a figure inside a quoted message', () => {
    expect(run('第三者が「先着 30 名様限定です」などの文言を含むメールを送信しました。').affected).toBeNull();
    expect(run('「顧客情報 1,200件流出のお知らせ」を掲載しました。').affected?.value.count).toBe(1200);
  });
  it('skips a figure for each item (「各1枚」)', () => {
    expect(run('提出された届出書のうち、本庁用及び支所控(各1枚)を紛失しました。').affected).toBeNull();
  });
  it('skips staff disciplined for the incident', () => {
    expect(
      run('架空町の職員が住民の住所を無断で調べた。\n処分の内容 停職3月\n上司の処分\n訓告1名').affected,
    ).toBeNull();
    expect(run('住民2名の氏名が漏えいした。関係した職員の処分は戒告 3名です。').affected?.value.count).toBe(
      2,
    );
  });
});

describe('extractCounts: a cap per mail', () => {
  it('keeps the exact number of recipients when each mail showed at most N addresses', () => {
    expect(
      run(
        '案内メールを登録者2,345人に対し、「架空フェア2030 いよいよ明日から開催です」という件名で送信しました。設定の誤りにより最大500人ずつまとめて送信され、「To」欄に最大500人のメールアドレスが表示されました。',
      ).affected?.value,
    ).toEqual({ count: 2345, unit: 'people', qualifier: 'exact' });
  });
});

describe('extractCounts: the notice caps whose data went out (最大N)', () => {
  it('takes 「最大でN名…流出した恐れ」 over a larger figure that speaks of no leak', () => {
    const t = [
      '当課では、登録事業者に案内文を郵送した際、宛名と封入物の対応にずれが生じていたことが判明しました。',
      '今回の誤封入により、最大で9名の方の個人情報が流出した恐れがあります。',
      '誤封入が判明した後、312件の事業者に対し、電話で説明とお詫びを行い、案内文の回収を進めました。',
      '未開封の案内文298件を回収済みです。',
    ].join('\n');
    expect(run(t).affected?.value).toEqual({ count: 9, unit: 'people', qualifier: 'max' });
  });
  it('keeps a larger figure that the text also says leaked, and ignores a cap per batch', () => {
    expect(
      run(
        'カード情報は最大で1,200件が流出した可能性があります。会員情報4,800件も流出したことが判明しました。',
      ).affected?.value.count,
    ).toBe(4800);
    expect(
      run(
        '不正アクセスにより、一度に最大50件ずつ会員情報が閲覧された可能性があります。会員820名に対しお詫びのご連絡をしております。',
      ).affected?.value.count,
    ).toBe(820);
  });
});

describe('extractCounts: the same event at another body (「…校でも N名」)', () => {
  it("keeps the issuer's own figure, and reads the other body's only when no other is stated", () => {
    const t = [
      '出願システムで本校志願者のうち3名の個人情報が閲覧可能になっていたとの報告を受けました。',
      'なお、同システムを使う系列の架空工科専門学校でも7名発生しています。',
    ].join('\n');
    expect(run(t).affected?.value).toEqual({ count: 3, unit: 'people', qualifier: 'exact' });
    expect(run('系列の架空工科専門学校でも7名の個人情報が閲覧可能な状態でした。').affected?.value.count).toBe(
      7,
    );
    expect(
      run('本校でも7名の個人情報が閲覧可能な状態でした。架空店でも2名の情報が閲覧されました。').affected
        ?.value.count,
    ).toBe(7);
  });
});

describe('extractCounts: cases counted before the figure', () => {
  it('does not read 「同様の事例が計N件」 as records, and keeps the people figure beside it', () => {
    expect(run('調査の結果、同様の事例が計5件あったことを確認しました。').affected).toBeNull();
    expect(
      run('誤送付の事案は2件あり、合わせて18名の個人情報が第三者に渡りました。').affected?.value.count,
    ).toBe(18);
  });
});

describe('extractCounts: messages sent', () => {
  it('does not read 「送信されたメールはN件」 as whose data, but keeps a misdirected one', () => {
    expect(run('乗っ取られたアカウントから送信されたメールは約3万件でした。').affected).toBeNull();
    expect(run('誤送信されたメールは15件で、15名の氏名が含まれていました。').affected?.value.count).toBe(15);
  });
});

describe('English counts: a revised total and people counted by nationality', () => {
  const all = (t: string) => extractCounts(sents(t)).counts.map((c) => c.value.count);
  it('reads both figures of a total revised "from N to M", with the unit named before them', () => {
    const got = all(
      'The firm said the number of U.S. customers affected by the breach had jumped from 2 million to 3.1 million.',
    );
    expect(got).toContain(2000000);
    expect(got).toContain(3100000);
  });
  it('counts people named by nationality and as victims', () => {
    expect(all('Hackers took the records of 12 million Canadians.')).toContain(12000000);
    expect(all('The site lists 4,500 victims of the scam.')).toContain(4500);
  });
  it('reads no figure from a "from … to …" range of other things', () => {
    expect(all('The shop raised prices from 20 to 25 dollars last year.')).toEqual([]);
  });
});
