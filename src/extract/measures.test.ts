import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { splitLines, splitSentences } from './segment.js';
import { readStructure } from './structure.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => new Set(extractMeasures(sents(t)).map((f) => f.value));

describe('extractMeasures', () => {
  it('reads Japanese measures', () => {
    expect(
      measures(
        '対象サービスを停止し、全アカウントのログインを遮断しました。パスワードの再設定をお願いします。二段階認証を導入しました。クレジットカード決済を停止しました。',
      ),
    ).toEqual(
      new Set([
        'service_suspended',
        'logins_blocked',
        'password_reset',
        'mfa_introduced',
        'card_payment_suspended',
      ]),
    );
    expect(
      measures(
        '警察へ相談し、個人情報保護委員会へ報告しました。外部専門機関による調査を行います。WAFを導入し、監視体制を強化します。従業員への教育を徹底します。',
      ),
    ).toEqual(
      new Set([
        'police_report',
        'regulator_report',
        'external_investigation',
        'firewall_waf',
        'monitoring_enhanced',
        'staff_training',
      ]),
    );
  });

  it('does not count not-yet or denied measures, nor advice to readers', () => {
    expect(measures('警察への届出は行っておりません。')).toEqual(new Set());
    expect(measures('不審なメールは開封せず、メールごと削除してください。')).toEqual(
      new Set(['phishing_warning']),
    );
    expect(measures('We encourage you to turn on two-factor authentication.')).toEqual(new Set());
  });

  it('reads English measures', () => {
    expect(
      measures(
        'We took down the website, contacted you individually, notified law enforcement, engaged a third-party forensic firm and are offering complimentary credit monitoring.',
      ),
    ).toEqual(
      new Set([
        'service_suspended',
        'individual_notification',
        'police_report',
        'external_investigation',
        'credit_monitoring_offered',
      ]),
    );
  });

  it('treats a resumed card payment as a suspended one', () => {
    expect(measures('12月19日を目途にクレジットカード決済の利用を再開します。')).toEqual(
      new Set(['card_payment_suspended']),
    );
  });

  it('reads measures from the predicates of municipal and hospital notices', () => {
    expect(
      measures(
        '対象の利用者3名には職員が訪問し、経過を説明して謝罪しました。誤って送った通知書の回収を完了しました。',
      ),
    ).toEqual(new Set(['individual_notification', 'data_deletion']));
    // A denial later in the sentence belongs to its own clause.
    expect(measures('当該職員のパスワードを変更し、現時点で不正利用は確認されておりません。')).toEqual(
      new Set(['password_reset']),
    );
    expect(measures('対象の方には書面にて事実関係をご説明しました。')).toEqual(
      new Set(['individual_notification']),
    );
    expect(
      measures('受信者には当該メールの削除をお願いしました。区民向けの相談窓口を設置しました。'),
    ).toEqual(new Set(['data_deletion', 'hotline']));
    expect(
      measures(
        '申込システムを緊急停止し、閲覧できないように設定を変更しました。専門調査会社の協力を得て原因を調べています。',
      ),
    ).toEqual(new Set(['service_suspended', 'access_control_tightened', 'external_investigation']));
    expect(
      measures('全ての窓口職員に対し、送付前に宛名を読み上げるよう指導しました。中央署に相談しました。'),
    ).toEqual(new Set(['staff_training', 'police_report']));
  });

  it("keeps advice and another party's act out of the measures", () => {
    // The reader is asked to delete; a cleaning crew (not the organisation) took the boxes away.
    expect(measures('届いたメールは削除をお願いいたします。')).toEqual(new Set());
    // An event, not a warning; an organisation's training course named as the service, not training.
    expect(measures('昨日、市を名乗る不審な電話がかかってきたとの連絡がありました。')).toEqual(new Set());
    expect(measures('当会が運営する介護研修サイトで名簿が閲覧可能になっていました。')).toEqual(new Set());
    expect(measures('不審なメールは開封せず削除してください。')).toEqual(new Set(['phishing_warning']));
    // A labour standards office (監督署) is not the police; a form submitted to it is not a report.
    expect(measures('労働基準監督署に報告しました。北署に届け出られた書類が紛失しました。')).toEqual(
      new Set(),
    );
    expect(measures('清掃業者が段ボールを誤って回収し、処分しました。')).toEqual(new Set());
    // A title with 報告とお詫び is not an apology made to each person.
    expect(measures('個人情報の取扱いに関するご報告とお詫び')).toEqual(new Set());
  });
});

