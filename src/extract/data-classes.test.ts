import { describe, expect, it } from 'vitest';
import { extractDataClasses, mentionsDataClass } from './data-classes.js';
import { splitSentences } from './segment.js';
import { sents } from './testing/helpers.js';

const classes = (t: string, lang: 'ja' | 'en' = 'ja') =>
  new Set(extractDataClasses(sents(t), lang).map((f) => f.value));

describe('extractDataClasses', () => {
  it('maps Japanese keywords to HIBP names', () => {
    expect(
      classes(
        '流出した可能性のある情報は、氏名、郵便番号、電話番号、FAX番号、ハッシュ化されたパスワード、会社名、製品シリアル番号、MACアドレス、生年月日、性別です。',
      ),
    ).toEqual(
      new Set([
        'Names',
        'Physical addresses',
        'Phone numbers',
        'Passwords',
        'Company names',
        'Device serial numbers',
        'MAC addresses',
        'Dates of birth',
        'Genders',
      ]),
    );
  });

  it('reads card data, CVV, purchases, bank accounts and health data', () => {
    expect(classes('漏えいした情報: クレジットカード番号、有効期限、セキュリティコード、注文履歴')).toEqual(
      new Set(['Credit cards', 'Credit card CVV', 'Purchases']),
    );
    expect(
      classes('紛失したUSBメモリには患者様の傷病名、被保険者証記号番号、口座番号が記録されていました。'),
    ).toEqual(new Set(['Personal health data', 'Health insurance information', 'Bank account numbers']));
  });

  it('sees overlapping keywords (カード名義人名 is a name and card data)', () => {
    expect(classes('漏えいした情報: カード名義人名、カード番号')).toEqual(new Set(['Names', 'Credit cards']));
  });

  it('reads a list under a heading about the leaked data', () => {
    expect(
      classes('■流出した可能性のある情報\n・氏名\n・メールアドレス\n■今後の対応\n・電話番号の確認'),
    ).toEqual(new Set(['Names', 'Email addresses']));
  });

  it('skips denied items (clause-level negation)', () => {
    expect(classes('カード情報は流出していません。')).toEqual(new Set());
    expect(
      classes('利用者の氏名や生年月日は保存されていなかったものの、年齢と性別が保存されていました。'),
    ).toEqual(new Set(['Ages', 'Genders']));
    expect(classes('※住所・電話番号は対象に含まれていません')).toEqual(new Set());
  });

  it('ignores keywords outside data context (instructions, contact desks)', () => {
    expect(
      classes(
        '他サイトで同じパスワードを使用している場合は変更してください。お問い合わせは電話番号 0120-000-000 まで。',
      ),
    ).toEqual(new Set());
  });

  it('handles English lists, negations and "we never store"', () => {
    expect(
      classes(
        'The information involved included your name, address, date of birth and Social Security number.',
        'en',
      ),
    ).toEqual(new Set(['Names', 'Physical addresses', 'Dates of birth', 'Social security numbers']));
    expect(classes('No Social Security numbers or bank account numbers were exposed.', 'en')).toEqual(
      new Set(),
    );
    expect(classes('We never store passwords in plain text, and no passwords were accessed.', 'en')).toEqual(
      new Set(),
    );
    expect(
      classes(
        'The exposed data included email and IP addresses, usernames and passwords stored as MD5 hashes.',
        'en',
      ),
    ).toEqual(new Set(['Email addresses', 'IP addresses', 'Usernames', 'Passwords']));
  });

  it("does not take the attacker's or the recipient's address for leaked data", () => {
    expect(classes('海外のIPアドレスから不正アクセスがあり、会員の氏名が流出しました。')).toEqual(
      new Set(['Names']),
    );
    expect(classes('名簿を送信先の個人メールアドレスに誤って送信し、住所が漏えいしました。')).toEqual(
      new Set(['Physical addresses']),
    );
    expect(classes('流出した名簿に氏名はあるが、電話番号の記載はない。')).toEqual(new Set(['Names']));
    // A season pass (年間パスポート) is not a passport.
    expect(classes('年間パスポート購入者の氏名が流出しました。')).toEqual(new Set(['Names']));
  });

  it('reads data named in a disclosure, past a negation that governs another clause', () => {
    expect(
      classes('The attack led to the disclosure of email and IP addresses of the forum members.', 'en'),
    ).toEqual(new Set(['Email addresses', 'IP addresses']));
    expect(
      classes('The leak was not noticed until a file containing 5k phone numbers was found.', 'en'),
    ).toEqual(new Set(['Phone numbers']));
  });

  it('does not take a password reset for leaked passwords', () => {
    expect(classes('We reset the passwords of the affected accounts.', 'en')).toEqual(new Set());
  });
});

