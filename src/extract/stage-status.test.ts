import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractStage } from './stage.js';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

const stage = (t: string, lang: 'ja' | 'en' = 'ja') => extractStage(sents(t), lang)?.value ?? null;
const status = (t: string) => extractLeakStatus(sents(t))?.value ?? null;

describe('extractStage: later reports and page chrome', () => {
  it('does not read a page’s 更新日 as an update', () => {
    expect(stage('更新日:2099年7月30日\n個人情報を含む文書の誤送付について')).toBe(null);
    expect(stage('2099年11月16日更新\n流出したお客様情報について')).toBe('update');
    expect(stage('ページ番号:1234 掲載日:2099年3月2日更新\n出席簿の紛失について')).toBe(null);
  });
  it('does not read a renewal (申請(更新)) as an update', () => {
    expect(stage('受給者証の交付申請(更新)の書類を別の方へ送付しました。')).toBe(null);
    expect(stage('会員情報の流出について(更新)')).toBe('update');
  });
  it('reads a reference back to an earlier notice as a later report', () => {
    expect(stage('11月20日に当ウェブサイトでお知らせしたとおり、引き続き調べております。')).toBe('update');
    expect(stage('「会員台帳の紛失」に関する、その後の対応についてご案内します。')).toBe('update');
    // A section heading 「その後の対応」 in a first report is not a reference back.
    expect(stage('名簿の紛失について\n1 概要\n名簿を紛失しました。\n3 その後の対応\n捜索しました。')).toBe(
      null,
    );
    expect(stage('As we previously reported, an unauthorized party accessed our server.', 'en')).toBe(
      'update',
    );
  });
  it('reads an investigation still running, or a finding just announced, as a first report', () => {
    expect(stage('現在、外部の専門会社と調査を進めているところです。')).toBe('first');
    expect(stage('会員台帳の紛失が判明しましたのでお知らせします。')).toBe('first');
    expect(stage('名簿を紛失しました。深くお詫び申し上げます。')).toBe(null);
  });
  it('does not read a recurring check or a condition on a suspension as an investigation running', () => {
    expect(stage('再発防止策として、名簿の保管状況の点検を継続して実施します。')).toBe(null);
    expect(stage('名簿の保管状況の調査を継続して実施してまいります。')).toBe(null);
    expect(stage('詳細が判明するまでの間、オンライン予約を停止いたします。')).toBe(null);
    expect(stage('詳細が判明次第、あらためて皆様にお知らせします。')).toBe('first');
  });
  it('reads the usual opening of a one-off incident report as no stage', () => {
    expect(stage('緑ヶ丘市民課において、申請書を紛失する事故が起きましたのでお知らせします。')).toBe(null);
    expect(stage('港北図書館で利用者名簿の誤送付が発生しましたので、ここにお知らせします。')).toBe(null);
    expect(stage('委託先での名簿の持ち出しが発覚しましたので、ご報告いたします。')).toBe('first');
  });
  it('reads the result of an outside investigation as final', () => {
    expect(stage('第三者機関による調査の結果、判明した内容をご報告いたします。')).toBe('final');
    expect(stage('外部専門機関による調査の結果が出ました。引き続き調査を行います。')).toBe('first');
  });
  it('reads a heading that presents what an investigation found as final, an interim one as no stage', () => {
    expect(stage('会員サイトについて\n■通信記録の解析により判明した事項\n・対象期間 3月から4月')).toBe(
      'final',
    );
    expect(stage('会員サイトについて\n2. 調査の結果、判明した事実\n(1) 原因')).toBe('final');
    expect(stage('会員サイトについて\n■これまでに判明した事項\n・対象期間 3月から4月')).toBe(null);
  });
  it('reads an earlier notice named as such (前回のお知らせ, 既報) as a later report', () => {
    expect(stage('前回のお知らせ以降、新たに2件の被害が判明しました。')).toBe('update');
    expect(stage('既報のとおり、会員情報が閲覧できる状態でした。')).toBe('update');
    expect(stage('前回の概要\n4月に名簿を誤って送付しました。')).toBe(null);
  });
  it('reads a result restated "as announced" in the sentence that refers back as an update', () => {
    expect(
      stage(
        '4 月 9 日に本サイトでお知らせしましたとおり、外部専門機関による調査の結果、流出の痕跡はありませんでした。',
      ),
    ).toBe('update');
    expect(
      stage('4月9日にお知らせしました件について、その後、外部専門機関による調査の結果をご報告いたします。'),
    ).toBe('final');
  });
});