describe('extractMeasures: what the organisation did, more wordings (issue 12)', () => {
  it('reads requests to delete, papers taken back and data already removed', () => {
    expect(measures('受信者の方々に当該メールの削除の依頼を行いました。')).toEqual(
      new Set(['data_deletion']),
    );
    expect(measures('誤って届いた方に開封しないようお願いし、翌日に書類を回収しました。')).toEqual(
      new Set(['data_deletion']),
    );
    expect(measures('各校に対し、受け取った表を全て削除し報告するよう依頼した。')).toEqual(
      new Set(['data_deletion']),
    );
    expect(measures('誤って載せた名簿は、現在は削除されています。')).toEqual(new Set(['data_deletion']));
    expect(
      measures('本来は消去されているべきデータが残っていた。本来は削除されているべき記録です。'),
    ).toEqual(new Set());
  });
  it('reads an apology made to each person by phone, letter or in person', () => {
    expect(measures('同日夕方、対象の12名に架電し、謝罪しました。')).toEqual(
      new Set(['individual_notification']),
    );
    expect(measures('該当の方には経緯の説明と謝罪をさせていただきました。')).toEqual(
      new Set(['individual_notification']),
    );
    expect(measures('課長がB氏の勤務先に謝罪し、了承を得た。')).toEqual(new Set(['individual_notification']));
  });
  it('reads a second person checking and a procedure kept as a process review', () => {
    expect(measures('今後は送信前に複数の職員で宛先を確認します。')).toEqual(new Set(['process_review']));
    expect(measures('定めた手順を遵守するよう管理・監督を徹底します。')).toEqual(new Set(['process_review']));
  });
});

describe('extractMeasures: varied predicates (issue 12)', () => {
  it('reads returned documents, finished apologies and an outside firm', () => {
    expect(measures('誤って届いた書類は、受け取った方から返却を受けました。')).toContain('data_deletion');
    expect(measures('対象のご家族への謝罪は全て終えております。')).toContain('individual_notification');
    expect(measures('原因は専門の調査会社に調べてもらっています。')).toContain('external_investigation');
  });
  it('reads staff sessions and keeping control as training and review', () => {
    expect(measures('事務担当者向けの説明会で取扱いを周知します。')).toContain('staff_training');
    // A general vow (「管理を徹底してまいります」) is no step: sets B and D label none (session 7).
    expect(measures('今後は名簿の管理を徹底してまいります。')).not.toContain('process_review');
    expect(measures('名簿の管理を徹底するため、保管庫に施錠しました。')).toContain('process_review');
    expect(measures('再発防止を今後とも徹底いたします。')).not.toContain('process_review');
  });
  it('reads blocking logins from outside as access blocked, and a done apology beside a general one', () => {
    expect(measures('攻撃を確認後、外部からのログインを遮断しました。')).toContain('access_blocked');
    expect(
      measures(
        '該当の皆様には経緯の説明と謝罪をいたしましたが、改めて皆様にご心配をおかけしたことをお詫びします。',
      ),
    ).toContain('individual_notification');
    expect(measures('監視は専門の業者にも委託しています。')).not.toContain('external_investigation');
  });
  it('reads papers taken back and apologies by letter or accepted', () => {
    expect(measures('誤って届いた案内状は、訪問して全て回収しました。')).toContain('data_deletion');
    expect(measures('届いた調査票は未開封のまま回収し、正しい方へお渡ししました。')).toContain(
      'data_deletion',
    );
    expect(measures('清掃業者が段ボールを回収し、焼却しました。')).not.toContain('data_deletion');
    expect(measures('対象の方には、後日文書にて謝罪を行う予定です。')).toContain('individual_notification');
    expect(measures('課長が相手方に誤りを謝罪し、了承を得ました。')).toContain('individual_notification');
  });
  it('does not read advice to consult the police as a police report', () => {
    expect(measures('不審な電話があれば、最寄りの警察にご相談ください。')).not.toContain('police_report');
  });
});