describe('mentionsDataClass', () => {
  it('finds a keyword anywhere, without context rules', () => {
    expect(mentionsDataClass('お問い合わせは電話番号まで', 'Phone numbers')).toBe(true);
    expect(mentionsDataClass('nothing here', 'Passwords')).toBe(false);
  });

  it('keeps the list context through a breakdown heading and a ※ note', () => {
    const text = ['3.紛失した個人情報', '■内訳', '1.「訪問記録票」(12件・30名分)', '氏名・住所・性別'].join(
      '\n',
    );
    expect(classes(text, 'ja')).toEqual(new Set(['Names', 'Physical addresses', 'Genders']));
    expect(classes('以下の個人情報を含む。\n(参加者の氏名、年齢、記録写真 ※電話番号なし)', 'ja')).toEqual(
      new Set(['Names', 'Ages', 'Photos']),
    );
  });
});

describe('extractDataClasses: what the papers bore (issue 12)', () => {
  it('reads what a lost or misdelivered form had written or printed on it', () => {
    expect(classes('紛失した申請書には、申請者の氏名、住所、生年月日が記載されていた。')).toEqual(
      new Set(['Names', 'Physical addresses', 'Dates of birth']),
    );
    expect(
      classes('誤送付した通知には、受給者の診断書の写しが同封されており、氏名が印字されている。'),
    ).toContain('Personal health data');
  });
  it('does not read a job centre or what a suspicious mail shows as data', () => {
    expect(classes('見本公共職業安定所で求職者の氏名を記載した書類を紛失した。')).not.toContain(
      'Occupations',
    );
    expect(classes('不審メールには、本文にパスワードが記載されている場合があります。')).toEqual(new Set());
  });
});

describe('extractDataClasses: more Japanese wordings (issue 12)', () => {
  it('reads number plates, disability booklets, employers and wages on a lost form', () => {
    const c = classes(
      '紛失した申請書には、氏名、自動車登録番号、療育手帳の等級、所属事業場の名称、賃金日額が記載されていた。',
    );
    for (const cls of ['Names', 'Licence plates', 'Personal health data', 'Employers', 'Income levels'])
      expect(c).toContain(cls);
  });
  it('reads a dotted mail address, mail bodies and the year of study in a list', () => {
    expect(classes('会員のeメール・アドレスが流出しました。')).toContain('Email addresses');
    expect(classes('社内のメールの本文を含むデータが流出しました。')).toContain('Email messages');
    expect(classes('閲覧可能となった名簿の項目:学籍番号、氏名、年次、所属')).toContain(
      'School grades (class levels)',
    );
  });
  it('does not read where a workplace stands or its number as personal data', () => {
    const c = classes(
      '紛失した名簿には、氏名、生年月日、就職先の事業所名・所在地・電話番号が記載されていた。',
    );
    expect(c).toContain('Employers');
    expect(c).not.toContain('Physical addresses');
    expect(c).not.toContain('Phone numbers');
  });
});

