import { DATA_CLASS_JA } from '../extract/data-class-labels.js';
import type { DataClass } from '../extract/vocab.js';
import type { Lang } from './i18n.js';

/** The icons in /static/icons.svg (one <symbol id="i-…"> each). */
export type IconName =
  | 'envelope'
  | 'key'
  | 'card'
  | 'phone'
  | 'house'
  | 'person'
  | 'id'
  | 'calendar'
  | 'device'
  | 'cart'
  | 'health'
  | 'bank'
  | 'chat'
  | 'doc';

/**
 * What a leaked data class means for a person, highest first. Drives the order of advice on the
 * exposure page: a leaked card number or government ID needs action today; a nickname does not.
 */
export type Severity = 4 | 3 | 2 | 1;

interface ClassInfo {
  ja: string;
  icon: IconName;
  severity: Severity;
}

/**
 * Japanese labels and icons for the data classes Japanese notices use most (HIBP's English names
 * are the labels in English). Classes not listed here fall back to the HIBP name, a generic icon and
 * low severity.
 */
const INFO: Partial<Record<DataClass, ClassInfo>> = {
  'Email addresses': { ja: 'メールアドレス', icon: 'envelope', severity: 2 },
  'Recovery email addresses': { ja: '予備のメールアドレス', icon: 'envelope', severity: 2 },
  Passwords: { ja: 'パスワード', icon: 'key', severity: 4 },
  'Historical passwords': { ja: '過去のパスワード', icon: 'key', severity: 3 },
  'Password hints': { ja: 'パスワードのヒント', icon: 'key', severity: 3 },
  'Security questions and answers': { ja: '秘密の質問と答え', icon: 'key', severity: 4 },
  PINs: { ja: '暗証番号', icon: 'key', severity: 4 },
  'Auth tokens': { ja: '認証トークン', icon: 'key', severity: 3 },
  Usernames: { ja: 'ユーザーID', icon: 'person', severity: 2 },
  'Credit cards': { ja: 'クレジットカード番号', icon: 'card', severity: 4 },
  'Credit card CVV': { ja: 'セキュリティコード', icon: 'card', severity: 4 },
  'Partial credit card data': { ja: 'カード番号の一部・有効期限', icon: 'card', severity: 3 },
  'Payment methods': { ja: '支払方法', icon: 'card', severity: 2 },
  'Payment histories': { ja: '支払履歴', icon: 'card', severity: 2 },
  'Bank account numbers': { ja: '銀行口座番号', icon: 'bank', severity: 4 },
  'Financial transactions': { ja: '取引履歴', icon: 'bank', severity: 2 },
  'Account balances': { ja: '口座残高', icon: 'bank', severity: 2 },
  'Phone numbers': { ja: '電話番号', icon: 'phone', severity: 2 },
  'Partial phone numbers': { ja: '電話番号の一部', icon: 'phone', severity: 1 },
  'Physical addresses': { ja: '住所', icon: 'house', severity: 2 },
  Names: { ja: '氏名', icon: 'person', severity: 2 },
  Nicknames: { ja: 'ニックネーム', icon: 'person', severity: 1 },
  Genders: { ja: '性別', icon: 'person', severity: 1 },
  Ages: { ja: '年齢', icon: 'person', severity: 1 },
  'Dates of birth': { ja: '生年月日', icon: 'calendar', severity: 2 },
  'Partial dates of birth': { ja: '生年月日の一部', icon: 'calendar', severity: 1 },
  'Government issued IDs': { ja: 'マイナンバー・公的身分証', icon: 'id', severity: 4 },
  'Passport numbers': { ja: '旅券番号', icon: 'id', severity: 4 },
  "Driver's licenses": { ja: '運転免許証', icon: 'id', severity: 4 },
  'Social security numbers': { ja: '社会保障番号', icon: 'id', severity: 4 },
  'Health insurance information': { ja: '健康保険の情報', icon: 'health', severity: 3 },
  'Personal health data': { ja: '健康・医療の情報', icon: 'health', severity: 3 },
  'Biometric data': { ja: '生体情報', icon: 'health', severity: 4 },
  Purchases: { ja: '購入・注文履歴', icon: 'cart', severity: 1 },
  'Purchasing habits': { ja: '購買傾向', icon: 'cart', severity: 1 },
  'Loyalty program details': { ja: 'ポイント会員情報', icon: 'cart', severity: 1 },
  'Reward program balances': { ja: 'ポイント残高', icon: 'cart', severity: 1 },
  'Company names': { ja: '会社名', icon: 'doc', severity: 1 },
  'Job titles': { ja: '役職', icon: 'doc', severity: 1 },
  Employers: { ja: '勤務先', icon: 'doc', severity: 1 },
  Occupations: { ja: '職業', icon: 'doc', severity: 1 },
  'IP addresses': { ja: 'IPアドレス', icon: 'device', severity: 1 },
  'Device information': { ja: '端末情報', icon: 'device', severity: 1 },
  'Login histories': { ja: 'ログイン履歴', icon: 'device', severity: 1 },
  'Website activity': { ja: 'サイト利用履歴', icon: 'device', severity: 1 },
  'Browsing histories': { ja: '閲覧履歴', icon: 'device', severity: 1 },
  Photos: { ja: '写真', icon: 'person', severity: 2 },
  'Profile photos': { ja: 'プロフィール写真', icon: 'person', severity: 1 },
  'Private messages': { ja: 'メッセージ', icon: 'chat', severity: 2 },
  'Email messages': { ja: 'メール本文', icon: 'chat', severity: 2 },
  'Chat logs': { ja: 'チャット履歴', icon: 'chat', severity: 2 },
  'SMS messages': { ja: 'SMS', icon: 'chat', severity: 2 },
  'Support tickets': { ja: '問い合わせ内容', icon: 'chat', severity: 1 },
  'Family structure': { ja: '家族構成', icon: 'person', severity: 1 },
  "Family members' names": { ja: '家族の氏名', icon: 'person', severity: 2 },
  'Job applications': { ja: '応募書類', icon: 'doc', severity: 2 },
  'Education levels': { ja: '学歴', icon: 'doc', severity: 1 },
  'Income levels': { ja: '収入', icon: 'bank', severity: 2 },
  'Taxation records': { ja: '納税記録', icon: 'bank', severity: 3 },
  'Loan information': { ja: 'ローン情報', icon: 'bank', severity: 3 },
  'Vehicle details': { ja: '車両情報', icon: 'doc', severity: 1 },
  'Licence plates': { ja: 'ナンバープレート', icon: 'doc', severity: 1 },
  'Geographic locations': { ja: '位置情報', icon: 'house', severity: 2 },
};

/** Label of a data class in the page language. @example dataClassLabel('Passwords','ja') // 'パスワード' */
export function dataClassLabel(dc: DataClass, lang: Lang): string {
  return lang === 'ja' ? (INFO[dc]?.ja ?? DATA_CLASS_JA[dc] ?? dc) : dc;
}

export function dataClassIcon(dc: DataClass): IconName {
  return INFO[dc]?.icon ?? 'doc';
}

export function dataClassSeverity(dc: DataClass): Severity {
  return INFO[dc]?.severity ?? 1;
}

/** Sorts data classes most severe first, then by label, without changing the input. */
export function bySeverity(classes: readonly DataClass[]): DataClass[] {
  return [...classes].sort((a, b) => dataClassSeverity(b) - dataClassSeverity(a) || a.localeCompare(b));
}