describe('extractMeasures: the people told, by addressee (issue 12)', () => {
  it('reads an apology or explanation addressed to the people concerned', () => {
    expect(measures('該当する会員へ、経緯を記したおわびの書面をお送りしました。')).toContain(
      'individual_notification',
    );
    expect(measures('対象の方32名に順次ご説明しております。')).toContain('individual_notification');
    expect(measures('漏れた方にはおわびの文書を送付します。')).toContain('individual_notification');
    expect(
      measures('同日、おわびと受け取ったファイルの削除をお願いするメールを全員に「Bcc」で送信しました。'),
    ).toContain('individual_notification');
  });
  it('does not take a call made while searching, or an apology to everyone, for a notification', () => {
    expect(measures('見つからないため保護者に連絡したところ、家にはないとの返事でした。')).not.toContain(
      'individual_notification',
    );
    expect(measures('市民の皆様にご迷惑をおかけし、深くおわび申し上げます。')).not.toContain(
      'individual_notification',
    );
  });
  it('ends a denial at 「…したところ、」: what was found after the call is its own clause', () => {
    expect(measures('1名の方に個別におわびの連絡をしたところ、被害は生じていないとのことでした。')).toContain(
      'individual_notification',
    );
  });
});

describe('extractMeasures: deletion by its verb and what follows it (issue 12)', () => {
  it('reads a deletion confirmed, completed or done alongside another step', () => {
    expect(measures('担当者が取引先を訪ね、受け取ったデータの消去を確認しました。')).toContain(
      'data_deletion',
    );
    expect(measures('すぐに掲載した表を削除するとともに、検索サイトにも依頼しました。')).toContain(
      'data_deletion',
    );
    expect(measures('誤って送った書類は全て回収済みです。')).toContain('data_deletion');
  });
  it('does not read advice to delete a suspicious mail as a deletion', () => {
    expect(measures('不審なメールは開かずに削除してください。')).not.toContain('data_deletion');
  });
});

describe('extractMeasures: steps listed under a prevention heading (issue 12)', () => {
  const withStructure = (t: string) => {
    const s = readStructure(splitLines(t), 'ja');
    return new Set(extractMeasures(splitSentences(t), t, s).map((f) => f.value));
  };
  it('reads a rule for a case, or a thing only done one way, as a process review', () => {
    expect(
      withStructure(
        '名簿の誤送付について\n3. 再発の防止\n外部へ書類を送る場合には、封入前に宛名を読み合わせます。',
      ),
    ).toContain('process_review');
    expect(
      withStructure(
        '通知の誤送信について\n<再発防止策>\n○ 宛先の限定\n会員への通知は、登録済みのアドレスのみに送ります。',
      ),
    ).toContain('process_review');
  });
  it('does not read a vow or advice under the heading as a step', () => {
    expect(withStructure('書類の紛失について\n今後の対応\n再発防止の徹底に努めてまいります。')).not.toContain(
      'process_review',
    );
    expect(
      withStructure('書類の紛失について\n今後の対応\n不審な連絡があった場合には、当課までご連絡ください。'),
    ).not.toContain('process_review');
    expect(
      withStructure('不正アクセスについて\n今後の対応\n新しい事実が分かった場合は、改めてお知らせします。'),
    ).not.toContain('process_review');
  });
  it('reads 「…といった再発防止策をとりました」 wherever it stands', () => {
    expect(measures('業者には、使った一覧を作業後に返すといった再発防止策をとりました。')).toContain(
      'process_review',
    );
  });
});

describe('extractMeasures: wordings beyond the corpus (issue 12)', () => {
  it('reads each of these as the measure it names', () => {
    const cases: [string, string][] = [
      ['individual_notification', '影響を受けた方には、本日より順次書面でお知らせしております。'],
      ['data_deletion', '当該ファイルはサーバーから削除しました。'],
      ['process_review', '書類の持ち出しを禁止しました。'],
      ['service_suspended', '当該サービスの提供を停止しました。'],
      ['encryption', '今後、添付ファイルは必ず暗号化して送ります。'],
      ['encryption', '名簿を含むファイルにはパスワードを設定して送信することとしました。'],
    ];
    for (const [key, sentence] of cases) expect([...measures(sentence)], sentence).toContain(key);
  });
  it('does not read a site’s reprint notice or a request to phone as a measure', () => {
    expect(measures('掲載記事の無断転載を禁止します。')).not.toContain('process_review');
    expect(measures('ご不明な点は電話でご連絡ください。')).not.toContain('individual_notification');
  });
});