describe('extractDataClasses: wrapped lines, long lists, copied data (issue 12)', () => {
  const dc = (t: string) => new Set(extractDataClasses(splitSentences(t), 'ja').map((f) => f.value));
  it('reads the lines a wrapped sentence came from when its end names the data', () => {
    const text =
      '※ 申請書には、手続きのために申請した方の氏名、性別、生年月日、振込先の\n口座番号などの個人情報が記載されている。';
    expect(dc(text)).toEqual(new Set(['Names', 'Genders', 'Dates of birth', 'Bank account numbers']));
  });
  it('keeps reading a list while its lines go on naming data', () => {
    const items = [
      '(1)受付簿 3名分',
      '氏名、住所',
      '(2)申込書 5名分',
      '電話番号',
      '(3)名簿 2名分',
      '生年月日(年齢)',
      '性別',
    ];
    const got = dc(`紛失した書類と記載された情報\n${items.join('\n')}`);
    expect(got).toContain('Ages');
    expect(got).toContain('Genders');
  });
  it('reads data copied to a private disk as data of the incident', () => {
    expect(dc('職員が個人のディスクにコピーした情報は、住民台帳や課税台帳などでした。')).toContain(
      'Taxation records',
    );
  });
  it('does not read the notice’s own contact line as leaked data', () => {
    expect(dc('紛失した書類の情報\n氏名\nお問い合わせ 総務課\n電話番号:0120-000-000')).not.toContain(
      'Phone numbers',
    );
  });
  it('reads visits, medical cards and household members', () => {
    expect(dc('紛失した票には、受診日と受診科、医療証の番号が記載されていました。')).toEqual(
      new Set(['Personal health data', 'Health insurance information']),
    );
    expect(dc('調査票には世帯員の数が記入されていました。')).toContain('Family structure');
  });
});

describe('extractDataClasses: wordings beyond the corpus (issue 12)', () => {
  const dc = (t: string) => new Set(extractDataClasses(splitSentences(t), 'ja').map((f) => f.value));
  it('reads each of these as the class it names', () => {
    const cases: [string, string][] = [
      ['Phone numbers', '書かれていたのは、氏名と連絡先です。'],
      ['Bank account numbers', '漏えいした項目は、引落口座の番号と口座名義です。'],
      ['Personal health data', '紛失したディスクには、レントゲン画像と病状の記録が保存されていました。'],
      ['Photos', '流出した可能性のあるデータには、部員の写真も含まれます。'],
      ['Taxation records', '誤って送った通知書には、住民税額が記載されていました。'],
      ['Government issued IDs', '漏えいした情報は、在留カードの番号です。'],
      ["Driver's licenses", '流出したのは、会員が提出した免許証の写しです。'],
      ['Family structure', '記載されていた情報は、同居家族の続き柄です。'],
      ['Email messages', '閲覧された可能性があるのは、メールの送受信履歴です。'],
      ['Age groups', '誤って送ったファイルには、参加者の氏名と年代が含まれます。'],
    ];
    for (const [cls, sentence] of cases) expect([...dc(sentence)], sentence).toContain(cls);
  });
  it('does not read 「ご連絡先に関する情報」 or a teaching licence as these classes', () => {
    expect(dc('お客様のご連絡先に関する情報が漏えいしました。')).not.toContain('Phone numbers');
    expect(dc('紛失した書類には、教員免許状の番号が記載されていました。')).not.toContain("Driver's licenses");
  });
});

describe('extractDataClasses: list items notices name in other words', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads a role followed by 名 as a name, but not a roster or an account holder field', () => {
    expect(dc('漏えいした情報は、児童名、学年です。')).toContain('Names');
    expect(dc('紛失した書類には、申請者名、口座番号が記載されていました。')).toContain('Names');
  });
  it('reads bare 電話 and メール as list items, and a guardian’s contact as a phone number', () => {
    expect(dc('個人情報の項目\n氏名・住所・電話・メール')).toEqual(
      new Set(['Names', 'Physical addresses', 'Phone numbers', 'Email addresses']),
    );
    expect(dc('流出した情報:生徒の氏名、保護者の連絡先')).toContain('Phone numbers');
  });
  it('reads care level and disability status as health data, ordered goods as purchases', () => {
    expect(dc('名簿には、利用者の氏名、介護度が記載されていました。')).toContain('Personal health data');
    expect(dc('対象者の氏名、障害の状況が記載されたリストを誤送付しました。')).toContain(
      'Personal health data',
    );
    expect(dc('対象となる情報:お客様名、ご注文商品')).toContain('Purchases');
  });
  it('reads addresses shown to other recipients as leaked e-mail addresses', () => {
    expect(dc('メールの送信先アドレスが他の受信者に表示される状態で送信しました。')).toContain(
      'Email addresses',
    );
  });
});

