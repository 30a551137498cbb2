import type { DataClass } from '../extract/vocab.js';

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
  icon: IconName;
  severity: Severity;
}

/**
 * Icons and severity of the data classes Japanese notices use most (labels: the one table in
 * src/extract/data-class-labels.ts). Classes not listed here get a generic icon and low severity.
 */
const INFO: Partial<Record<DataClass, ClassInfo>> = {
  'Email addresses': { icon: 'envelope', severity: 2 },
  'Recovery email addresses': { icon: 'envelope', severity: 2 },
  Passwords: { icon: 'key', severity: 4 },
  'Historical passwords': { icon: 'key', severity: 3 },
  'Password hints': { icon: 'key', severity: 3 },
  'Security questions and answers': { icon: 'key', severity: 4 },
  PINs: { icon: 'key', severity: 4 },
  'Auth tokens': { icon: 'key', severity: 3 },
  Usernames: { icon: 'person', severity: 2 },
  'Credit cards': { icon: 'card', severity: 4 },
  'Credit card CVV': { icon: 'card', severity: 4 },
  'Partial credit card data': { icon: 'card', severity: 3 },
  'Payment methods': { icon: 'card', severity: 2 },
  'Payment histories': { icon: 'card', severity: 2 },
  'Bank account numbers': { icon: 'bank', severity: 4 },
  'Financial transactions': { icon: 'bank', severity: 2 },
  'Account balances': { icon: 'bank', severity: 2 },
  'Phone numbers': { icon: 'phone', severity: 2 },
  'Partial phone numbers': { icon: 'phone', severity: 1 },
  'Physical addresses': { icon: 'house', severity: 2 },
  Names: { icon: 'person', severity: 2 },
  Nicknames: { icon: 'person', severity: 1 },
  Genders: { icon: 'person', severity: 1 },
  Ages: { icon: 'person', severity: 1 },
  'Dates of birth': { icon: 'calendar', severity: 2 },
  'Partial dates of birth': { icon: 'calendar', severity: 1 },
  'Government issued IDs': { icon: 'id', severity: 4 },
  'Passport numbers': { icon: 'id', severity: 4 },
  "Driver's licenses": { icon: 'id', severity: 4 },
  'Social security numbers': { icon: 'id', severity: 4 },
  'Health insurance information': { icon: 'health', severity: 3 },
  'Personal health data': { icon: 'health', severity: 3 },
  'Biometric data': { icon: 'health', severity: 4 },
  Purchases: { icon: 'cart', severity: 1 },
  'Purchasing habits': { icon: 'cart', severity: 1 },
  'Loyalty program details': { icon: 'cart', severity: 1 },
  'Reward program balances': { icon: 'cart', severity: 1 },
  'Company names': { icon: 'doc', severity: 1 },
  'Job titles': { icon: 'doc', severity: 1 },
  Employers: { icon: 'doc', severity: 1 },
  Occupations: { icon: 'doc', severity: 1 },
  'IP addresses': { icon: 'device', severity: 1 },
  'Device information': { icon: 'device', severity: 1 },
  'Login histories': { icon: 'device', severity: 1 },
  'Website activity': { icon: 'device', severity: 1 },
  'Browsing histories': { icon: 'device', severity: 1 },
  Photos: { icon: 'person', severity: 2 },
  'Profile photos': { icon: 'person', severity: 1 },
  'Private messages': { icon: 'chat', severity: 2 },
  'Email messages': { icon: 'chat', severity: 2 },
  'Chat logs': { icon: 'chat', severity: 2 },
  'SMS messages': { icon: 'chat', severity: 2 },
  'Support tickets': { icon: 'chat', severity: 1 },
  'Family structure': { icon: 'person', severity: 1 },
  "Family members' names": { icon: 'person', severity: 2 },
  'Job applications': { icon: 'doc', severity: 2 },
  'Education levels': { icon: 'doc', severity: 1 },
  'Income levels': { icon: 'bank', severity: 2 },
  'Taxation records': { icon: 'bank', severity: 3 },
  'Loan information': { icon: 'bank', severity: 3 },
  'Vehicle details': { icon: 'doc', severity: 1 },
  'Licence plates': { icon: 'doc', severity: 1 },
  'Geographic locations': { icon: 'house', severity: 2 },
};

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
