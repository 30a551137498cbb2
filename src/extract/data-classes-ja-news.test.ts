import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

// Fictional sentences of the kind news reports and short notices use (branch h/ja3).
const classes = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));

describe('data words news reports use (Japanese)', () => {
  it('reads 「携帯電話の番号」 as a phone number', () => {
    expect(classes('漏れた情報は、会員の氏名や住所、携帯電話の番号など。').has('Phone numbers')).toBe(true);
  });
  it('reads a staff file’s résumé as no job application', () => {
    expect(
      classes('紛失した書類には、職員2名分の履歴書と資格証の写しが含まれていました。').has(
        'Job applications',
      ),
    ).toBe(false);
  });
  it('reads résumés and CVs as job applications', () => {
    expect(
      classes('応募者の履歴書および職務経歴書が閲覧可能な状態になっていました。').has('Job applications'),
    ).toBe(true);
  });
  it('reads a photo printed in a lost newsletter', () => {
    expect(
      classes('紛失したUSBメモリには、児童写真が掲載された学級だよりが保存されていた。').has('Photos'),
    ).toBe(true);
  });
  it('reads mail that was read without leave as email messages', () => {
    const c = classes('第三者により、個人情報を含む電子メールが不正に閲覧されたことが判明しました。');
    expect(c.has('Email messages')).toBe(true);
    expect(classes('不正に閲覧されたメールには取引先の情報が含まれていました。').has('Email messages')).toBe(
      true,
    );
    expect(classes('不正に閲覧されたメールアドレスは120件です。').has('Email messages')).toBe(false);
  });
});

describe('credentials that are not the leaked data (Japanese)', () => {
  it('takes no ID or password a member of staff typed into a phishing site', () => {
    const c = classes(
      '職員は偽のログインページだと気づかず、IDとパスワードを入力したため、メールボックスが閲覧された。',
    );
    expect(c.has('Passwords')).toBe(false);
    expect(c.has('Usernames')).toBe(false);
    expect(
      classes(
        '講師が偽のログイン画面と気づかず、自分のパスワードなどを入力したため、受信箱の中身が外部に流出した。',
      ).has('Passwords'),
    ).toBe(false);
  });
  it('still reads passwords taken from the service', () => {
    expect(classes('会員のIDとパスワードが流出した可能性があります。').has('Passwords')).toBe(true);
  });
  it('takes no password an explanation of the attack names', () => {
    expect(
      classes(
        'よそで漏れたIDとパスワードの組み合わせのリストで、ほかのサイトに次々とログインを試みる攻撃です。',
      ).has('Passwords'),
    ).toBe(false);
  });
  it('takes no address mail was sent from', () => {
    expect(
      classes('その後、職員のメールアドレスから大量の迷惑メールが送信され、個人情報の流出が判明した。').has(
        'Email addresses',
      ),
    ).toBe(false);
  });
});

describe('names that are not leaked (Japanese)', () => {
  it('takes no name only guessed from a leaked address', () => {
    const c = classes('宛先の設定を誤り42件のメールアドレスが漏れ、うち数件は氏名が判別できる綴りでした。');
    expect(c.has('Names')).toBe(false);
    expect(c.has('Email addresses')).toBe(true);
  });
  it('takes no Latin data word inside a company’s name', () => {
    expect(
      classes('株式会社Geolocation Works 採用担当のフォルダが外部から見られる状態でした。').has(
        'Geographic locations',
      ),
    ).toBe(false);
  });
});