describe('extractLeakStatus: modality and the general cases', () => {
  it('reads denials in other words', () => {
    expect(status('調べた結果、お客様情報の漏えいは無いことを確認しました。')).toBe('not_found');
    expect(status('侵入の形跡も、データが漏えいした形跡も認められませんでした。')).toBe('not_found');
    expect(status('今のところ、会員データの流出や悪用は確認されておりません。')).toBe('not_found');
    expect(status('会員データが漏えいした事実は確認されていません。')).toBe('not_found');
  });
  it('does not take a denied secondary leak for the notice’s conclusion', () => {
    expect(status('台帳を誤送付しました。既に回収しており、二次流出の可能性は低いと見ております。')).not.toBe(
      'not_found',
    );
  });
  it('reads misdelivered data as a leak that happened', () => {
    expect(
      extractLeakStatus(sents('https://example.jp/a\n通知書を別の方に送付しました。'), ['misdelivery'])
        ?.value,
    ).toBe('confirmed');
  });
  it('lets "cannot rule out" outrank a finding of no trace', () => {
    expect(
      status(
        '漏えいの形跡は見つかっていません。ただ、閲覧された可能性をすべて否定することは難しい状況です。',
      ),
    ).toBe('possible');
  });
  it('reads a suspicion that the notice then settles as settled', () => {
    expect(
      status(
        'お客様の情報が漏えいしている可能性を認識し、調査しました。調査の結果、情報が流出していたことが判明しました。',
      ),
    ).toBe('confirmed');
    expect(status('名簿が流出し、ご迷惑をおかけしました。')).toBe('confirmed');
    expect(status('会員データが参照された可能性があると分かりました。')).toBe('possible');
  });
  it('treats a denial about one kind of card as partial', () => {
    expect(
      status('会員様のメールアドレスが漏えいしました。※会員カ-ドの情報は一切漏えいはございません。'),
    ).toBe('confirmed');
  });
});

describe('extractStage', () => {
  it('reads explicit stages', () => {
    expect(stage('不正アクセスに関するお知らせ(第一報)')).toBe('first');
    expect(stage('不正アクセスに関するお知らせ(第2報)')).toBe('update');
    expect(stage('続報:調査の進捗について')).toBe('update');
    expect(stage('不正アクセスに関する調査結果のご報告(最終報)')).toBe('final');
    expect(stage('本件の調査は、この報告をもって最終報告とさせていただきます。')).toBe('final');
  });
  it('does not take references to earlier reports for this one', () => {
    expect(stage('第一報、第二報についてはこちらのページをご覧ください\n調査結果のご報告')).toBe('final');
  });
  it('lets what a notice calls itself outrank what its wording suggests', () => {
    expect(
      stage('個人情報漏えいのお知らせ(第2報)\n第三者調査機関による調査の結果、流出が判明しました。'),
    ).toBe('update');
    expect(
      stage('本件は3月2日の第一報、3月9日の第二報にてお知らせしております。調査が完了いたしました。'),
    ).toBe('final');
  });

  it('reads an ongoing investigation as a first report (Japanese)', () => {
    expect(stage('引き続き調査を行い、詳細が判明次第お知らせいたします。')).toBe('first');
  });
  it('reads explicit English stages only', () => {
    expect(stage('Update: we have completed our review.', 'en')).toBe('update');
    expect(stage('We are continuing to investigate.', 'en')).toBeNull();
    expect(stage('We investigated the matter and notified the bank.', 'en')).toBeNull();
  });
});

