import { describe, expect, it } from 'vitest';
import { cardUseEn } from './card-use-en.js';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

const classes = (t: string) => extractDataClasses(sents(t), 'en').map((f) => f.value);

describe('cardUseEn: whose cards were used where', () => {
  it('reads cards used by the customers of a breached shop', () => {
    expect(
      cardUseEn('We are writing to customers who paid using a credit card on our site in May.'),
    ).not.toBeNull();
    expect(
      cardUseEn('Guests who used their credit or debit cards at the bar may be affected.'),
    ).not.toBeNull();
    expect(
      cardUseEn('The attack was aimed at credit and debit cards used at the front desk.'),
    ).not.toBeNull();
    expect(
      cardUseEn('Several guests saw unauthorized charges appearing on their payment cards after a stay.'),
    ).not.toBeNull();
    expect(cardUseEn('You made a payment card purchase at the Harbor Street kiosk.')).not.toBeNull();
  });
  it('does not read a denied use, one customer report, or card networks as cards involved', () => {
    expect(cardUseEn('Customers who did not use a credit card are not affected.')).toBeNull();
    expect(cardUseEn('A shopper reported fraudulent activity on their credit card last week.')).toBeNull();
    expect(cardUseEn('We notified the payment card networks and law enforcement.')).toBeNull();
    expect(cardUseEn('The breach did not affect anyone.')).toBeNull();
  });
});

describe('extractDataClasses: card breaches told by the cards used', () => {
  it('adds Credit cards for a sentence with no verb of taking', () => {
    expect(
      classes(
        'Out of caution, Sample Outfitters writes to all shoppers who used a credit card in its web shop in 2021.',
      ),
    ).toContain('Credit cards');
  });
  it('skips an instruction that only mentions a card', () => {
    expect(classes('Please review statements for any credit card you used at the store.')).not.toContain(
      'Credit cards',
    );
  });
  it('reads the card processing system, cardholder data and "payment card and other data" in a data sentence', () => {
    expect(
      classes('Someone may have accessed the payment card processing system of the Sample Cafe.'),
    ).toContain('Credit cards');
    expect(classes('The intruder may have acquired cardholder data from the kiosks.')).toContain(
      'Credit cards',
    );
    expect(classes('Payment card and other reservation data held by the vendor was viewed.')).toContain(
      'Credit cards',
    );
  });
});
