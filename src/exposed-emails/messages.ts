import { defineMessages } from '../http/i18n.js';

/** Text of the /check page and the range API's errors, in both languages. */
export const emailCheckText = defineMessages({
  ja: {
    check_title: 'メールアドレスの確認',
    check_lead:
      'あなたのメールアドレスが、leakwatch が預かっている「影響を受けたアカウントの一覧」に含まれているかを確かめます。アドレスはこのブラウザの外に出ません。',
    check_how_title: 'しくみ',
    check_how_1:
      'ブラウザがアドレスを正規化し (前後の空白を除き、全角を半角にし、すべて小文字に)、SHA-256 でハッシュ化します。',
    check_how_2:
      'サーバーに送るのはハッシュの先頭5文字だけです。同じ5文字で始まるハッシュは多数あり、アドレスは特定できません。',
    check_how_3:
      'サーバーはその範囲のハッシュをすべて、ダミーの行を混ぜて返します。照合はブラウザの中で行います。',
    check_how_4:
      'アドレスもハッシュも、保存や記録はしません。一覧を提供した組織も、アドレスではなくハッシュだけを登録しています。',
    check_label: 'メールアドレス',
    check_button: '確認する',
    check_noscript:
      'この確認には JavaScript が必要です。アドレスをサーバーに送らず、ブラウザの中でハッシュ化して照合するためです。JavaScript を有効にしてください。',
    check_working: '確認しています…',
    check_invalid: 'メールアドレスの形式ではありません (@ がちょうど1つ、空白なし)。',
    check_found: 'このアドレスは、次の事案の影響を受けたアカウントの一覧に含まれています:',
    check_not_found:
      '預かっている一覧には見つかりませんでした。一覧のない事案の影響を受けていないとは限りません。',
    check_error: '確認できませんでした。時間をおいて、もう一度お試しください。',
    check_insecure:
      'このブラウザ (または http 接続) ではハッシュ計算ができないため確認できません。https でアクセスしてください。',
    check_lists_title: '一覧を預かっている事案',
    check_lists_none: 'まだ一覧はありません。',
    check_list_size: '{n}件のハッシュ',
    check_plus_note:
      '「+」付きのアドレス (例: taro+shop@example.jp) は、「+」以降を除いた形でも確認します (先頭5文字をもう1回送ります)。',
    range_bad_prefix: '範囲の指定は16進数ちょうど5文字です / A range prefix is exactly 5 hex characters',
  },
  en: {
    check_title: 'Check an email address',
    check_lead:
      'Find out whether your email address is in one of the lists of affected accounts that leakwatch holds. The address never leaves this browser.',
    check_how_title: 'How it works',
    check_how_1:
      'Your browser normalises the address (trims spaces, turns full-width characters into ASCII, lower-cases it all) and hashes it with SHA-256.',
    check_how_2:
      'Only the first 5 characters of the hash are sent. Many hashes start with the same 5 characters, so the address cannot be told from them.',
    check_how_3:
      'The server answers with every hash in that range, mixed with dummy lines. The match happens in your browser.',
    check_how_4:
      'Neither the address nor its hash is stored or logged. Organisations that provide lists upload hashes too, never addresses.',
    check_label: 'Email address',
    check_button: 'Check',
    check_noscript:
      'Checking needs JavaScript: your address is hashed and matched inside your browser so that it is never sent to the server. Please enable JavaScript.',
    check_working: 'Checking…',
    check_invalid: 'That is not an email address (exactly one @, no spaces).',
    check_found: 'This address is in the list of affected accounts of:',
    check_not_found:
      'Not found in the lists we hold. Incidents without a list here may still have affected you.',
    check_error: 'The check failed. Please try again later.',
    check_insecure:
      'This browser (or a plain http connection) cannot compute the hash, so the check cannot run. Please use https.',
    check_lists_title: 'Incidents we hold a list for',
    check_lists_none: 'No lists yet.',
    check_list_size: '{n} hashes',
    check_plus_note:
      'An address with a "+" (e.g. taro+shop@example.jp) is also checked without the "+" part (one more 5-character prefix is sent).',
    range_bad_prefix: 'A range prefix is exactly 5 hex characters / 範囲の指定は16進数ちょうど5文字です',
  },
});
