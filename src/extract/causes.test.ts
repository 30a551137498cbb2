import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { extract } from './index.js';
import { sents } from './testing/helpers.js';

const causes = (t: string, classes: Parameters<typeof extractCauses>[1] = []) =>
  new Set(extractCauses(sents(t), classes, undefined).map((f) => f.value));

describe('extractCauses', () => {
  it('reads unauthorised access when no method is stated', () => {
    expect(causes('当社サーバーが第三者による不正アクセスを受けました。')).toEqual(
      new Set(['unauthorized_access']),
    );
  });
  it('drops "method not stated" when the method is stated', () => {
    expect(
      causes('不正アクセスの原因は、管理画面の設定不備と、推測されやすい初期パスワードでした。'),
    ).toEqual(new Set(['misconfiguration', 'weak_credentials']));
  });
  it('keeps 不正アクセス beside ransomware, and ransomware over malware', () => {
    expect(
      causes('外部から不正アクセスを受け、ランサムウェアに感染しました。コンピュータウイルスの被害です。'),
    ).toEqual(new Set(['unauthorized_access', 'ransomware']));
  });
  it('reads web skimming only when card data is involved', () => {
    const t = '決済画面のプログラムが改ざんされ、カード情報が盗まれました。';
    expect(causes(t, ['Credit cards'])).toEqual(new Set(['web_skimming', 'loss_or_theft']));
    expect(causes('ホームページが改ざんされました。', [])).toEqual(new Set());
  });
  it('reads misdelivery, loss, insider and contractor incidents', () => {
    expect(causes('委託先事務局が、BCCで送るべきメールを宛先欄に入力して送信しました。')).toEqual(
      new Set(['misdelivery', 'third_party']),
    );
    expect(causes('患者情報を保存したUSBメモリを紛失しました。')).toEqual(new Set(['loss_or_theft']));
    expect(causes('A former employee took customer files to a competitor.')).toEqual(new Set(['insider']));
  });
  it('reads an employee misusing access, and not an employee who was robbed or who found the incident', () => {
    expect(causes('A billing clerk accessed member files without a business purpose.')).toEqual(
      new Set(['insider']),
    );
    expect(causes("The records were found on an employee's personal laptop.")).toEqual(new Set(['insider']));
    expect(causes('A ward employee improperly accessed the charts of 40 patients.')).toEqual(
      new Set(['insider']),
    );
    expect(causes('A laptop used by one of our employees was stolen from a parked car.')).toEqual(
      new Set(['loss_or_theft']),
    );
    // Whoever noticed it, unusual activity on one's own server is an intrusion, method unsaid.
    expect(causes('An employee noticed unusual activity on the file server.')).toEqual(
      new Set(['unauthorized_access']),
    );
  });
  it('reads files left open to the public as misconfiguration, not a help page that is available online', () => {
    expect(causes('A roster was inadvertently made accessible on the city website.')).toEqual(
      new Set(['misconfiguration']),
    );
    expect(causes('Some folders had become browsable through a web search.')).toEqual(
      new Set(['misconfiguration']),
    );
    expect(causes('The shared drive was not password-protected for two days.')).toEqual(
      new Set(['misconfiguration']),
    );
    expect(causes('Answers to common questions are available online at our help page.')).toEqual(new Set());
  });
  it('reads a third-party provider that ran the system, not the firm hired to investigate', () => {
    expect(causes('The third-party provider that runs our web shop found malware on its platform.')).toEqual(
      new Set(['third_party', 'malware']),
    );
    expect(causes('Our order site is operated for us by Example Platform Inc.')).toEqual(
      new Set(['third_party']),
    );
    expect(causes('We retained a third-party cybersecurity firm to investigate.')).toEqual(new Set());
  });
  it('reads unauthorised access stated beside advice, by named attackers, and not a safeguard against it', () => {
    expect(
      causes('We write about recent unauthorized access to our systems and steps to protect yourself.'),
    ).toEqual(new Set(['unauthorized_access']));
    expect(causes('A malicious party gained access to one of our servers.')).toEqual(
      new Set(['unauthorized_access']),
    );
    expect(causes('We added controls to protect our systems against unauthorized access.')).toEqual(
      new Set(),
    );
    expect(causes('We have deployed an intrusion detection system.')).toEqual(new Set());
  });
  it('reads 不正アクセス beside a promise to prevent a recurrence or a possible leak, not a safeguard or a warning', () => {
    expect(
      causes('当社サーバーが第三者による不正アクセスを受けたため、再発防止策を講じております。'),
    ).toEqual(new Set(['unauthorized_access']));
    expect(causes('通販サイトが不正アクセスを受け、お客様情報が流出したおそれがあります。')).toEqual(
      new Set(['unauthorized_access']),
    );
    expect(causes('不正アクセスを防止するため、監視を強化しました。')).toEqual(new Set());
    expect(causes('パスワードを使い回すと不正アクセスの恐れがあります。')).toEqual(new Set());
  });
  it('does not take former employees whose data leaked for insiders', () => {
    expect(
      causes('An unauthorized third party accessed and copied data about current and former employees.'),
    ).toEqual(new Set(['unauthorized_access']));
  });
  it('reads phishing but not a warning about phishing, nor phishing mail sent from a hijacked account', () => {
    expect(causes('An employee was socially engineered by phone.')).toEqual(new Set(['phishing']));
    expect(causes('Please be alert to phishing emails.')).toEqual(new Set());
    expect(causes('リスト型攻撃によりアカウントが乗っ取られ、フィッシングメールが送信されました。')).toEqual(
      new Set(['credential_stuffing']),
    );
  });
  it('ignores denied causes', () => {
    expect(causes('本件はランサムウェアによるものではありません。')).toEqual(new Set());
  });

  it('reads the causes of municipal incidents', () => {
    expect(causes('保育課の通知を別の保護者に誤配信しました。')).toEqual(new Set(['misdelivery']));
    expect(causes('健診の案内を誤ったFAX番号に送信しました。')).toEqual(new Set(['misdelivery']));
    expect(causes('フォームの公開範囲の設定に誤りがあり、回答が見える状態でした。')).toEqual(
      new Set(['misconfiguration']),
    );
    expect(causes('保存期間中の申請書の一部を誤って廃棄しました。')).toEqual(new Set(['loss_or_theft']));
    expect(causes('本町職員による個人情報の持ち出しが判明しました。')).toEqual(new Set(['insider']));
    expect(causes('倉庫会社の社員1名が保管中の媒体を盗んで転売しました。')).toEqual(
      new Set(['insider', 'loss_or_theft']),
    );
    expect(causes('外部の第三者により不正にアクセスされ、名簿が閲覧されました。')).toEqual(
      new Set(['unauthorized_access']),
    );
    expect(causes('運営を委託している事業者のサーバーが不正アクセスを受けました。')).toEqual(
      new Set(['unauthorized_access', 'third_party']),
    );
  });

  it('does not read a contractor that only investigated as the cause', () => {
    expect(causes('委託事業者によるアクセスログの解析で、不正アクセスが確認されました。')).toEqual(
      new Set(['unauthorized_access']),
    );
  });
  it('reads English insider, contractor and configuration causes', () => {
    expect(causes('A departing employee copied the customer list to a personal drive.')).toEqual(
      new Set(['insider']),
    );
    expect(causes('We contract with a billing company, whose systems an unknown party accessed.')).toEqual(
      new Set(['third_party', 'unauthorized_access']),
    );
    expect(causes('A configuration error let another client see your statements.')).toEqual(
      new Set(['misconfiguration']),
    );
  });
});