describe('extractLeakStatus', () => {
  it('reads possible', () => {
    expect(status('お客様の個人情報が流出した可能性があります。')).toBe('possible');
    expect(status('個人情報が漏えいしたおそれがあります。')).toBe('possible');
    expect(status('Your information may have been accessed.')).toBe('possible');
  });
  it('reads confirmed', () => {
    expect(status('お客様のメールアドレスが漏えいしました。')).toBe('confirmed');
    expect(status('An unauthorized party obtained access to customer records, which were exposed.')).toBe(
      'confirmed',
    );
  });
  it('reads not_found, unless hedged', () => {
    expect(status('調査の結果、お客様情報が流出した事実は確認されませんでした。')).toBe('not_found');
    expect(status('流出した痕跡は確認できなかったものの、流出件数は全件として報告します。')).toBe('possible');
    expect(status('We have no indication that your information was viewed or accessed.')).toBe('not_found');
  });
  it("does not take a suspicion someone reported for the notice's own hedge", () => {
    expect(
      status(
        'カード会社から漏えい懸念について連絡を受けました。調査の結果、カード番号が漏えいしたことが判明しました。',
      ),
    ).toBe('confirmed');
  });

  it('does not let a denied hedge or a partial denial decide', () => {
    expect(status('NASのデータが流出する恐れはございません。氏名が流出した可能性があります。')).toBe(
      'possible',
    );
    expect(status('カード情報は流出しておりません。住所が漏えいしました。')).toBe('confirmed');
  });
  it('returns null when nothing is said', () => {
    expect(status('システムを更新しました。')).toBeNull();
  });
});

describe('extractStage: more ways to refer back (issue 12)', () => {
  it('reads an earlier posting or release mentioned in passing as a later report', () => {
    expect(
      stage(
        'この件は5月2日付けで当館の サイトに掲載させていただきましたが、その後の確認で対象が増えました。',
      ),
    ).toBe('update');
    expect(
      stage('本件は6月8日に記者発表を行い、すでに公表しているものですが、経過を改めてお知らせします。'),
    ).toBe('update');
    expect(stage('先日の誤送信について、最新の状況をご報告いたします。')).toBe('update');
    expect(
      stage('さる3月4日付『名簿の流出について』にて公表しましたように、名簿が閲覧できる状態でした。'),
    ).toBe('update');
  });
  it('reads the ordinals of earlier notices quoted by title as theirs, and a report received as final', () => {
    expect(
      stage(
        '5月1日に公表しました「不正アクセスの件(初報)」及び6月1日に公表しました「不正アクセスの件(第2報)」につきましては、外部機関の調査が完了し、先日その報告書を受領いたしました。',
      ),
    ).toBe('final');
    expect(
      stage('6月1日に公表しました「不正アクセスの件(第2報)」につきましては、引き続き調べております。'),
    ).toBe('update');
  });
  it('does not take a first report sent by e-mail as this notice’s stage', () => {
    expect(stage('判明後すぐに、第一報として会員の皆様へお詫びのメールを送りました。')).toBe(null);
  });
  it('reads no stage into the ongoing wording of a one-off misdelivery or loss', () => {
    const sent =
      '架空市子ども課において、通知書1通を別の世帯へ誤送付したことが判明しましたのでお知らせします。';
    expect(extractStage(sents(sent), 'ja', undefined, ['misdelivery'])?.value ?? null).toBe(null);
    const lost = '見本病院で患者名簿を紛失しました。現在、所在の調査を進めています。';
    expect(extractStage(sents(lost), 'ja', undefined, ['loss_or_theft'])?.value ?? null).toBe(null);
    // An attack under investigation is still a first report; explicit words count for a loss too.
    const hacked = 'サーバーが不正アクセスを受けました。現在、調査を進めています。';
    expect(extractStage(sents(hacked), 'ja', undefined, ['unauthorized_access'])?.value).toBe('first');
    const titled = '患者名簿の紛失について(第2報)\n所在の調査を進めています。';
    expect(extractStage(sents(titled), 'ja', undefined, ['loss_or_theft'])?.value).toBe('update');
  });
  it('does not take a first word received (「…との第一報がありました」) as this notice’s stage', () => {
    expect(stage('5月2日、取引先から不審なメールが届いたとの第一報がありました。')).toBe(null);
    expect(stage('同日夕方、支店から第一報が入り、対策本部を設置しました。')).toBe(null);
    expect(stage('会員情報の流出について(第1報)')).toBe('first');
  });
});

