import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { notIncidentDataJa } from './data-not-incident.js';
import { sents } from './testing/helpers.js';

const classes = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));

describe('credentials the attacker used', () => {
  it('skips passwords and addresses used to log in (credential stuffing)', () => {
    expect(
      classes(
        '当店の通販サイトにおいて、他のサービスから流出したとみられるメールアドレスとパスワードを用いた不正ログインが確認され、一部会員の氏名と住所が閲覧された可能性があります。',
      ),
    ).toEqual(new Set(['Names', 'Physical addresses']));
    expect(
      classes(
        '不正な手段で利用者のID・パスワードを入手した攻撃者が、それを用いてログインし、登録情報が見られた恐れがあります。',
      ),
    ).toEqual(new Set());
    expect(
      classes('会員のIDとパスワードを入手した者による不正ログインが3件確認され、登録情報が閲覧されました。'),
    ).toEqual(new Set());
  });

  it('skips the account of the organisation’s own server', () => {
    expect(
      classes('委託先サーバーへの保守接続用のアカウントとパスワードが外部に流出していたことが原因です。'),
    ).toEqual(new Set());
  });

  it('still reads leaked passwords', () => {
    expect(classes('流出した情報は、会員のメールアドレスとパスワードです。')).toEqual(
      new Set(['Email addresses', 'Passwords']),
    );
  });
});

describe('the incident’s own things', () => {
  it('skips the password protecting a file', () => {
    expect(classes('名簿ファイル(パスワードあり)を添付したメールが外部に流出した可能性があります。')).toEqual(
      new Set(),
    );
    expect(
      classes('ファイルには氏名が含まれ、そのパスワードも同じ画面に記載されていたため閲覧できる状態でした。'),
    ).toEqual(new Set(['Names']));
  });

  it('skips the serial number of the lost medium itself', () => {
    expect(
      classes(
        '譲渡したハードディスク2台のシリアル番号から、記録されていたデータが当町のものと判明しました。',
      ),
    ).toEqual(new Set());
  });

  it('skips the term a footnote explains, not the fields it lists', () => {
    const note = '(*2)IPアドレス:ネットワーク上の機器に割り当てられる番号で、通信に用いられる。';
    expect(notIncidentDataJa('IP addresses', note, note.indexOf('IP'), note.indexOf('IP') + 6)).toBe(true);
    expect(classes(`流出したデータには接続記録が含まれます。\n${note}`)).toEqual(new Set());
    expect(
      classes('流出した書類は受付票です。\n※ 受付票とは、申込者の氏名、生年月日、住所が記載された書類です。'),
    ).toEqual(new Set(['Names', 'Dates of birth', 'Physical addresses']));
  });
});

describe('where a message went', () => {
  it('skips the address or number a message was sent to', () => {
    expect(
      classes(
        '事務員が取引先の担当者のメールアドレスに送信すべきところ、別の宛先へ生徒の氏名を記載した表を誤って送信しました。',
      ),
    ).toEqual(new Set(['Names']));
    expect(classes('誤ったFAX番号を記載したため、申請者の氏名が記載された書類を誤送信しました。')).toEqual(
      new Set(['Names']),
    );
  });

  it('skips the attacker’s address the investigation identified', () => {
    expect(
      classes('名簿データが閲覧されたことを確認しましたが、閲覧した者のIPアドレスは特定されています。'),
    ).toEqual(new Set());
  });
});

