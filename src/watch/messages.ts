import { defineMessages } from '../http/i18n.js';

/** Text of the watchlist pages and alert mails, in both languages. */
export const watchText = defineMessages({
  ja: {
    watch_title: '使っているサービスの漏えいをメールで知らせる',
    watch_lead:
      '使っているサービスや会社を登録しておくと、そこで個人情報の漏えいなどが公表されたとき、または続報が出たときにメールでお知らせします。アカウント登録は不要で、いつでもワンクリックで止められます。',
    watch_services: '使っているサービス・会社',
    watch_services_help:
      '名前の一部を入力すると、サービスと会社・団体の候補が出ます (かな・ローマ字・英語表記でも探せます)。会社・団体を選ぶと、その事案すべてが対象になります。サービスが記録にない会社も登録できます。',
    watch_service_n: 'サービス・会社 {n}',
    watch_services_hint: '例: サンプルモール',
    watch_suggest_service: 'サービス',
    watch_suggest_organization: '会社・団体',
    watch_email: 'お知らせを受け取るメールアドレス',
    watch_email_hint:
      '最初に確認メールが届きます。その中のリンクを開くまでお知らせは送りません。アドレスはお知らせを送るためだけに保存し、配信を止めると削除します。',
    watch_email_unavailable:
      'このサーバーではメールのお知らせを使えません。下の「その他の受け取り方」から、フィードを選んでください。',
    watch_data_classes: '漏れた情報の種類でも知らせる (任意)',
    watch_data_classes_help:
      'どのサービスかにかかわらず、選んだ種類の情報が漏れた事案をすべてお知らせします。件数が多くなることがあります。',
    watch_data_classes_more: 'ほかの種類 ({n} 種類)',
    watch_advanced: 'その他の受け取り方 (上級者向け)',
    watch_advanced_help: 'メールの代わりに、または合わせて使えます。',
    watch_feed_option: 'フィードの URL を作る',
    watch_feed_option_help:
      'RSS リーダー (ニュースをまとめて読むアプリ) に登録して読む方法です。作成後に、あなた専用の URL を一度だけ表示します。',
    watch_webhook: 'Webhook の URL (https)',
    watch_webhook_hint:
      '自分のサーバーやチャットツールにお知らせを自動で送る方法です。入力した URL に JSON 形式で送信します。届いた内容が本物かどうかは、作成後に一度だけ表示する鍵で確かめられます (署名は X-Leakwatch-Signature ヘッダー)。',
    watch_submit: 'お知らせを受け取る',
    watch_need_channel:
      'お知らせを送るメールアドレスを入力してください。メールを使わない場合は「その他の受け取り方」でフィードか Webhook を選んでください。',
    watch_need_target:
      '使っているサービスか会社を1つ以上入力してください (または、情報の種類を選んでください)。',
    watch_created: '登録しました',
    watch_feed:
      'RSS リーダーに登録する URL です。この URL を知っている人は、あなたが何を登録したか見られるので、他人に教えないでください (あとから再表示はできません):',
    watch_feed_more: 'フィードで読む場合 (上級者向け)',
    watch_email_sent: '{address} に確認メールを送りました。メールのリンクを開くと、お知らせが始まります。',
    watch_email_failed: '確認メールを送れませんでした。時間をおいて、もう一度登録してください。',
    watch_webhook_secret: 'Webhook の署名を確かめる鍵 (この画面でしか表示しません):',
    watch_unknown_services:
      '次の名前のサービス・会社は記録にありません: {names}。表記を変えるか、候補から選んでください。',
    watch_following: 'お知らせの対象: {targets}',
    watch_feed_title: 'leakwatch: フォロー中の事案',
    confirm_title: 'メール通知の確認',
    confirm_button: '通知を受け取る',
    confirm_done: '確認しました。該当する事案の新着・更新をメールでお知らせします。',
    confirm_invalid: 'このリンクは無効か、すでに使われています。',
    unsub_title: '通知の停止',
    unsub_button: '通知を停止する',
    unsub_done: '通知を停止し、アドレス (または URL) を削除しました。',
    unsub_invalid: 'このリンクは無効です。',
    mail_confirm_subject: '[leakwatch] メール通知の確認',
    mail_confirm_body:
      'leakwatch の事案通知に、このアドレスが登録されました。\n通知を受け取るには次のリンクを開き、ボタンを押してください:\n{url}\n\n心当たりがなければ、このメールは無視してください。通知は届きません。',
    mail_alert_subject_new: '[leakwatch] 新しい事案: {title}',
    mail_alert_subject_changed: '[leakwatch] 事案の更新: {title}',
    mail_alert_body:
      '{title}\n{url}\n\n変更された項目: {changed}\nデータの種類: {classes}\n\n通知の停止 (ワンクリック): {unsubscribe}',
  },
  en: {
    watch_title: 'Get an e-mail when a service you use has a breach',
    watch_lead:
      'Tell us the services and companies you use. When a data breach at one of them is announced, or a notice about it is updated, we send you an e-mail. No account needed; one click stops it.',
    watch_services: 'Services and companies you use',
    watch_services_help:
      'Type part of a name and pick from the suggestions: services, and companies or organisations (Japanese, romaji and English spellings all work). A company covers every incident of it, even one with no service in our records.',
    watch_service_n: 'Service or company {n}',
    watch_services_hint: 'e.g. Sample Mall, Sample Inc.',
    watch_suggest_service: 'service',
    watch_suggest_organization: 'company or organisation',
    watch_email: 'Your e-mail address',
    watch_email_hint:
      'First you get a mail asking you to confirm; nothing else is sent until you open its link. The address is kept only to send these alerts and deleted when you stop them.',
    watch_email_unavailable:
      'E-mail alerts are not available on this server. Choose a feed under “Other ways to get alerts” below.',
    watch_data_classes: 'Also tell me by kind of data leaked (optional)',
    watch_data_classes_help:
      'You will hear about every breach that exposed the kinds you tick, whatever the service. This can be a lot of mail.',
    watch_data_classes_more: 'More kinds ({n})',
    watch_advanced: 'Other ways to get alerts (advanced)',
    watch_advanced_help: 'Instead of e-mail, or as well.',
    watch_feed_option: 'Make a feed URL',
    watch_feed_option_help:
      'For reading in a feed reader (an app that collects news from many sites). After you submit, your private URL is shown once.',
    watch_webhook: 'Webhook URL (https)',
    watch_webhook_hint:
      'Sends each alert automatically to your own server or chat tool, as JSON. Each one is signed, so you can check it really came from us with the key shown once after you submit (the X-Leakwatch-Signature header).',
    watch_submit: 'Send me alerts',
    watch_need_channel:
      'Enter the e-mail address to send alerts to. Without e-mail, choose a feed or a webhook under “Other ways to get alerts”.',
    watch_need_target: 'Enter at least one service or company you use (or tick a kind of data).',
    watch_created: 'You are signed up',
    watch_feed:
      'This is the URL to add to your feed reader. Anyone who has it can see what you follow, so keep it to yourself. It cannot be shown again:',
    watch_feed_more: 'Reading alerts in a feed reader (advanced)',
    watch_email_sent: 'We sent a confirmation mail to {address}. Alerts start once you open its link.',
    watch_email_failed: 'The confirmation mail could not be sent. Please sign up again a little later.',
    watch_webhook_secret: 'Key to check the webhook signatures (shown only on this page):',
    watch_unknown_services:
      'No service or company of this name is in our records: {names}. Try another spelling, or pick from the suggestions.',
    watch_following: 'You will hear about: {targets}',
    watch_feed_title: 'leakwatch: incidents you follow',
    confirm_title: 'Confirm email alerts',
    confirm_button: 'Start alerts',
    confirm_done: 'Confirmed. New and updated incidents you follow will be mailed to you.',
    confirm_invalid: 'This link is not valid, or was used already.',
    unsub_title: 'Stop alerts',
    unsub_button: 'Stop alerts',
    unsub_done: 'Alerts stopped; the address (or URL) was deleted.',
    unsub_invalid: 'This link is not valid.',
    mail_confirm_subject: '[leakwatch] Confirm email alerts',
    mail_confirm_body:
      'This address was entered for leakwatch incident alerts.\nTo receive them, open this link and press the button:\n{url}\n\nIf this was not you, ignore this mail: nothing will be sent.',
    mail_alert_subject_new: '[leakwatch] New incident: {title}',
    mail_alert_subject_changed: '[leakwatch] Incident updated: {title}',
    mail_alert_body:
      '{title}\n{url}\n\nChanged: {changed}\nData classes: {classes}\n\nStop these alerts (one click): {unsubscribe}',
  },
});