describe('extractLeakStatus: what the notice concludes (issue 12)', () => {
  it('reads "no leak reported so far" after lost papers as not found', () => {
    const lost = (t: string) => extractLeakStatus(sents(t), ['loss_or_theft'])?.value ?? null;
    expect(lost('申込書1枚を紛失しました。なお、現時点で外部への流出等の被害は報告されておりません。')).toBe(
      'not_found',
    );
    expect(lost('名簿を紛失しました。名簿の情報が悪用された事実は今のところ確認されておりません。')).toBe(
      'not_found',
    );
    // Misused data is another matter when the data was sent out: not a conclusion about the leak.
    expect(extractLeakStatus(sents('現時点で悪用は確認されておりません。'), ['misdelivery'])?.value).not.toBe(
      'not_found',
    );
  });
  it('reads 「不正使用」 like 「不正利用」: lost papers with no misuse seen so far are not found', () => {
    const lost = (t: string) => extractLeakStatus(sents(t), ['loss_or_theft'])?.value ?? null;
    expect(
      lost('名簿を落としましたが、拾った方から届けられました。情報の不正使用は確認されていません。'),
    ).toBe('not_found');
  });
  it('reads lost papers by what the notice says of them, and nothing when it says nothing', () => {
    const lost = (t: string) => extractLeakStatus(sents(t), ['loss_or_theft'])?.value ?? null;
    expect(lost('受付簿1冊が見当たりません。院内を捜索しましたが、まだ見つかっておりません。')).toBe(null);
    expect(lost('台帳を紛失しました。これまでに被害が生じたとの情報はありません。')).toBe('not_found');
    expect(lost('書類を紛失しました。外部の者が入った形跡はなく、盗難の可能性は低いと考えています。')).toBe(
      'not_found',
    );
    expect(lost('A laptop holding the file went missing from our office on May 2.')).toBe('possible');
  });
  it('reads stolen papers with nothing more said as a possible leak, and merely lost ones as nothing', () => {
    const lost = (t: string) => extractLeakStatus(sents(t), ['loss_or_theft'])?.value ?? null;
    expect(lost('職員のかばんが駅で置き引きに遭い、中にあった名簿を紛失しました。')).toBe('possible');
    expect(lost('名簿を紛失しました。院内を探しましたが見つかっていません。')).toBe(null);
    expect(lost('かばんが盗難に遭いました。名簿の情報が悪用された事実は確認されておりません。')).toBe(
      'not_found',
    );
  });
  it('reads data a setting error displayed to others as an exposure that happened', () => {
    const shown = (t: string) => extractLeakStatus(sents(t), ['misconfiguration'])?.value ?? null;
    expect(shown('設定の誤りにより、別の利用者の画面に会員の氏名が表示されていました。')).toBe('confirmed');
    expect(status('3 漏えいのあった個人情報\n氏名、住所')).toBe('confirmed');
  });
  it('reads a denial scoped to 「…以外」 as about spread, not about the misdelivery itself', () => {
    const sent = (t: string) => extractLeakStatus(sents(t), ['misdelivery'])?.value ?? null;
    expect(
      sent('名簿を別の保護者に送ってしまいました。受け取った方以外への漏えいの可能性は無いと考えています。'),
    ).toBe('confirmed');
    expect(status('調査の結果、外部への漏えいの可能性は無いと判断しました。')).toBe('not_found');
  });
  it('reads a leak stated as an established fact as confirmed, even when its reach is hedged', () => {
    expect(
      status(
        '120件が流出した事実が確認されましたが、誰の情報かは特定できず、全会員の情報が流出した可能性があります。',
      ),
    ).toBe('confirmed');
  });
  it('reads a denial whose subject is not card data as the conclusion, whatever the clause after it says', () => {
    expect(
      status(
        '架空ストアの会員情報の漏えいは確認されていないとのことですが、念のためカード決済を停止しました。',
      ),
    ).toBe('not_found');
    // A denial about card data alone still does not settle the notice.
    expect(status('カード情報の漏えいは確認されておりません。')).toBe(null);
  });
  it('reads papers or pages left where others could see them as an exposure, not a leak that happened', () => {
    expect(status('廊下に置いた箱の書類の氏名が通行人から見られる状態にありました。')).toBe('possible');
    expect(
      status(
        '架空学園の出願サイトで、他の志願者の氏名が特定の条件で閲覧可能な状況にあったとの報告がありました。',
      ),
    ).toBe('possible');
  });
  it('reads a leak stated as having happened as confirmed, even when whose data it reached is hedged', () => {
    expect(
      status(
        '委託先の架空ペイ社のサーバで情報流出が発生いたしました。当店をご利用のお客様の情報も流出した可能性があります。',
      ),
    ).toBe('confirmed');
    expect(
      status(
        '調査の結果、会員情報が外部に流出したことが判明しました。一部の会員の情報が流出したおそれがあります。',
      ),
    ).toBe('confirmed');
    // A leak that may have happened stays possible.
    expect(status('会員情報の流出が発生した可能性があることが判明しました。')).toBe('possible');
  });
  it('reads data 「抜き取られた/盗み取られた/持ち出された」 with a hedge as a possible leak', () => {
    expect(status('架空ストアのサーバからカード情報が抜き取られた可能性があります。')).toBe('possible');
    expect(status('会員情報が盗み取られたおそれがあります。')).toBe('possible');
    expect(status('名簿のデータが外部に持ち出された可能性がございます。')).toBe('possible');
    expect(status('データの外部への持ち出しは確認されておりません。')).toBe('not_found');
  });
  it('reads data stated as stolen, or found on a leak site, as confirmed', () => {
    expect(status('攻撃により、架空商事の顧客名簿が窃取されました。')).toBe('confirmed');
    expect(status('犯行グループのリークサイトに当社のファイルが掲載されていることを確認しました。')).toBe(
      'confirmed',
    );
    expect(status('現時点でリークサイトへの掲載は確認されておりません。')).toBe(null);
    expect(status('顧客名簿が窃取された可能性があります。')).toBe('possible');
  });
  it('reads data stated as viewed or downloaded as confirmed, and a denial of it as not found', () => {
    expect(status('不正ログインを受けた会員20名の氏名と住所が閲覧されました。')).toBe('confirmed');
    expect(status('ログを調べた結果、名簿ファイルが外部からダウンロードされたことを確認しました。')).toBe(
      'confirmed',
    );
    expect(status('会員情報が閲覧された形跡は確認されていません。')).toBe('not_found');
    expect(status('会員情報が閲覧された可能性があります。')).toBe('possible');
  });
  it('reads an apology for the trouble a leak caused as a leak that happened', () => {
    expect(status('このたびの会員情報の漏えいにより、皆様に多大なご迷惑をおかけしております。')).toBe(
      'confirmed',
    );
    expect(status('会員情報の漏えいのおそれにより、皆様にご心配をおかけしております。')).toBe('possible');
  });
  it('reads an investigation’s count of those whose data it judged leaked as confirmed', () => {
    expect(
      status(
        '調査の結果、カード情報が流出したと考えられるお客様は最大120名でした。氏名のみが流出した可能性のあるお客様は300名でした。',
      ),
    ).toBe('confirmed');
    expect(status('カード情報が流出した可能性のあるお客様は最大120名です。')).toBe('possible');
  });
  it('reads the statutory 「漏えい等のおそれ」 as possible, but not a line that only classifies the case', () => {
    expect(status('会員の個人データの漏えい等のおそれがある事態が発生しました。')).toBe('possible');
    expect(status('会員の個人情報の漏えい等が発生したおそれがあります。')).toBe('possible');
    expect(status('本件は漏えい等のおそれがある事態に該当するため、委員会へ報告しました。')).toBe(null);
  });
  it('reads a denial of any trace showing a leak, or one in a continuing clause, as not found', () => {
    expect(status('会員情報が外部に漏えいしたことを示す痕跡は確認されませんでした。')).toBe('not_found');
    expect(status('現時点で、会員情報の流出を示す証拠は見つかっていません。')).toBe('not_found');
    expect(status('これまでに会員情報の漏えいは確認されておらず、引き続き調査します。')).toBe('not_found');
  });
  it('reads other plain statements of a leak as confirmed', () => {
    expect(status('会員の個人情報が外部に流出してしまいました。')).toBe('confirmed');
    expect(status('会員名簿が流出する事故が発生しました。')).toBe('confirmed');
    expect(status('名簿のファイルが外部に漏えいしたことが分かりました。')).toBe('confirmed');
    expect(status('会員情報が漏えいする事態となりました。')).toBe('confirmed');
    expect(status('流出事故が発生した場合には、速やかにお知らせします。')).toBe(null);
  });
  it('does not read an FAQ question as a finding', () => {
    expect(status('Q1 会員の情報は流出したのですか。\nA 現時点で流出は確認されていません。')).toBe(
      'not_found',
    );
  });
  it('reads data sent out in a viewable form as a misdelivery that happened', () => {
    const sent = (t: string) => extractLeakStatus(sents(t), ['misdelivery'])?.value ?? null;
    expect(sent('会員の皆様の宛先が互いに閲覧可能な状態でメールを送信しました。')).toBe('confirmed');
  });
  it('does not read a topic line about the possibility as the conclusion', () => {
    expect(
      status('会員情報の流出の可能性について\n調査の結果、現時点で情報流出の事実は確認されていません。'),
    ).toBe('not_found');
  });
  it('does not read "if a leak is confirmed, we will report" as a confirmed leak', () => {
    expect(status('現時点で流出は確認されていませんが、流出が確認された場合には改めてお知らせします。')).toBe(
      'not_found',
    );
  });
});