describe('extractDataClasses: list headings and words that only look like data', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads the list after 記載内容 / ファイル内容 and fields typed into a file', () => {
    expect(dc('3 記載内容\n氏名、住所、生年月日')).toEqual(
      new Set(['Names', 'Physical addresses', 'Dates of birth']),
    );
    expect(dc('ファイル内容:氏名、性別')).toEqual(new Set(['Names', 'Genders']));
    expect(dc('添付ファイルに、顧客の氏名、住所が入力されていました。')).toContain('Names');
  });
  it('does not read a taxpayer, an age-sorted box or a registered domicile as data', () => {
    expect(dc('漏えいした情報は、納税義務者の氏名です。')).toEqual(new Set(['Names']));
    expect(dc('書類は年齢別のポストに保管されていました。')).not.toContain('Ages');
    expect(dc('流出した情報:氏名、本籍')).not.toContain('Places of birth');
  });
});

describe('extractDataClasses: age bands, donations and words that only look like data', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads 年代 as an age group and ふるさと納税 as a donation, not a tax record', () => {
    expect(dc('流出した情報:氏名、年代')).toEqual(new Set(['Names', 'Age groups']));
    expect(dc('誤送付した書類には、ふるさと納税の寄附金額が記載されていました。')).toEqual(
      new Set(['Charitable donations']),
    );
  });
  it('does not read 雇用保険被保険者, 役職員, or a bracketed 都道府県 as data', () => {
    expect(dc('誤送付した書類は、雇用保険被保険者資格の通知書です。')).not.toContain(
      'Health insurance information',
    );
    expect(dc('記載されていた情報は、氏名、本籍地(都道府県のみ)です。')).not.toContain(
      'Geographic locations',
    );
  });
});

describe('extractDataClasses: household, pay and points', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads household words as family structure, but not 被扶養者 or a relative named as such', () => {
    expect(dc('紛失した名簿の項目: 氏名、家族状況、世帯人員')).toEqual(
      new Set(['Names', 'Family structure']),
    );
    expect(dc('漏えいのおそれのある項目: 扶養者情報')).toEqual(new Set(['Family structure']));
    expect(dc('流出した情報は、被保険者及び被扶養者の氏名です。')).not.toContain('Family structure');
  });
  it('reads wages and pay in any of their words, not payroll systems or medical fees', () => {
    expect(dc('記載されていた情報: 氏名、離職前の賃金')).toContain('Income levels');
    expect(dc('漏えいのおそれのある項目: 標準報酬月額、給与データ')).toEqual(new Set(['Income levels']));
    expect(dc('紛失した書類: 診療報酬明細書')).not.toContain('Income levels');
    expect(dc('流出した情報に、給与振込口座の番号が含まれていました。')).not.toContain('Income levels');
  });
  it('reads a count of points held as a reward balance', () => {
    expect(dc('閲覧された可能性のある情報(氏名、保有ポイント数)')).toContain('Reward program balances');
    expect(dc('閲覧された可能性のある情報(氏名、保有EXAMPLE POINT数)')).toContain('Reward program balances');
  });
});

