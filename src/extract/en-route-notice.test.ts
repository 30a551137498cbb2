import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { extract } from './index.js';
import { sents } from './testing/helpers.js';

// Fictional notices, written for these tests.
const classes = (t: string) => extractDataClasses(sents(t), 'en').map((f) => f.value);
const start = (body: string) =>
  extract(`https://www.fernbrook-example.edu/alert\n${body}`).incident_start?.value ?? null;

describe('English: where data went is no leaked address; the day notices went out is no act', () => {
  it('does not read the address data was copied to, or came from, as leaked IP addresses', () => {
    const t =
      'Names and dates of birth of 120 alumni were copied from a mailing database to an off-site IP address.';
    expect(classes(t)).toContain('Names');
    expect(classes(t)).not.toContain('IP addresses');
    expect(classes('Logins came from several foreign IP addresses over two nights.')).not.toContain(
      'IP addresses',
    );
    expect(classes('The exposed table held user names, email and IP addresses of forum members.')).toContain(
      'IP addresses',
    );
  });
  it('does not start the incident on the day the notices to the people were sent', () => {
    expect(
      start(
        'Security notice\nWe found on March 3, 2011 that a course database had been read by an outsider. ' +
          'Notifications to the 80 learners affected by this event were sent on Monday March 7, 2011.',
      ),
    ).not.toBe('2011-03-07');
  });
});