describe('extractLeakStatus: more wordings of each conclusion (issue 12)', () => {
  it('reads each of these as the notice’s conclusion', () => {
    const cases: [string, string][] = [
      ['not_found', '調べた結果、会員情報の外部への流出は確認されませんでした。'],
      ['not_found', '通信記録を見る限り、データが外部に送信された痕跡は見つかりませんでした。'],
      ['not_found', '今のところ名簿が外部に流出した形跡はありません。'],
      ['not_found', '情報が外部へ漏えいしたという事実については確認できておりません。'],
      ['confirmed', '封筒は別の方の手に渡り、中の書類が読まれました。'],
      ['confirmed', '調査で、第三者が会員情報を不正に取得した事実を確認しました。'],
    ];
    for (const [want, text] of cases) expect(status(text), text).toBe(want);
  });
});

describe('extractLeakStatus: English modality', () => {
  it('reads an actor who took data as confirmed, and more hedges as possible', () => {
    expect(
      status('An unauthorized party accessed our server and acquired certain payment card information.'),
    ).toBe('confirmed');
    expect(status('Your file was inadvertently included on a disc sent to a vendor.')).toBe('confirmed');
    expect(status('Card details entered on the page may have been skimmed by a third party.')).toBe(
      'possible',
    );
    expect(status('It is possible that the intruder accessed a few of these files.')).toBe('possible');
  });
});

