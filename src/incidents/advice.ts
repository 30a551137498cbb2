import type { DataClass, LeakStatus } from '../extract/types.js';

/**
 * What a person whose data leaked should do, by data class: the one engine behind the exposure
 * page's to-do list and each incident page's "what to do" section. Pure; the sentences live in the
 * site's message catalogue under the same keys.
 */
export type AdviceKey =
  | 'advice_card'
  | 'advice_password'
  | 'advice_security_question'
  | 'advice_government_id'
  | 'advice_bank'
  | 'advice_phishing'
  | 'advice_postal'
  | 'advice_low';

/** Advice and the data classes that call for it, most urgent first. */
export const ADVICE_CLASSES: readonly (readonly [AdviceKey, readonly DataClass[]])[] = [
  ['advice_card', ['Credit cards', 'Credit card CVV', 'Partial credit card data']],
  ['advice_password', ['Passwords', 'Historical passwords', 'PINs', 'Password hints', 'Auth tokens']],
  ['advice_security_question', ['Security questions and answers']],
  [
    'advice_government_id',
    ['Government issued IDs', 'Passport numbers', "Driver's licenses", 'Social security numbers'],
  ],
  ['advice_bank', ['Bank account numbers', 'Financial transactions', 'Loan information']],
  ['advice_phishing', ['Email addresses', 'Phone numbers', 'Recovery email addresses', 'SMS messages']],
  ['advice_postal', ['Physical addresses']],
];

/**
 * The advice that applies to these data classes, most urgent first; `advice_low` alone when classes
 * are known but none calls for a step. Empty when no class is known.
 *
 * @example adviceKeysFor(['Email addresses', 'Passwords']) // ['advice_password', 'advice_phishing']
 */
export function adviceKeysFor(classes: Iterable<DataClass>): AdviceKey[] {
  const have = new Set(classes);
  if (have.size === 0) return [];
  const out = ADVICE_CLASSES.filter(([, dcs]) => dcs.some((dc) => have.has(dc))).map(([key]) => key);
  return out.length > 0 ? out : ['advice_low'];
}

/** How sure the advice is, from the incident's leak status: it frames the list's first line. */
export type AdviceCertainty = 'confirmed' | 'possible' | 'not_found' | 'unknown';

export interface IncidentAdvice {
  certainty: AdviceCertainty;
  /** Empty when the notice names no data class: the page then gives general advice. */
  steps: AdviceKey[];
}

/**
 * An incident's advice: the steps for what leaked, framed by whether the leak is confirmed.
 *
 * @example incidentAdvice({ data_classes: ['Passwords'], leak_status: 'possible' })
 * // { certainty: 'possible', steps: ['advice_password'] }
 */
export function incidentAdvice(d: {
  data_classes: readonly DataClass[];
  leak_status: LeakStatus | null;
}): IncidentAdvice {
  return { certainty: d.leak_status ?? 'unknown', steps: adviceKeysFor(d.data_classes) };
}