describe('extractMeasures: detection tools', () => {
  it('reads a detection system or EDR as enhanced monitoring', () => {
    expect(measures('今後は不正侵入を検知する仕組みを導入します。')).toContain('monitoring_enhanced');
    expect(measures('全端末にEDRを導入しました。')).toContain('monitoring_enhanced');
  });
});

describe('extractMeasures: who is told and what is done, in other words', () => {
  it('reads apologies and contact made to the people affected', () => {
    expect(measures('該当する会員には、謝罪と経緯の説明を記した文書をお送りしました。')).toContain(
      'individual_notification',
    );
    expect(measures('対象のお客様には、既に封書にてご連絡済みです。')).toContain('individual_notification');
    expect(measures('同日、申請者に謝罪の上、書類を回収しました。')).toContain('individual_notification');
  });
  it('does not read an apology to everyone as a notification', () => {
    expect(
      measures('町民の皆様に多大なご心配をおかけしましたことを、重ねてお詫び申しあげます。'),
    ).not.toContain('individual_notification');
  });
  it('reads training by 教育の徹底 and a rule made known inside, and retrieved papers as deletion', () => {
    expect(measures('コンプライアンス教育の徹底を図ります。')).toContain('staff_training');
    expect(measures('取扱いマニュアルを改めて院内に周知徹底しました。')).toContain('staff_training');
    expect(measures('学生と教職員に事態を周知しました。')).not.toContain('staff_training');
    expect(measures('誤って送付した書類は、既に回収しております。')).toContain('data_deletion');
  });
  it('reads a two-person check as a process review', () => {
    expect(measures('宛先と内容の対応関係を2名体制でチェックします。')).toContain('process_review');
  });
});

describe('extractMeasures: a step left out is the cause, not a measure (issue 12)', () => {
  it('does not read 「…を行わないまま」 as a check put in place', () => {
    expect(
      measures('宛名の二重チェックを行わないまま封筒を発送してしまいました。').has('process_review'),
    ).toBe(false);
    expect(measures('複数人での確認をせずに送信しました。').has('process_review')).toBe(false);
    expect(measures('今後は複数人での確認を徹底いたします。').has('process_review')).toBe(true);
  });
});

describe('extractMeasures: a whole system stopped (issue 12)', () => {
  it('reads 「システム全体の緊急停止」 as a service taken offline', () => {
    expect(
      measures('侵入を確認した日に、業務システム全体の緊急停止措置を実施しました。').has('service_suspended'),
    ).toBe(true);
  });
});

describe('extractMeasures: every member of staff made aware (issue 12)', () => {
  it('reads 「職員一人ひとり…徹底」 as staff training', () => {
    expect(measures('今後は職員一人ひとりに対して個人情報の取扱いを徹底します。').has('staff_training')).toBe(
      true,
    );
    expect(
      measures('職員一人ひとりが改めて情報管理の重要性を認識し、適切に対応します。').has('staff_training'),
    ).toBe(true);
  });
});

describe('extractMeasures: a sharing setting put right (issue 12)', () => {
  it('reads a setting switched off, an account corrected or a file locked as access control tightened', () => {
    const ac = (t: string) => measures(t).has('access_control_tightened');
    expect(ac('判明後すぐに、フォームの「回答を公開する」をOFFにしました。')).toBe(true);
    expect(ac('誤って登録した編集者のアカウントを修正しました。')).toBe(true);
    expect(ac('翌日、名簿のファイルがロックされ、外部から開けなくなりました。')).toBe(true);
    expect(ac('フォームの設定を確認しています。')).toBe(false);
  });
});