describe('extractLeakStatus: 流失 and 吸い取られ', () => {
  it('reads the slip 流失 as 流出, and data sucked out by malware as taken', () => {
    expect(
      status(
        '架空区役所で申請書の控えを誤って廃棄しました。控えが流失した事実は、現在確認されておりません。',
      ),
    ).toBe('not_found');
    expect(status('感染した端末から取引先の名前やアドレスも吸い取られ、不審なメールが送られています。')).toBe(
      'confirmed',
    );
  });
});

describe('extractLeakStatus: more wordings of no leak found', () => {
  it('reads 「ないことは確認」, 「個人情報…被害はなかった」 and 「…については、現時点で確認されておりません」', () => {
    expect(
      status('架空サーバに不正なアクセスがありました。調査の結果、会員名簿の流出がないことは確認済みです。'),
    ).toBe('not_found');
    expect(
      status('不正アクセスは在庫管理系に限られ、会員の個人情報に関する被害はなかったと判断しております。'),
    ).toBe('not_found');
    expect(
      status('倉庫に保管していた120名分の名簿データの流出については、現時点で確認されておりません。'),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus: leaks that are not the notice’s conclusion', () => {
  it('does not read the system’s own leaked keys as the data leak', () => {
    expect(
      status(
        '原因:保守業者が使うリモートデスクトップの管理用パスワードが外部に流出していたため。サーバーに保管していた名簿の流出は現在確認されておりません。',
      ),
    ).toBe('not_found');
  });
  it('does not read a denial about other members as the conclusion', () => {
    expect(
      status(
        '架空クラブの会員様宛てのメールをCCで送り、受信者のメールアドレスが流出する事故が発生しました。ほかの会員様につきましては、アドレスの流出はございません。',
      ),
    ).toBe('confirmed');
  });
});

describe('extractLeakStatus: a member of staff who took or looked up data', () => {
  it('reads 「不正に収集した」「業務外で閲覧した」 as a leak that happened', () => {
    expect(status('架空町の職員が、業務と関係なく住民情報システムで知人の住所を不正に収集したもの。')).toBe(
      'confirmed',
    );
    expect(status('職員が業務外で閲覧した記録が見つかりました。')).toBe('confirmed');
  });
});

describe('extractStage: reports the organisation filed elsewhere', () => {
  it('does not read the ordinal of a report filed with an authority (報告書(第1報)を提出) as this notice’s', () => {
    expect(stage('同日、監督官庁へ事故報告書(第1報)を提出しました。')).toBe(null);
    expect(stage('顧客情報流出に関するお知らせ(第1報)')).toBe('first');
  });
});

describe('extractStage: the subject reported before (…にてご報告いたしました標記の件)', () => {
  it('reads a notice taking up a subject reported on an earlier day as an update', () => {
    expect(stage('6月3日に本校サイトでご報告しました標記の件につき、経過をお知らせします。')).toBe('update');
  });
});

describe('extractStage: a first report already sent', () => {
  it('reads a notice saying the first report was already sent (既に第一報を…お送り) as an update', () => {
    expect(
      stage('対象の会員様には、既に第一報をメールでお送りしておりますが、本日詳細をお知らせします。'),
    ).toBe('update');
  });
});

describe('extractStage: what the title calls the report', () => {
  const titled = (t: string) => extract(t).report_stage?.value ?? null;
  it('reads a progress report as a later one and a 速報 as the first', () => {
    expect(
      titled(
        'https://www.mihon.example.jp/n/3\n見本システムへの不正アクセスに関する経過報告\n見本株式会社は、調査を続けています。',
      ),
    ).toBe('update');
    expect(
      titled(
        'https://www.mihon.example.jp/n/4\n不正アクセスに関する中間報告\n外部機関による調査を続けております。',
      ),
    ).toBe('update');
    expect(
      titled(
        'https://www.mihon.example.jp/n/5\n【速報】ランサムウェア被害の発生について\n当社サーバーが暗号化されました。',
      ),
    ).toBe('first');
    expect(
      titled(
        'https://www.mihon.example.jp/n/6\n個人情報漏えいに関するお知らせ(第12報)\n対応状況をお知らせします。',
      ),
    ).toBe('update');
  });
  it('reads a title that announces the investigation’s result as final, an interim one as an update', () => {
    const body = '\n外部機関による調査が終わりましたので、結果をお知らせします。';
    expect(titled(`https://www.mihon.example.jp/n/9\n不正アクセスに関する調査結果について${body}`)).toBe(
      'final',
    );
    expect(titled(`https://www.mihon.example.jp/n/10\n個人情報流出に関する調査完了のお知らせ${body}`)).toBe(
      'final',
    );
    expect(titled(`https://www.mihon.example.jp/n/11\n不正アクセスに関する中間調査結果のご報告${body}`)).toBe(
      'update',
    );
  });
  it('does not read a 速報値 or a body’s interim report as a stage', () => {
    expect(
      titled('https://www.mihon.example.jp/n/7\n速報値の公表について\n集計の速報値を公表します。'),
    ).toBeNull();
    expect(
      titled('https://www.mihon.example.jp/n/8\nメールの誤送信について\n委託先から中間報告を受領しました。'),
    ).toBeNull();
  });
});
