import { defineMessages } from '../../http/i18n.js';

/** The incident page's own text (advice, sources, quotes, contact desks), JA/EN. */
export const incidentText = defineMessages({
  ja: {
    advice_heading: 'あなたがすべきこと',
    advice_confirmed: '情報の流出が確認されています。対象の方は、次のことをしてください。',
    advice_possible: '流出の可能性が公表されています。対象かもしれない方は、念のため次のことをしてください。',
    advice_not_found: '流出は確認されていないと公表されています。念のため、次の点に気をつけてください。',
    advice_unknown: '流出の状況は公表されていません。対象かもしれない方は、次のことをしてください。',
    advice_general:
      '漏れた情報の種類は公表されていません。組織からの連絡を確認し、身に覚えのない連絡や請求に注意してください。',
    advice_org_desk:
      '自分が対象かどうか、何が漏れたかは、お知らせで案内されている問い合わせ窓口で確かめられます。',
    advice_org_desk_link: '問い合わせ窓口へ',
    advice_exposure: '利用している他のサービスもまとめて確認する',
    help_heading_japan: '日本の相談窓口',
    help_188: '消費者ホットライン 188(いやや): 身に覚えのない請求や、事案に便乗した詐欺の相談に。',
    help_9110: '警察相談専用電話 #9110: なりすましや脅しなど、犯罪の被害が心配なとき。',
    help_card: 'カードの不正利用が心配なとき: カードの裏に書かれたカード会社の電話番号へ。',
    help_heading_elsewhere: '日本以外にお住まいの方',
    companies_heading: '企業・担当者向け: 他の事案との比較',
    companies_note:
      'ここから下は、組織の対応を他の事案と比べるための情報です。他の事案でとられた対策は、この事案の対象者がすべきことではありません。',
    source_label: '出典: ',
    all_from_source: 'この事案の事実はすべて次の出典によるものです(お知らせ本文は未取得): ',
    quote_open: '根拠',
    quote_label: '{field}の根拠(お知らせからの引用)',
    quote_in_notice: 'お知らせ本文で見る',
    contact_other: 'この窓口は{org}自身のものとは確認できません。お知らせで案内されている窓口({who})です。',
    contact_whose: '{org}のお知らせに記載された窓口',
  },
  en: {
    advice_heading: 'What you should do',
    advice_confirmed: 'The leak is confirmed. If you are affected, do the following.',
    advice_possible: 'A possible leak was announced. If you may be affected, do the following to be safe.',
    advice_not_found: 'The organisation says no leak was found. To be safe, watch for the following.',
    advice_unknown:
      'Whether data actually leaked was not announced. If you may be affected, do the following.',
    advice_general:
      'What kind of data leaked was not announced. Read any message from the organisation, and watch for unexpected contact or charges.',
    advice_org_desk:
      'The contact desk named in the notice can tell you whether you are affected and what leaked.',
    advice_org_desk_link: 'Go to the contact desk',
    advice_exposure: 'Check all the services you use at once',
    help_heading_japan: 'Where to get help in Japan',
    help_188: 'Consumer Hotline 188: for unexpected bills and scams that exploit the incident.',
    help_9110: 'Police consultation line #9110: if you fear impersonation, threats or other crime.',
    help_card: 'Card misuse: call the number on the back of your card.',
    help_heading_elsewhere: 'If you live elsewhere',
    companies_heading: 'For companies: comparison with other incidents',
    companies_note:
      "What follows compares the organisation's response with other incidents. Measures taken in other incidents are not steps for the people affected by this one.",
    source_label: 'Source: ',
    all_from_source:
      'Every fact of this incident comes from this source (the notice text has not been fetched): ',
    quote_open: 'Quote',
    quote_label: '{field}: quote from the notice',
    quote_in_notice: 'See it in the notice',
    contact_other: "This desk could not be confirmed as {org}'s own: the notice refers readers to {who}.",
    contact_whose: "Desk named in {org}'s notice",
  },
});