describe('extractMeasures: papers named after training, and training given before (issue 12)', () => {
  it('does not read 「指導票」「研修資料」 or 「指導していました」 as staff training', () => {
    const st = (t: string) => measures(t).has('staff_training');
    expect(st('担当の職員が指導票の控えを机の上に置いた。')).toBe(false);
    expect(st('人事課の職員が研修資料としてグラフを作成した。')).toBe(false);
    expect(st('名簿の扱いについては、スタッフが開始当初に指導していました。')).toBe(false);
    expect(st('今後、全職員に対して研修を実施します。')).toBe(true);
  });
});

describe('extractMeasures: a payment service stopped is not the site taken offline (issue 12)', () => {
  it('reads 「クレジット決済サービスの一時停止」 as card payments suspended only', () => {
    const m = measures('架空ファンクラブ 会費のクレジット決済サービスの一時停止について');
    expect(m.has('service_suspended')).toBe(false);
    expect(m.has('card_payment_suspended')).toBe(true);
  });
});

describe('extractMeasures: a ministry named beside a report it published (issue 12)', () => {
  it('does not read 「省…報告書」 as a report to the regulator', () => {
    const rr = (t: string) => measures(t).has('regulator_report');
    expect(rr('厚生労働省のサイトに載せていた研究報告書の資料に、患者の氏名が含まれていました。')).toBe(
      false,
    );
    expect(rr('本件は個人情報保護委員会に報告しました。')).toBe(true);
  });
});

describe('extractMeasures: an apology posted for all (issue 12)', () => {
  it('does not read 「謝罪文を掲載した」 as telling each person', () => {
    const inn = (t: string) => measures(t).has('individual_notification');
    expect(inn('誤った投稿はすぐに削除し、謝罪文を掲載した。')).toBe(false);
    expect(inn('対象の会員に対し、電話で謝罪を行いました。')).toBe(true);
  });
});

describe('extractMeasures: a system fixed promptly (issue 12)', () => {
  it('reads 「システムを速やかに改修」 as a bug fixed', () => {
    expect(measures('配信システムを速やかに改修いたします。').has('bug_fixed')).toBe(true);
  });
});

describe('extractMeasures: watching the access from now on (issue 12)', () => {
  it('reads 「アクセス状況の監視を実施します」 as monitoring enhanced, not a card company watching for fraud', () => {
    expect(measures('当社は引き続きアクセス状況の監視を実施します。').has('monitoring_enhanced')).toBe(true);
    expect(measures('カード会社が不正利用の監視を実施しています。').has('monitoring_enhanced')).toBe(false);
  });
});

describe('extractMeasures: a vulnerability closed (issue 12)', () => {
  it('reads a vulnerability fixed or a patch applied as a bug fixed', () => {
    const bf = (t: string) => measures(t).has('bug_fixed');
    expect(bf('侵入に使われた脆弱性を修正いたしました。')).toBe(true);
    expect(bf('機器にセキュリティパッチを適用しました。')).toBe(true);
    expect(bf('脆弱性を悪用され、サーバに侵入されました。')).toBe(false);
  });
});

describe('extractMeasures: card data no longer kept (issue 12)', () => {
  it('reads a move to payment that keeps no card data as card_data_non_retention', () => {
    expect(
      measures('再開後はカード情報を保持しない決済方式に切り替えます。').has('card_data_non_retention'),
    ).toBe(true);
  });
});

describe('extractMeasures: checks added to sending work (issue 12)', () => {
  it('reads a missend-prevention tool, a required approval or a checklist as a process review', () => {
    const pr = (t: string) => measures(t).has('process_review');
    expect(pr('メール誤送信防止ツールを導入いたしました。')).toBe(true);
    expect(pr('外部へ送る際は上長の承認を必須としました。')).toBe(true);
    expect(pr('発送作業のチェックリストを作成しました。')).toBe(true);
    expect(pr('請求漏れを防ぐためのチェックリストに氏名が記載されていました。')).toBe(false);
  });
});

describe('extractMeasures: a rule already in force is not a new measure (issue 12)', () => {
  it('does not read 「…を原則禁止しており」 (the rule the incident broke) as a process review', () => {
    const pr = (t: string) => measures(t).has('process_review');
    expect(pr('当園では名簿の持ち出しを原則禁止しており、持ち出す際は園長の許可が要ります。')).toBe(false);
    expect(pr('今後、名簿の持ち出しを原則禁止といたします。')).toBe(true);
  });
});

