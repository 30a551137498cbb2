import { describe, expect, it } from 'vitest';
import { extractLeakStatus } from './status.js';
import { sents } from './testing/helpers.js';

// Fictional news items and notices, written for these tests (branch h/enstatus9).
const status = (t: string) => extractLeakStatus(sents(t))?.value ?? null;

describe('extractLeakStatus (English news: who states the fact)', () => {
  it('keeps a report that an organisation leaked data confirmed beside a quoted "could have"', () => {
    expect(
      status(
        'Lindqvist College has leaked the contact details of about 4,000 pupils through a shared folder. For six weeks any staff member could have opened the folder.',
      ),
    ).toBe('confirmed');
    expect(
      status(
        'The clinic mistakenly released appointment records of 900 patients to a mailing list. "Anyone could have read them," one patient said.',
      ),
    ).toBe('confirmed');
  });
  it('reads a finding that some data was actually copied as confirmed', () => {
    expect(
      status(
        'The firm could not tell whether the intruders acquired staff records, but the review was able to confirm that the payroll data of two managers were actually copied.',
      ),
    ).toBe('confirmed');
  });
  it('lets a later stated theft settle a hedge passed on from a vendor', () => {
    expect(
      status(
        'Our hosting vendor informed us that some of our donor data may have been compromised. The intruder was able to remove a copy of some donor data held on those servers.',
      ),
    ).toBe('confirmed');
    // The notice's own hedge, before a statement about the mailbox, stays possible.
    expect(
      status(
        'We found that donor information may have been involved. An intruder accessed certain emails held by the office.',
      ),
    ).toBe('possible');
  });
  it('reads "no early indication sensitive data was accessed" as not_found', () => {
    expect(
      status(
        'Intruders reached the town servers on Monday. There is no early indication sensitive data was accessed.',
      ),
    ).toBe('not_found');
  });
});

describe('extractLeakStatus (English: denials and findings by form)', () => {
  it('reads a denial with no knowledge, a bare plural actor, or systems as the object as not_found', () => {
    expect(
      status(
        'Two tablets were taken from the van. Parrin Health has no knowledge that the person(s) responsible for the theft have accessed and obtained such patient records from the tablets.',
      ),
    ).toBe('not_found');
    expect(
      status(
        'Our registry saw a phishing attempt. There is no evidence that cyber criminals have accessed our systems.',
      ),
    ).toBe('not_found');
  });
  it('reads "no evidence that any staff or pupil information has been impacted" as not_found', () => {
    expect(
      status(
        'With the review complete, we have found no evidence to suggest that any pupil or staff information has been impacted.',
      ),
    ).toBe('not_found');
    expect(
      status('The trust says there is no evidence that their records have been “viewed or misused.”'),
    ).toBe('not_found');
  });
  it('reads a breach that exposed records, or data learned of as exfiltrated, as confirmed', () => {
    expect(
      status('The bureau has confirmed that it suffered a breach that has exposed client records.'),
    ).toBe('confirmed');
    expect(
      status(
        'The analysis goes on, but we have been informed of some data being exfiltrated. We cannot yet say which information may have been affected.',
      ),
    ).toBe('confirmed');
  });
  it('reads "data have likely been copied" as possible', () => {
    expect(
      status(
        'We have confirmed that some servers were reached by an outsider, and data have likely been copied.',
      ),
    ).toBe('possible');
  });
});

describe('extractLeakStatus (English: a vague act and a later concrete hedge)', () => {
  it('lets "may have been viewed or taken" decide after data "was compromised"', () => {
    expect(
      status(
        'The council said the details of some tenants were compromised by an intruder who reached its servers. It added that files on those servers may have been viewed or taken.',
      ),
    ).toBe('possible');
    // A hedge on whose data still leaves a stated theft confirmed.
    expect(
      status(
        'Hackers stole files from the council servers. Some of the stolen files may have included tenant names.',
      ),
    ).toBe('confirmed');
  });
  it('reads "is reasonably believed to have been acquired" as possible', () => {
    expect(
      status(
        'The office found 300 pupils whose records were, or are reasonably believed to have been, acquired by an outsider.',
      ),
    ).toBe('possible');
  });
  it('does not read "cannot confirm that data was removed" as a finding', () => {
    expect(
      status('We cannot confirm that data was removed from the server, but we are writing out of caution.'),
    ).not.toBe('confirmed');
  });
});
