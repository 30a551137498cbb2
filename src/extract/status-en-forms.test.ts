import { describe, expect, it } from 'vitest';
import { splitSentences } from './segment.js';
import { extractLeakStatus } from './status.js';
import { modelLeakStatus } from './status-model.js';
import { sents } from './testing/helpers.js';
import type { Cause } from './types.js';

// Fictional notices, written for these tests (branch h/enstatus7).
const status = (t: string, causes: Cause[] = []) => extractLeakStatus(sents(t), causes)?.value ?? null;

describe('extractLeakStatus (English clause forms, session enstatus7)', () => {
  it('reads "no data was lost" as not_found', () => {
    expect(
      status('The trust was hit by malware on 3 March. Our team contained it and no data was lost.'),
    ).toBe('not_found');
  });
  it('a server taken offline is the organisation’s step, not an act on data', () => {
    const t =
      'Our booking site was attacked in June. The server was taken offline at once. We cannot say for certain whether any member records were viewed.';
    expect(status(t)).toBe('possible');
    expect(status('Once we noticed the fault, the portal was taken down for repairs.')).toBeNull();
  });
  it('"not able to say whether" hedges the act, but not when it is about other data', () => {
    expect(status('The college is unable to say with certainty if student files were copied.')).toBe(
      'possible',
    );
    const t =
      'Documents stolen from the depot in the raid have since been posted online by the gang. The firm said it was not able to say whether other documents had been stolen.';
    expect(status(t)).toBe('confirmed');
  });
  it('"likely to have copied" is a hedge', () => {
    expect(status('We now think the intruders are likely to have copied some subscriber data.')).toBe(
      'possible',
    );
    // "appear to have been" is also how letters report what an inquiry confirmed: left to the other rules.
    expect(
      status('Our review confirmed that guest card numbers appear to have been acquired by a thief.'),
    ).toBe('confirmed');
  });
  it('an employee who accessed records without a reason took data; a later "may have been" lists items', () => {
    const t =
      'An audit found that a hospital employee accessed the charts of forty patients without a work reason. Which details did this involve? The information that may have been viewed by the employee included names and test results.';
    expect(status(t)).toBe('confirmed');
  });
  it('a not-found finding turned by "; however, it was possible" is possible', () => {
    expect(
      status(
        'We found no indication that any personally identifiable employee data was viewed by an outsider; however, it could have happened during that hour.',
      ),
    ).toBe('possible');
    expect(
      status(
        'We have no indication that any member data was viewed by the intruder, but we have closed the portal while we check it.',
      ),
    ).toBe('not_found');
  });
  it('"what, if any, data may have been affected" is a question, not a hedge', () => {
    expect(
      status('Residents have asked what, if any, personal data may have been affected by the outage.'),
    ).toBeNull();
  });
});

describe('modelLeakStatus on an inquiry still open', () => {
  it('gives no status when the notice will write only if its review finds the data was reached', () => {
    const t =
      'Update on the network incident. Our review remains at an early stage; people have asked us about their data. We will write to you if our analysis shows that your details were involved.';
    expect(status(t)).toBeNull();
    expect(modelLeakStatus(t, splitSentences(t), 'en')).toBeNull();
  });
});