describe('extractCauses: mail and post that reached the wrong people (issue 12)', () => {
  it('reads addresses shown to every recipient, another person’s post and a wrong mailbox', () => {
    expect(causes('案内メールを、アドレスが受信者全員に見える状態で送信してしまいました。')).toContain(
      'misdelivery',
    );
    expect(causes('通知書を本来の宛先とは別の世帯に郵送していました。')).toContain('misdelivery');
    expect(causes('検針票を隣家の郵便受けに誤投函しました。')).toContain('misdelivery');
  });
});

describe('extractCauses: lost items, staff browsing, subcontractors (issue 12)', () => {
  it('reads an item whose whereabouts are unknown as loss, but not a trace that was not found', () => {
    expect(causes('貸出用のタブレット1台の所在が分からなくなりました。')).toContain('loss_or_theft');
    expect(causes('調査票を探しましたが、現在も見つかっていない状況です。')).toContain('loss_or_theft');
    expect(causes('調査の結果、外部へ送信された形跡は見当たりませんでした。')).not.toContain('loss_or_theft');
  });
  it('reads browsing outside duties as insider, and a subcontractor as a third party', () => {
    expect(causes('職員が業務外で住民の記録を閲覧していました。')).toContain('insider');
    expect(causes('発送作業を担う下請事業者が名簿を紛失しました。')).toContain('third_party');
  });
  it('reads malware that came in an attack mail as phishing', () => {
    expect(causes('職員の端末が攻撃メールにより不正なプログラムに感染しました。')).toContain('phishing');
  });
  it('reads papers put in the wrong envelope as misdelivery, and a contracted operator as a third party', () => {
    expect(causes('案内の封筒に、別の世帯の申請書が同封されていました。')).toContain('misdelivery');
    expect(causes('受付で二人分の書類を取り違えて返却しました。')).toContain('misdelivery');
    expect(causes('施設の運営を受託している事業者が、預かった書類を紛失しました。')).toContain('third_party');
  });
  it('does not read the name of an illness as malware', () => {
    expect(causes('インフルエンザやコロナウイルス感染症の患者名簿を誤って送付しました。')).not.toContain(
      'malware',
    );
  });
});

