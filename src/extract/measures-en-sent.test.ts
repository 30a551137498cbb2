import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

const measures = (t: string) => extractMeasures(sents(t)).map((f) => f.value);

describe('extractMeasures (English): the people told, read from the clause that tells it', () => {
  it('reads the people as the subject of a passive "were sent" with any means', () => {
    for (const t of [
      'All 212 members of the angling club were sent communication about the lost folder.',
      'The affected residents were sent a written notification by first class post.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('reads the notices themselves as the subject, or named in a relative clause', () => {
    for (const t of [
      'Notifications to the 75 current and former volunteers affected by the error were mailed on Friday.',
      'Letters to all of the parents concerned have been sent this week.',
      'The letter that Larkfield Dental has sent to affected patients explains how to order a credit report.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('reads a present-tense notice and "everyone that was affected" in any tense', () => {
    for (const t of [
      'Orchard Vale Surgery notifies approximately 640 patients of a breach involving a stolen diary.',
      'We have contacted everyone that was affected to apologise personally.',
      'The society is contacting everybody who was impacted by the mistake.',
    ])
      expect(measures(t), t).toContain('individual_notification');
  });
  it('does not read a notice from an intruder, a promise on a condition, or advice', () => {
    for (const t of [
      'Notifications to our customers were sent by the attackers posing as our help desk.',
      'If the review finds sensitive data, notifications to the affected residents will be sent.',
      'You may wish to tell everyone that was affected in your household.',
    ])
      expect(measures(t), t).not.toContain('individual_notification');
  });
  it('reads staff put through training by who undergoes it', () => {
    for (const t of [
      'As of today all of our staff are undergoing refreshed data protection training.',
      'The employees involved have received further guidance and training on handling records.',
    ])
      expect(measures(t), t).toContain('staff_training');
    expect(measures('You should complete the training your employer offers.')).not.toContain(
      'staff_training',
    );
  });
});
