import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { reportedVendorIncident } from './causes-en-report.js';
import { sents } from './testing/helpers.js';

const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);
const reported = (t: string) => reportedVendorIncident(sents(t)) !== undefined;

describe('reportedVendorIncident (a party reports an attack on itself to the writer)', () => {
  it('reads a named party telling us of an intrusion as an incident at a vendor', () => {
    const c = causes(
      'Following a review, Bluefin Reservations notified us on March 3, 2021 that an unauthorized party gained access to its booking engine.',
    );
    expect(c).toContain('third_party');
    expect(c).toContain('unauthorized_access');
    expect(
      reported(
        'On May 2, 2022, Northgate Billing, Inc. informed Harbor Clinic that it had been the victim of a cyber incident.',
      ),
    ).toBe(true);
    expect(
      reported(
        'Copperline Payroll, which processes our staff payments, has advised us that a third party may have gained access to its files.',
      ),
    ).toBe(true);
  });
  it('reads the passive and the serving party as subject', () => {
    expect(
      reported('We were informed by our claims administrator that malware had been found on its network.'),
    ).toBe(true);
    expect(reported('We were notified in June by Tallow Systems that an intruder viewed some records.')).toBe(
      true,
    );
    expect(
      reported(
        "One of Marlow Lending's business partners notified Marlow Lending that unauthorized users may have logged in.",
      ),
    ).toBe(true);
  });
  it('leaves out the police, card brands, our own staff and attacks on the writer', () => {
    expect(reported('The FBI informed us that criminals had gained access to several companies.')).toBe(
      false,
    );
    expect(reported('Federal law enforcement officials notified us that an attack took place.')).toBe(false);
    expect(reported('Visa informed us that our website may have been compromised.')).toBe(false);
    expect(reported('Kestrel Hosting informed us that our checkout page was attacked.')).toBe(false);
    expect(
      reported('One of our employees informed us that his bicycle had been stolen from the car park.'),
    ).toBe(false);
    expect(reported('We informed our customers that the event began in May.')).toBe(false);
    expect(reported('Acme Labs notified us that the shipment would arrive late.')).toBe(false);
  });
  it('follows a sentence cut by a line break after the date or the recipient', () => {
    expect(
      reported(
        'After a review, Tallow Booking confirmed to us on or about March 4, 2022\nthat an unauthorized party gained access to its reservation engine.',
      ),
    ).toBe(true);
    expect(
      reported(
        'Later, Tallow Booking confirmed to Quayside\nInns and Suites on March 4 that an intruder entered its servers.',
      ),
    ).toBe(true);
    // A finished sentence does not run on into the next.
    expect(
      reported(
        'Tallow Booking notified us of the matter.\nThat an unauthorized party gained access was confirmed later.',
      ),
    ).toBe(false);
  });
});