describe('extractCauses: a safeguard or a plan is not an event', () => {
  const inNotice = (t: string) => new Set(extract(t).causes.map((f) => f.value));
  it('does not read the target of a detection tool as a cause', () => {
    expect(causes('今後は不正侵入を検知する仕組みを導入します。')).toEqual(new Set());
    expect(causes('メール誤送信防止ツールを導入いたしました。')).toEqual(new Set());
    expect(causes('全職員を対象に標的型メール訓練を実施しました。')).toEqual(new Set());
    expect(causes('We are deploying new tools to detect phishing attempts.')).toEqual(new Set());
  });
  it('does not read a plan sentence or a 再発防止策 section, but keeps a past event stated there', () => {
    expect(causes('今後、委託先の管理監督を強化してまいります。')).toEqual(new Set());
    const t = [
      '株式会社サンプル商事',
      '1. 概要',
      '当社従業員が、顧客12名宛てのメールを誤送信しました。',
      '2. 再発防止策',
      '・不正アクセスへの備えとしてサーバーの監視体制を見直します',
      '・今回の事案は、宛先を確認せずに送信したことによるものでした。',
    ].join('\n');
    expect(inNotice(t)).toEqual(new Set(['misdelivery']));
  });
  it('still reads the cause under 「今後の対応」 when it reports the state of things', () => {
    const t = [
      'サンプル市',
      '1 概要',
      'ホームページが不正アクセスを受けました。',
      '2 今後の対応',
      '委託先において原因を確認中です。',
    ].join('\n');
    expect(inNotice(t)).toContain('third_party');
  });
});

describe('extractCauses: event predicates notices use in other words', () => {
  it('reads mail sent to the wrong or extra recipients as misdelivery', () => {
    expect(causes('担当者が宛先を誤り、保護者全員に送信しました。')).toContain('misdelivery');
    expect(causes('相談者以外の3名にも一斉送信しました。')).toContain('misdelivery');
    expect(causes('受信者が他の登録者のメールアドレスを見られる状態になっていました。')).toContain(
      'misdelivery',
    );
  });
  it('reads a page published with personal data or a mis-set account as misconfiguration', () => {
    expect(causes('個人情報を含む名簿を併せて掲載していたことが判明しました。')).toContain(
      'misconfiguration',
    );
    expect(causes('フォームの設定において誤った宛先アカウントを入れていました。')).toContain(
      'misconfiguration',
    );
  });
  it('reads staff taking out or telling data, and work done by a contractor', () => {
    expect(causes('実習中の学生により書類が外部に持ち出されていました。')).toContain('insider');
    expect(causes('職員が患者の病名を家族に漏らしました。')).toContain('insider');
    expect(causes('発送作業を委託している事業者が確認を怠りました。')).toContain('third_party');
    expect(causes('予約システムの運営会社より不正アクセスを受けたと連絡がありました。')).toContain(
      'third_party',
    );
  });
  it('reads credentials obtained elsewhere as credential stuffing', () => {
    expect(causes('外部で不正に取得されたID・パスワードを使った不正ログインが発生しました。')).toEqual(
      new Set(['credential_stuffing']),
    );
  });
  it('lets the method (an exploited flaw) stand for 不正アクセス, as the corpus labels it', () => {
    expect(causes('脆弱性を悪用した不正アクセスを受けました。')).toEqual(new Set(['vulnerability_exploit']));
  });
});