describe('extractMeasures: rules rewritten and checks by two people (issue 12)', () => {
  it('reads a rule document revised, or a pairwise cross-check, as a process review', () => {
    const pr = (t: string) => measures(t).has('process_review');
    expect(pr('個人情報の取扱いに関する規程を改定しました。')).toBe(true);
    expect(pr('今後は宛名の確認を二人一組で行います。')).toBe(true);
    expect(pr('発送前に複数人で照合する手順に改めました。')).toBe(true);
    expect(pr('規程に基づき、書類を保管していました。')).toBe(false);
  });
});

describe('extractMeasures: an outside committee set up (issue 12)', () => {
  it('reads a third-party or outside-expert committee as an external investigation', () => {
    const ei = (t: string) => measures(t).has('external_investigation');
    expect(ei('第三者委員会を設置し、原因の究明を進めます。')).toBe(true);
    expect(ei('弁護士等の外部有識者を交えた調査委員会を設置しました。')).toBe(true);
    expect(ei('学内の委員会で対応を協議しました。')).toBe(false);
  });
});

describe('extractMeasures: deletion confirmed in the passive (issue 12)', () => {
  it('reads 「削除されたことを確認しました」 as data deleted', () => {
    expect(
      measures('誤って送ったデータは、受信先で全て削除されたことを確認しました。').has('data_deletion'),
    ).toBe(true);
  });
});

describe('extractMeasures: staff told what to do (issue 12)', () => {
  it('reads staff instructed or warned as staff training', () => {
    const st = (t: string) => measures(t).has('staff_training');
    expect(st('所属職員に対して、個人情報を適正に管理するよう指示しました。')).toBe(true);
    expect(st('全職員に対して事故の内容を共有し、注意を促しました。')).toBe(true);
  });
});

describe('extractMeasures: those affected addressed as a group noun (issue 12)', () => {
  it('reads 「対象となる皆様には…ご案内を送付」 as telling each person', () => {
    const inn = (t: string) => measures(t).has('individual_notification');
    expect(inn('対象となる皆様には、別途ご案内を送付いたします。')).toBe(true);
    expect(inn('対象となるお客様にはご不便をおかけいたします。')).toBe(false);
  });
});

describe('extractMeasures: a regulator as the sender, or an own committee (issue 12)', () => {
  it('does not read a ministry that told the organisation as a report to it', () => {
    const rr = (t: string) => measures(t).has('regulator_report');
    expect(rr('5月2日、総務省情報政策課から不審な通信がある旨の連絡がありました。')).toBe(false);
    expect(rr('報告を受けて社内の個人情報保護委員会を招集し、調査を始めました。')).toBe(false);
    expect(rr('同日、個人情報保護委員会へ報告いたしました。')).toBe(true);
  });
});

describe('extractMeasures: readers told not to open mail (issue 12)', () => {
  it('reads 「…からのメールは開かずに削除してください」 as a phishing warning', () => {
    const pw = (t: string) => measures(t).has('phishing_warning');
    expect(pw('当会を名乗るメールは開かずにそのまま削除してください。')).toBe(true);
    expect(pw('・添付ファイルを開かない')).toBe(true);
    expect(pw('職員に対し、差出人不明のメールは開かないよう指示しました。')).toBe(false);
  });
});

describe('extractMeasures: a quoted title is not training given (issue 12)', () => {
  it('does not read 「…研修のご案内」を送付 as staff training', () => {
    const st = (t: string) => measures(t).has('staff_training');
    expect(st('会員向けの「職員向け安全研修のご案内」を別の会員あてに送付しました。')).toBe(false);
    expect(st('全職員を対象に個人情報保護の研修を実施しました。')).toBe(true);
  });
});

describe('extractMeasures: guidance to staff made stricter (issue 12)', () => {
  it('reads 「…について指導を徹底」「再度指導」 as staff training, not 監督指導の徹底', () => {
    const st = (t: string) => measures(t).has('staff_training');
    expect(st('書類の持ち出しについて、講師陣に一層指導を徹底します。')).toBe(true);
    expect(st('委託先の受付係に対して書類の扱いを再度指導しました。')).toBe(true);
    expect(st('町として委託先への監督指導の徹底を図ります。')).toBe(false);
  });
});

