import { defineMessages } from '../http/i18n.js';

/** Text of the watchlist pages and alert mails, in both languages. */
export const watchText = defineMessages({
  ja: {
    watch_title: '事案の通知を受け取る',
    watch_lead:
      '使っているサービスや、気になるデータの種類 (パスワード、クレジットカード番号など) をフォローすると、該当する事案を Atom フィードで受け取れます。アカウントは不要です。',
    watch_services: 'サービス (1行に1つ、名前または ID)',
    watch_services_hint: '例: サンプル通販',
    watch_data_classes: 'データの種類 (複数選択可)',
    watch_email: 'メールで通知 (任意)',
    watch_email_hint:
      '確認メールのリンクを開くまで通知は届きません。送信のためにアドレスを保存します。配信停止するとアドレスを削除します。',
    watch_email_unavailable: 'このサーバーではメール通知は設定されていません。',
    watch_webhook: 'Webhook で通知 (任意、https URL)',
    watch_webhook_hint: '署名付き JSON を POST します (X-Leakwatch-Signature: sha256=HMAC)。',
    watch_submit: 'フォローする',
    watch_created: 'フォローを作成しました',
    watch_feed:
      'この URL があなたのフィードです。他人に知られるとフォロー内容が見えるので、秘密にしてください (再表示はできません):',
    watch_email_sent: '{address} に確認メールを送りました。リンクを開くと通知が始まります。',
    watch_email_failed: '確認メールを送れませんでした。後でもう一度作成してください。',
    watch_webhook_secret: 'Webhook の署名鍵 (この画面でしか表示しません):',
    watch_unknown_services: '見つからないサービス: {names}',
    watch_following: 'フォロー中: {targets}',
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
    watch_title: 'Get told about incidents',
    watch_lead:
      'Follow the services you use, or kinds of data you care about (passwords, card numbers …), and get the matching incidents in an Atom feed. No account needed.',
    watch_services: 'Services (one per line, name or id)',
    watch_services_hint: 'e.g. Widget Store',
    watch_data_classes: 'Data classes (choose any)',
    watch_email: 'Alerts by email (optional)',
    watch_email_hint:
      'Nothing is sent until you open the link in the confirmation mail. The address is stored to send alerts, and deleted when you unsubscribe.',
    watch_email_unavailable: 'Email alerts are not set up on this server.',
    watch_webhook: 'Alerts by webhook (optional, https URL)',
    watch_webhook_hint: 'Signed JSON is POSTed (X-Leakwatch-Signature: sha256=HMAC).',
    watch_submit: 'Follow',
    watch_created: 'Watchlist created',
    watch_feed:
      'This URL is your feed. Keep it secret — anyone with it can see what you follow. It cannot be shown again:',
    watch_email_sent: 'A confirmation mail was sent to {address}. Alerts start once you open its link.',
    watch_email_failed: 'The confirmation mail could not be sent. Please try again later.',
    watch_webhook_secret: 'Webhook signing secret (shown only on this page):',
    watch_unknown_services: 'Services not found: {names}',
    watch_following: 'Following: {targets}',
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