describe('extractDataClasses: workplace, post and organisation names', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads …先 words for where someone works as the employer', () => {
    expect(dc('応募用紙には、氏名とアルバイト先が書かれていた。')).toContain('Employers');
    expect(dc('記載されていた情報: 氏名、就業先')).toContain('Employers');
  });
  it('reads 職氏名 as a job title and a name', () => {
    expect(dc('書類には、担当者の職氏名が記載されていた。')).toEqual(new Set(['Job titles', 'Names']));
  });
  it('reads an organisation name as a company name, unless it is the employer', () => {
    expect(dc('届出書には、事業所名、所在地、代表者氏名が記載されていた。')).toContain('Company names');
    expect(dc('届には以下の情報が記載されていた。\n名称、所在地、電話番号')).toContain('Company names');
    expect(dc('通知書には、氏名、再就職先の事業所名が記載されていた。')).toEqual(
      new Set(['Names', 'Employers']),
    );
  });
});

describe('extractDataClasses: medical records in their many words', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads diagnoses, operations, check-up records and infections as health data', () => {
    expect(dc('紛失した予定表には、患者氏名、診断結果、術式が記載されていた。')).toEqual(
      new Set(['Names', 'Personal health data']),
    );
    expect(dc('受診票には氏名や過去の検診の記録が記載されています。')).toContain('Personal health data');
    expect(dc('誤送信したメールには、児童の感染状況が含まれていました。')).toContain('Personal health data');
  });
});

describe('extractDataClasses: orders under their other names', () => {
  it('reads 受注情報 and 発注履歴 as purchases', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('流出した可能性のある情報: 氏名、受注情報')).toEqual(new Set(['Names', 'Purchases']));
    expect(dc('漏えいした情報は、取引先の発注履歴です。')).toContain('Purchases');
  });
});

describe('extractDataClasses: utility bills', () => {
  it('reads water, power and gas charges and meter readings as utility bills', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('帳票には、お客さまの氏名、水道料金、未納額が記載されていた。')).toEqual(
      new Set(['Names', 'Utility bills']),
    );
    expect(dc('誤送付した通知には、氏名及び使用水量が記載されていました。')).toContain('Utility bills');
  });
});

describe('extractDataClasses: disclosed and posted data', () => {
  it('reads a sentence saying data was disclosed (開示) or posted (掲載) as about the data', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('一部の会員様の氏名が別の方へ開示されてしまいました。')).toEqual(new Set(['Names']));
    expect(dc('名簿のメールアドレスがホームページに掲載されていると連絡がありました。')).toEqual(
      new Set(['Email addresses']),
    );
  });
});

describe('extractDataClasses: recipients whose addresses were shown to each other', () => {
  it("reads the recipients' addresses as leaked when the sentence says they were shown", () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('各受信者には、送信先全員のメールアドレスが開示される形になっていました。')).toEqual(
      new Set(['Email addresses']),
    );
    // The address a message was wrongly sent to is not leaked data.
    expect(dc('誤った送信先のメールアドレスに個人情報を含むファイルを送信しました。')).not.toContain(
      'Email addresses',
    );
  });
});

describe("extractDataClasses: a pupil's class", () => {
  it('reads クラス or 学級 as a list item as a class level, not a class of things', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('紛失した個人情報\n・クラス、名前、ふりがな、住所')).toEqual(
      new Set(['School grades (class levels)', 'Names', 'Physical addresses']),
    );
    expect(dc('流出した情報は、ハイクラスの会員の氏名です。')).toEqual(new Set(['Names']));
  });
});

describe('extractDataClasses: apology idioms are not denials', () => {
  it('keeps a class when the clause goes on 「許されるものではなく…お詫びするよりありません」', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(
      dc('団体名と代表者名を流出させてしまったことは許されることではなく、謝罪するよりありません。'),
    ).toEqual(new Set(['Company names', 'Names']));
    expect(dc('流出した情報に、カード番号は含まれておりません。')).toEqual(new Set());
  });
});

