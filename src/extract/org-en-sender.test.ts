import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

// Fictional notices: the sender of a "we" notice named by a structural cue (session 16, h/enorg16).
const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): the sender of a "we" notice (session 16, h/enorg16)', () => {
  it('reads "At X, our goal …" (not "At X, our security team …": a vendor’s quoted statement)', () => {
    expect(
      org('At Marrowby Clinic, our goal is to protect our patients. We learned of an incident in May.'),
    ).toBe('Marrowby Clinic');
    expect(
      org('At Quellnet, our security team blocks many attacks each day. Someone copied our files.'),
    ).toBe(null);
  });
  it('reads the writer the reader is a customer or patient of', () => {
    expect(
      org(
        'Dear Customer,\nYou are receiving this letter because you are a current or past customer of Tansy Web Hosting. We found a flaw in our billing system.',
      ),
    ).toBe('Tansy Web Hosting');
  });
  it('reads "an email this morning from X" in a repost', () => {
    expect(
      org(
        'I got this email this morning from Brindle Books. We recently found a mistake in how we stored passwords.',
      ),
    ).toBe('Brindle Books');
  });
  it('reads a subject across its appositive or relative clause', () => {
    expect(org('Harrowgate Foods, a regional grocer, has notified its customers of a data breach.')).toBe(
      'Harrowgate Foods',
    );
    expect(
      org('Canada-based Pellucid Stores, which owns the outlets, confirmed the breach on Sunday.'),
    ).toContain('Pellucid Stores');
  });
  it('gives no name for a headline that opens with a notice word ("Notice of Payment Card Security Incident")', () => {
    expect(
      org(
        'Notice of Payment Card Security Incident\n\nJuly 7, 2022\n\nOur customers matter to us. Several of our locations were told of a risk to card data.',
      ),
    ).toBe(null);
  });
  it('reads a headline’s subject before any verb when the headline is about a breach', () => {
    expect(
      org('Ravelin Mart raises number of shoppers hit by data breach\n\nThe figure rose on Friday.'),
    ).toBe('Ravelin Mart');
  });
  it('takes a platform the writer uses "one of" as a vendor, not the writer', () => {
    expect(
      org(
        'In May, Quorra, a software platform used in many countries, had a data breach. Larkspur Pantry was also affected. Larkspur Pantry utilizes one of the Quorra platforms to store names.',
      ),
    ).toBe('Larkspur Pantry');
  });
  it('reads the issuer of the staff’s own mail account ("their Acme email")', () => {
    expect(
      org(
        'We found that several members of our team answered a fake message that took their Wexley Paper email passwords.',
      ),
    ).toBe('Wexley Paper');
  });
  it('reads the holder of a page’s copyright line when the page speaks as "we"', () => {
    expect(
      org(
        'Notice of Security Incident\n\nWe recently learned that someone reached our files. We are sorry.\n\nContact us\n© 2024 Fennimore Outfitters. All rights reserved.',
      ),
    ).toBe('Fennimore Outfitters');
    expect(org('The store said it learned of the attack in May.\n\nCopyright 2024 The Daily Wexford')).toBe(
      null,
    );
  });
  it('skips a short form the writer contacted (an agency), not one a vendor told', () => {
    expect(
      org(
        'Data of some Pellham County employees may have been taken, the county said. The county immediately contacted TBX upon learning of it. TBX is working to verify the claims.',
      ),
    ).toBe('Pellham County');
    expect(
      org('On May 1, Quarry Forensics notified QRL that our files were in a shared folder it ran.'),
    ).toBe('QRL');
  });
});