describe('extractMeasures: misdelivered papers asked back or found and taken back (issue 12)', () => {
  it('reads 「…の返却を要請した」「…を発見し回収」 as data_deletion', () => {
    const dd = (t: string) => measures(t).has('data_deletion');
    expect(dd('誤って届いた申込書について、受け取った方に返却を要請しました。')).toBe(true);
    expect(dd('持ち去られた台帳は駐車場で発見し回収しました。')).toBe(true);
    expect(dd('台帳は現在も見つかっておりません。')).toBe(false);
  });
});

describe('extractMeasures: a contact point set up, with の (issue 12)', () => {
  it('reads 「問い合わせの窓口を設置」 as a hotline', () => {
    const hl = (t: string) => measures(t).has('hotline');
    expect(hl('保護者からの問い合わせの窓口を設置しました。')).toBe(true);
    expect(hl('窓口の受付時間は平日9時から17時です。')).toBe(false);
  });
});

describe('extractMeasures: the police asked to investigate (issue 12)', () => {
  it('reads 「警察への捜査依頼」 as police_report', () => {
    const pr = (t: string) => measures(t).has('police_report');
    expect(pr('同日、最寄りの警察署へ捜査依頼を行いました。')).toBe(true);
    expect(pr('警察から捜査への協力依頼がありました。')).toBe(false);
  });
});

describe('extractMeasures: the supervising office told (issue 12)', () => {
  it('reads 「所轄庁に…を説明」 as regulator_report', () => {
    const rr = (t: string) => measures(t).has('regulator_report');
    expect(rr('翌日、所轄庁に事故の概要と今後の対策を説明しました。')).toBe(true);
    expect(rr('所轄庁の指針に沿って手順を改めました。')).toBe(false);
  });
});

describe('extractMeasures: the contractor looking into its own incident (issue 12)', () => {
  it('does not read 「事業者による調査」 as an external investigation', () => {
    const ei = (t: string) => measures(t).has('external_investigation');
    expect(ei('現在、委託先の事業者による調査が続いており、結果は改めてお知らせします。')).toBe(false);
    expect(ei('専門業者による調査を実施しました。')).toBe(true);
  });
});

describe('extractMeasures: a server taken out of use (issue 12)', () => {
  it('reads 「当該サーバーは…切り離し、運用を停止」 as service_suspended', () => {
    const ss = (t: string) => measures(t).has('service_suspended');
    expect(ss('現在、当該サーバーは学内網から外し、運用を停止しております。')).toBe(true);
    expect(ss('当該サーバーの運用は外部に委託しております。')).toBe(false);
  });
});

describe('extractMeasures: access records kept from now on (issue 12)', () => {
  it('reads 「アクセス履歴の記録・保存の仕組みを構築」 as monitoring_enhanced', () => {
    const me = (t: string) => measures(t).has('monitoring_enhanced');
    expect(me('会員ページへのアクセス履歴の記録と保存の仕組みを構築しました。')).toBe(true);
    expect(me('アクセス履歴を確認したところ、不審な接続はありませんでした。')).toBe(false);
  });
});

describe('extractMeasures: a malware sample sent out for analysis (issue 12)', () => {
  it('reads 「…へウイルス検体を送付し解析を依頼」 as external_investigation', () => {
    const ei = (t: string) => measures(t).has('external_investigation');
    expect(ei('セキュリティ会社へウイルス検体を提出し、解析を依頼しました。')).toBe(true);
    expect(ei('検体の採取は保健所が行います。')).toBe(false);
  });
});

describe('extractMeasures: files protected by a password as a step (issue 12)', () => {
  it('reads a step 「…ファイルへのパスワード設定」 as encryption', () => {
    const en = (t: string) => measures(t).has('encryption');
    expect(en('・名簿ファイルへのパスワード設定\n・送信前の宛先確認')).toBe(true);
    expect(en('名簿ファイルへのパスワード設定がされていませんでした。')).toBe(false);
  });
});