describe('extractCauses: data left viewable (issue 12)', () => {
  it('reads 「…が閲覧できる状態になっていた」 as misconfiguration unless sent or broken into', () => {
    const mc = (t: string) => causes(t).has('misconfiguration');
    expect(mc('申込者の名簿が、他の申込者からも閲覧できる状態になっていたことが判明しました。')).toBe(true);
    expect(mc('会員情報が一時的に閲覧可能な状況であったことをお詫びします。')).toBe(true);
    expect(mc('資料を誤って配信し、別の学級の生徒が閲覧できる状態となっていました。')).toBe(false);
    expect(mc('不正アクセスにより、顧客情報が閲覧できる状態になっていました。')).toBe(false);
  });
});

describe('extractCauses: staff looking up data for their own ends (issue 12)', () => {
  it('reads 「職員が…を不正に閲覧」「私的な理由から…収集」 as insider, not an outsider', () => {
    const ins = (t: string) => causes(t).has('insider');
    expect(ins('窓口担当の職員が、業務端末を用いて知人の住所を不正に閲覧していました。')).toBe(true);
    expect(ins('私的な目的で、顧客管理システムから元同級生の電話番号を照会したものです。')).toBe(true);
    expect(ins('職員のアカウントが第三者に不正に取得され、メールが送信されました。')).toBe(false);
  });

  it('reads reused scrap paper and a 送信事故 as misdelivery', () => {
    expect(causes('教員が、名簿を印刷した用紙を裏紙として再利用し、連絡票を配付しました。')).toContain(
      'misdelivery',
    );
    expect(causes('先週のメール送信事故についてご報告いたします。')).toContain('misdelivery');
    expect(causes('裏紙の利用は禁止されています。')).not.toContain('misdelivery');
    expect(causes('個人情報を含む用紙は裏紙として使用しない決まりです。')).not.toContain('misdelivery');
  });

  it('reads papers found dumped (投棄されていた) as loss or theft', () => {
    expect(
      causes('患者情報が記載された書類が、公園の植え込みに投棄されていたことが判明しました。'),
    ).toContain('loss_or_theft');
    expect(causes('申込書の束が駐車場に不法投棄されているとの通報がありました。')).toContain('loss_or_theft');
  });

  it('reads a weak password (パスワードの脆弱性) as weak credentials, not an exploited flaw', () => {
    expect(causes('不正送信の原因は、職員アカウントのパスワードの脆弱性と判断しました。')).toEqual(
      new Set(['weak_credentials']),
    );
    expect(causes('受付サーバーの脆弱性を突かれ、不正アクセスを受けました。')).toContain(
      'vulnerability_exploit',
    );
  });

  it('reads mail forwarded to a mistyped address as misdelivery, not misconfiguration', () => {
    expect(
      causes('講師が転送先アドレスの設定ミスをしたため、受講者名簿を含むメールが外部に届いていました。'),
    ).toEqual(new Set(['misdelivery']));
    expect(causes('共有フォルダのアクセス権の設定ミスにより、名簿が閲覧できる状態でした。')).toContain(
      'misconfiguration',
    );
  });

  it('reads a letter put by mistake into the wrong mailbox (誤って…投函) as misdelivery', () => {
    expect(causes('配達員が、会員証を入れた封筒を誤って隣家の郵便受けに投函しました。')).toEqual(
      new Set(['misdelivery']),
    );
    expect(causes('指定業者が、申込者の控えを誤って別の団体に郵送しました。')).toContain('misdelivery');
  });

  it('reads a message disguised as another sender (…を装ったSMS) as phishing', () => {
    expect(
      causes('役員の業務用携帯に運送会社を装ったSMSが届き、IDとパスワードを入力してしまいました。'),
    ).toEqual(new Set(['phishing']));
    expect(causes('当社を装ったメールにご注意ください。')).not.toContain('phishing');
    expect(
      causes('ウイルス感染により、当社社員を装った不審なメールが取引先へ送信されました。'),
    ).not.toContain('phishing');
  });

  it('reads a member of staff looking up records with no business need as insider', () => {
    expect(
      causes('主事は業務上の必要性がないのに、住民記録システムで知人の住所を閲覧していました。'),
    ).toEqual(new Set(['insider']));
    expect(causes('職員が業務に関係なく、知人の課税情報を無断で盗み見ていました。')).toContain('insider');
    expect(causes('業務上必要な範囲で閲覧権限を付与しています。')).not.toContain('insider');
  });

  it('reads a wrong access-rights setting (誤ったアクセス権限の設定) as misconfiguration', () => {
    expect(causes('調査の結果、原因は誤ったアクセス権限の設定にあることが分かりました。')).toEqual(
      new Set(['misconfiguration']),
    );
  });

  it('reads an incident at the designated operator of a public facility (指定管理者) as third party', () => {
    expect(causes('市民ホールの指定管理者が、利用者の申請書を別の団体に誤送付しました。')).toEqual(
      new Set(['misdelivery', 'third_party']),
    );
  });

  it('does not read a domain taken over online (ドメイン盗難) as loss or theft', () => {
    expect(causes('登録サービスへの不正アクセスにより、当社ドメインの盗難が発生しました。')).toEqual(
      new Set(['unauthorized_access']),
    );
    expect(causes('社用車から業務用パソコンの盗難被害がありました。')).toContain('loss_or_theft');
  });

  it('reads a defect that occurred (不具合が発生/不具合の発生) as a software bug', () => {
    expect(causes('会員サイトで、他の会員の注文履歴が表示される不具合が発生しました。')).toEqual(
      new Set(['software_bug']),
    );
    expect(causes('サーバーの設定不備に伴い、他の会員の氏名が表示される不具合が生じました。')).toEqual(
      new Set(['misconfiguration']),
    );
  });

  it('reads a fake infection warning (サポート詐欺) as phishing, not malware', () => {
    expect(
      causes(
        '検索中にウイルス感染を示す警告画面が表示され、記載の番号に電話して遠隔操作を許してしまいました。',
      ),
    ).toEqual(new Set(['phishing']));
    expect(causes('業務用パソコンがマルウェアに感染しました。')).toEqual(new Set(['malware']));
  });

  it('does not read our own account being impersonated (アカウントのなりすまし) as phishing', () => {
    expect(causes('当店アカウントのなりすましによる迷惑メール送信が確認されました。')).not.toContain(
      'phishing',
    );
    expect(causes('取引先になりすましによる指示メールに騙され、送金しました。')).toContain('phishing');
  });

  it('reads a password cracked (パスワードが解読され) as credential stuffing or brute force', () => {
    expect(
      causes('送信に使われたアカウントのパスワードが解読され、第三者にログインされたとみられます。'),
    ).toContain('credential_stuffing');
  });

  it('reads a service showing one user another user’s data as a software bug', () => {
    expect(
      causes('通販サイトで障害が発生し、購入画面に他のお客様の情報が表示される事象が起きました。'),
    ).toEqual(new Set(['software_bug']));
    expect(causes('キャッシュの設定誤りにより、他の会員の情報が表示されました。')).toEqual(
      new Set(['misconfiguration']),
    );
  });

  it('reads a device disposed of with personal data still on it as residual data', () => {
    expect(
      causes('回収業者は、複合機に個人データが記録された認識がないまま中古市場に流通させていました。'),
    ).toContain('residual_data');
    expect(causes('廃棄するパソコンは、個人データが保存されたまま処分しないでください。')).not.toContain(
      'residual_data',
    );
  });

  it('reads data keyed into a private phone (私用スマートフォンに入力して記録) as insider', () => {
    expect(causes('講師は生徒名簿を検索して閲覧し、私用スマートフォンに入力して記録していました。')).toEqual(
      new Set(['insider']),
    );
    expect(causes('私用スマートフォンに保存していた連絡先を紛失しました。')).not.toContain('insider');
  });

  it('reads an incident at a named company introduced as a provider (…を提供する株式会社) as third party', () => {
    expect(
      causes(
        '当店サイトに表示最適化ツールを提供する株式会社アオバ技研より、同社のシステムが改ざんされたとの連絡がありました。',
      ),
    ).toContain('third_party');
    expect(
      causes('セキュリティ診断サービスを提供する株式会社アオバ技研に調査を依頼しました。'),
    ).not.toContain('third_party');
  });

  it('reads a tampered system (システムが…改ざん) as web skimming only when card data is involved', () => {
    const t = '外部の表示支援システムが改ざんを受け、注文時に入力された情報が抜き取られました。';
    expect(causes(t, ['Credit cards'])).toContain('web_skimming');
    expect(causes(t, ['Names'])).not.toContain('web_skimming');
  });
});
