import { deniedListEn, negatedEn } from './negation.js';

/**
 * English notices of a payment-card breach often never list "card numbers": they say whose cards
 * were used where ("customers who made purchases using a credit card", "credit and debit cards used
 * at the front desk", "unauthorized charges on payment cards after they were used at our hotel").
 * Such a sentence names the cards as the data involved, with no verb of taking around it.
 */

// A card by kind ("credit or debit card", "payment cards") or by brand ("American Express Card").
const CARD = String.raw`(?:(?:credit|debit|payment)(?:\s*(?:and|or|/)\s*(?:credit|debit))?|visa|master\s?card|american\s+express|amex|discover)\s+cards?\b`;

const CARD_USE = new RegExp(
  [
    // "…using a credit card", "used their credit or debit cards", "swiped their cards"
    String.raw`\b(?:used|using|use|uses|swiped|paid\s+with|paying\s+with)\s+(?:a|an|their|your|his|her|the|new|same)\s+(?:new\s+)?${CARD}`,
    // "credit and debit cards used at", "debit cards which had previously been used"
    String.raw`\b${CARD}\s+(?:(?:that|which)\s+)?(?:(?:were|was|had|have|has)\s+(?:been\s+)?)?(?:previously\s+|legitimately\s+|recently\s+)?used\s+(?:at|on|in|to|for|by|with|during)\b`,
    // "fraudulent charges seen on payment cards after a stay": a pattern over many
    // cards (one customer's "fraudulent activity on their credit card" is the report, not the data).
    String.raw`\b(?:charges|purchases|activity|transactions)\s+(?:\w+\s+){0,2}on\s+(?:(?:their|your|some|certain|the|customer|customers['’]?)\s+)?${CARD.replace(String.raw`cards?\b`, String.raw`cards\b`)}`,
    // "made a credit card purchase", "made payment card purchases"
    String.raw`\bmade\s+(?:a\s+)?${CARD.replace(String.raw`cards?\b`, 'card')}\s+purchases?\b`,
  ].join('|'),
  'i',
);

/** Where a sentence says whose cards were used, unless its clause denies it: [start, end] or null. */
export function cardUseEn(sentence: string): [number, number] | null {
  if (!/card/i.test(sentence)) return null;
  const m = CARD_USE.exec(sentence);
  if (m === null) return null;
  const at = m.index;
  const end = at + m[0].length;
  if (negatedEn(sentence, at, end) || deniedListEn(sentence, at)) return null;
  return [at, end];
}