describe('extractDataClasses: keywords inside longer words', () => {
  it('does not read 入学年月日 as a class level or 在留カード番号 as card data', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('記載されていた情報: 氏名、入学年月日')).toEqual(new Set(['Names']));
    expect(dc('記載されていた情報: 氏名、在留カード番号')).toEqual(
      new Set(['Names', 'Government issued IDs']),
    );
    expect(dc('記載されていた情報: 氏名、学年')).toContain('School grades (class levels)');
  });
});

describe('extractDataClasses: whose name a list holds', () => {
  it('reads 担当者名, 被保険者名 and 講師名 as names', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('流出した可能性のある情報: 会社名、担当者名、電話番号')).toEqual(
      new Set(['Company names', 'Names', 'Phone numbers']),
    );
    expect(dc('記載されていた情報: 被保険者名、講師名')).toContain('Names');
  });
});

describe('extractDataClasses: 記した / 書いてある', () => {
  it('reads a list that a document is said to hold (記された, 書いてある) as data', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('利用者の氏名と電話番号を記したメモが机上に置かれていました。')).toEqual(
      new Set(['Names', 'Phone numbers']),
    );
    expect(dc('氏名と住所が書いてある用紙が見つかりました。')).toEqual(
      new Set(['Names', 'Physical addresses']),
    );
  });
});

describe('extractDataClasses: a long sentence announcing the list below', () => {
  it('reads the list after a long sentence that announces 以下の情報', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(
      dc(
        'このたび、架空商事株式会社の通販サイトに第三者から不正なアクセスがあり、社内で詳しく調べたところ、お客様についての以下の情報が社外へ漏えいしたおそれがあると分かりました。\n・お名前\n・ご住所\n・お電話番号',
      ),
    ).toEqual(new Set(['Names', 'Physical addresses', 'Phone numbers']));
  });
});

describe('extractDataClasses: more ways to say which data was touched', () => {
  it('reads 該当する情報, 影響を受けた, 抜き取られた and 参照できる as about the data', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('該当する情報: 氏名、生年月日')).toEqual(new Set(['Names', 'Dates of birth']));
    expect(dc('影響を受けた可能性のあるお客様の住所と電話番号')).toEqual(
      new Set(['Physical addresses', 'Phone numbers']),
    );
    expect(dc('決済画面でカード番号と有効期限が抜き取られていました。')).toEqual(new Set(['Credit cards']));
    expect(dc('他の利用者からも会員の氏名を参照できる設定でした。')).toEqual(new Set(['Names']));
  });
});

describe('extractDataClasses: employment insurance is not health insurance', () => {
  it('drops health insurance when 被保険者番号 belongs to a job-insurance document', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(
      dc(
        'ハローワークで離職票の写しを誤って交付した。離職票には氏名、被保険者番号、資格取得日が記載されている。',
      ),
    ).toEqual(new Set(['Names']));
    expect(dc('紛失した書類には氏名、健康保険の被保険者番号が記載されている。')).toContain(
      'Health insurance information',
    );
  });
});

describe('extractDataClasses: the telephone as an ordering channel', () => {
  it('does not read 「電話・メール・FAX注文」 as phone numbers, but keeps 「電話・住所」', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('電話・メール・FAX注文をご利用のお客様のカード番号が漏洩した可能性があります。')).toEqual(
      new Set(['Credit cards']),
    );
    expect(dc('流出した情報は、氏名、電話・住所です。')).toContain('Phone numbers');
  });
});

describe("extractDataClasses: an outsider's address", () => {
  it('does not read the address an outsider typed in or sent from as leaked', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(
      dc('当社の入力フォームに、外部のメールアドレスと脅しの文面が書き込まれ、自動返信で送られました。'),
    ).toEqual(new Set());
    expect(dc('流出した情報: 氏名、メールアドレス')).toContain('Email addresses');
  });
});

describe('extractDataClasses: a contact label printed with its value', () => {
  it('does not read 「電話番号 03-0000-0000」 (no colon) in a header as leaked data', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('架空県庁 広報課 電話番号 099-000-0000 個人情報を含む文書の紛失について')).toEqual(new Set());
    expect(dc('紛失した名簿には、氏名、電話番号、住所が記載されていた。')).toContain('Phone numbers');
  });
});