describe('data the notice says was not leaked', () => {
  it('withdraws a class a later sentence denies', () => {
    expect(
      classes(
        '流出した可能性のある情報は「氏名」「カード情報の一部」です。なお「カード情報」は架空協会の手続きでは入力を求めていないため、本件で流出した情報には含まれません。',
      ),
    ).toEqual(new Set(['Names']));
  });

  it('skips a topic whose leak the sentence denies past a clause break', () => {
    expect(
      classes(
        '流出した情報は氏名です。なお、カード番号や画像データについては暗号化して別のサーバで保管しており、今のところ流出は確認されていません。',
      ),
    ).toEqual(new Set(['Names']));
    expect(
      classes(
        '漏えいした情報は氏名です。カード情報は暗号化して別システムで管理しているため、流出していない。',
      ),
    ).toEqual(new Set(['Names']));
  });

  it('keeps data that leaked but has not been misused', () => {
    expect(classes('氏名と住所については流出しましたが、現時点で不正利用は確認されていません。')).toEqual(
      new Set(['Names', 'Physical addresses']),
    );
  });
});

describe('a data word that modifies something else', () => {
  it('skips a system or its management named after the data', () => {
    expect(classes('地域の医療情報連携システムで、利用者の氏名が閲覧できる状態でした。')).toEqual(
      new Set(['Names']),
    );
    expect(classes('個人情報の流出を重く受け止め、医療情報管理の取扱いについて職員に周知しました。')).toEqual(
      new Set(),
    );
  });

  it('reads the kind of income and an insured person as no field', () => {
    expect(classes('流出した情報は氏名、所得の種類(事業・農業)です。')).toEqual(new Set(['Names']));
    expect(classes('被保険者が亡くなられた際の通知文書を誤送付し、遺族の氏名が漏えいしました。')).toEqual(
      new Set(['Names']),
    );
  });

  it('skips a mail that carried or showed something else', () => {
    expect(classes('そのメール本文中に名簿のURLが記載されていたため、名簿が閲覧できる状態でした。')).toEqual(
      new Set(),
    );
    expect(classes('メールの内容を確認した受信者から連絡があり、漏えいが判明しました。')).toEqual(new Set());
    expect(classes('流出した情報は、送受信メールの本文と添付ファイルです。')).toEqual(
      new Set(['Email messages']),
    );
  });
});

describe('records the investigation examined', () => {
  it('skips a log that was analysed, not leaked', () => {
    expect(
      classes(
        '予約ページの利用履歴を詳しく分析したところ、登録情報が閲覧された可能性のある利用者が判明しました。',
      ),
    ).toEqual(new Set());
    expect(classes('流出した情報は、氏名と購入履歴です。')).toEqual(new Set(['Names', 'Purchases']));
  });
});

describe('a patient number', () => {
  it('does not read a bare ID among patient data as a login name', () => {
    expect(classes('紛失した一覧には患者氏名、ID、病名が記載されていました。')).toEqual(
      new Set(['Names', 'Personal health data']),
    );
    expect(classes('流出した情報は、会員の氏名、ID、パスワードです。')).toContain('Usernames');
  });
});

describe('readers named by the data they gave', () => {
  it('does not take the address of the readers a report went to as leaked data', () => {
    const t =
      '現在まで会員情報が漏えいした形跡は見つかっておりません。\nなお本件は、メールアドレスをご提供いただいている方々に向けて、電子メールでも順次ご案内しております。';
    expect(classes(t)).toEqual(new Set());
  });

  it('still takes an address that was registered and then exposed', () => {
    const t =
      '外部からの不正アクセスで、会員様がご登録のメールアドレスおよび氏名が外部に流出したおそれがあります。';
    expect(classes(t)).toEqual(new Set(['Email addresses', 'Names']));
  });
});

describe('what a mis-sent mail carried', () => {
  it('takes a surname written in the body as a name, not the mail as leaked messages', () => {
    const t =
      '講座の連絡を誤って全員に一斉送信しました。加えてメールの本文には受講者3名の姓が書かれていました。';
    expect(classes(t)).toEqual(new Set(['Names']));
  });

  it('still reads mail read by an intruder as messages', () => {
    expect(classes('外部の者にメールの本文が閲覧されたおそれがあります。')).toContain('Email messages');
  });

  it('does not read a surname without a data context', () => {
    expect(classes('旧姓でのお問い合わせも受け付けております。')).toEqual(new Set());
  });
});