describe('extractDataClasses: the address a letter went to', () => {
  it('does not read 「…の住所に送付した」 as a leaked address', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('個人情報が記載された通知を、以前の住所に誤って送付しました。')).toEqual(new Set());
    expect(dc('通知には氏名と住所が記載されていました。')).toEqual(new Set(['Names', 'Physical addresses']));
  });
});

describe('extractDataClasses: item words the lexicon lacked', () => {
  const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
  it('reads allergies and a positive test as health data, not a centre named after it', () => {
    expect(dc('紛失した資料には生徒の氏名と食物アレルギーに関する情報が記載されていた。')).toContain(
      'Personal health data',
    );
    expect(dc('感染症の陽性者等3名の個人情報が記載された資料を誤送信しました。')).toContain(
      'Personal health data',
    );
    expect(dc('架空県陽性者登録センターの職員が個人情報を不正に閲覧した。')).not.toContain(
      'Personal health data',
    );
  });
  it('reads transfer details, bankbooks, pension numbers, insurance symbols and siblings', () => {
    expect(dc('文書には100名分の被保険者氏名、振込先情報が記載されていた。')).toContain(
      'Bank account numbers',
    );
    expect(dc('誤送付した書類には「通帳(写し)」が含まれていた。')).toContain('Bank account numbers');
    expect(dc('提供したデータには年金証書記号番号、氏名が含まれていた。')).toContain('Government issued IDs');
    expect(dc('受給者証に記載されていた情報:氏名、医療保険各法等記号及び番号、生年月日、住所')).toContain(
      'Health insurance information',
    );
    expect(dc('名簿に含まれる個人情報:児童の氏名・住所・兄弟姉妹')).toContain('Family structure');
  });
});

describe('extractDataClasses: a breakdown by field with counts', () => {
  it('reads 「氏名+メールアドレス:12名」 as a field that leaked, not a contact line', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('<影響範囲>\n・会員番号を含む氏名:80名\n・会員番号を含む氏名+メールアドレス:12名')).toEqual(
      new Set(['Names', 'Email addresses']),
    );
    expect(dc('個人情報の紛失について\nメールアドレス:info@example.jp')).toEqual(new Set());
  });
});

describe('extractDataClasses: words that say whose data, not which field', () => {
  it('does not read 「第2学年生徒」 as a class level nor 高年齢 as an age', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('紛失した個人情報:同校第2学年生徒120名の氏名')).toEqual(new Set(['Names']));
    expect(dc('高年齢雇用継続給付に係る書類に氏名が記載されていた。')).toEqual(new Set(['Names']));
    expect(dc('流出した情報:氏名、学年、年齢')).toEqual(
      new Set(['Names', 'School grades (class levels)', 'Ages']),
    );
  });
});

describe('extractDataClasses: more sentences about the data', () => {
  it('reads member data handed over, data collected improperly and addresses shown to all', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(dc('架空組合は会員データ(「氏名」「生年月日」)を誤って提供しました。')).toEqual(
      new Set(['Names', 'Dates of birth']),
    );
    expect(dc('職員が住民情報システムを用いて知人の住所を不正に収集したもの。')).toEqual(
      new Set(['Physical addresses']),
    );
    expect(
      dc('架空会の案内を一斉に送った際、会員すべてのメールアドレスが互いに表示されてしまいました。'),
    ).toEqual(new Set(['Email addresses']));
  });
});

describe('extractDataClasses: a programme named, not a donation', () => {
  it('does not read 「ふるさと納税業務」 as donation data', () => {
    const dc = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));
    expect(
      dc('ふるさと納税業務を受託した架空社で、52名分のメールアドレスが誤って表示される状態となりました。'),
    ).toEqual(new Set(['Email addresses']));
    expect(dc('流出した情報:氏名、ふるさと納税の寄附金額')).toContain('Charitable donations');
  });
});
