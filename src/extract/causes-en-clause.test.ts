import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

// Fictional notices, written for these tests (branch h/encauses6).
const causes = (t: string) => extractCauses(sents(t)).map((f) => f.value);

describe('English cause clauses (h/encauses6)', () => {
  it('reads mail sent in error or misaddressed as misdelivery', () => {
    expect(
      causes(
        'On 3 May a clerk at Fernhill Dental sent a spreadsheet in error to a supplier outside the practice.',
      ),
    ).toEqual(['misdelivery']);
    expect(
      causes('Because of a mailing error, some renewal notices reached the wrong households.'),
    ).toContain('misdelivery');
    expect(causes('The statements were addressed to the wrong members of the plan.')).toContain(
      'misdelivery',
    );
    expect(causes('A lab report was faxed to another patient of the clinic.')).toContain('misdelivery');
  });
  it('does not read a phishing message sent to staff as misdelivery', () => {
    expect(
      causes('A fraudulent message was sent to another employee who opened its attachment.'),
    ).not.toContain('misdelivery');
  });
  it('reads passwords reused from other breaches as credential stuffing', () => {
    expect(
      causes(
        'The attackers logged in with username/password pairs that were taken from other websites, not from Pinecrest.',
      ),
    ).toContain('credential_stuffing');
    expect(
      causes(
        'Some members reused passwords that had been exposed in an unrelated breach at another company.',
      ),
    ).toContain('credential_stuffing');
  });
  it('does not read advice against reusing passwords as credential stuffing', () => {
    expect(causes('We recommend that you do not reuse passwords across different services.')).toEqual([]);
  });
  it('does not read credentials stolen elsewhere as a lost device', () => {
    expect(
      causes('Our review shows the logins were stolen username and password pairs gathered on other sites.'),
    ).not.toContain('loss_or_theft');
  });
  it('reads data left reachable by a setting as a misconfiguration', () => {
    expect(
      causes(
        'We found that scanned claim forms uploaded to our portal were accessible for viewing on the internet.',
      ),
    ).toContain('misconfiguration');
    expect(causes('The cause was an incorrect security setting left after a server upgrade.')).toContain(
      'misconfiguration',
    );
    expect(
      causes('The storage area was set up in a way that left the files available on the internet.'),
    ).toContain('misconfiguration');
  });
  it('does not read stolen data later posted online as a misconfiguration', () => {
    expect(
      causes('Some files taken during the cyberattack were later accessible on the internet.'),
    ).not.toContain('misconfiguration');
  });
  it('reads staff acting against policy or letting an outsider in as an insider', () => {
    expect(
      causes(
        'A staff member of Larkspur Benefits emailed a member list to a broker in violation of company policy.',
      ),
    ).toContain('insider');
    expect(
      causes('An employee of a billing contractor allowed unauthorized access to our customer portal.'),
    ).toContain('insider');
  });
  it('does not read former employees among the readers as an insider', () => {
    expect(
      causes(
        'We are sending this letter to all current employees as well as former employees who worked here since 2015.',
      ),
    ).not.toContain('insider');
  });
  it('reads a cyber incident with no stated method as unauthorized access, and yields to a method', () => {
    expect(
      causes('Harbourview Health is still responding to the cyber incident reported last week.'),
    ).toEqual(['unauthorized_access']);
    expect(
      causes(
        'The cybersecurity incident began with a phishing email opened by a member of our finance team.',
      ),
    ).toEqual(['phishing']);
  });
  it('keeps unauthorized access in letters about protected health information', () => {
    expect(
      causes(
        'The event involved unauthorized access to protected health information held on one file server.',
      ),
    ).toContain('unauthorized_access');
    expect(causes('Hackers copied protected health information from the billing system.')).toContain(
      'unauthorized_access',
    );
  });
  it('reads a failure to detect an attack as the attack', () => {
    expect(
      causes(
        'The regulator found the firm had failed to detect brute force attacks on its remote login service.',
      ),
    ).toContain('credential_stuffing');
  });
  it('reads documents stolen from servers as data theft, not papers stolen', () => {
    expect(
      causes('The council said documents stolen from its servers in the cyber attack were published online.'),
    ).not.toContain('loss_or_theft');
  });
  it('reads an incident at a named provider as third party', () => {
    expect(
      causes(
        'We were told of a security incident at Quillon Ltd., the firm that hosted and ran our online booking service.',
      ),
    ).toContain('third_party');
    expect(
      causes(
        'We learned that Brightlane, which maintains some of our clients’ records for tax filing, mistakenly shared a file with another firm.',
      ),
    ).toContain('third_party');
  });
  it('does not read a vendor hired after the incident, or one that is only named, as third party', () => {
    expect(
      causes(
        'Hackers entered our network. We worked with an outside vendor to review the data and find those affected.',
      ),
    ).not.toContain('third_party');
    expect(
      causes(
        'We contacted our payroll software vendor and the police to investigate the fraudulent filings.',
      ),
    ).not.toContain('third_party');
    expect(
      causes(
        'Ridgeway Systems contracts with a number of online retailers. Hackers entered Ridgeway Systems servers.',
      ),
    ).not.toContain('third_party');
    expect(
      causes('A former employee forwarded emails that named some of our employees, patients, and vendors.'),
    ).not.toContain('third_party');
    expect(causes('Impostors sent a fraudulent invoice to our vendors last week.')).not.toContain(
      'third_party',
    );
  });
  it('reads a breach on a device of a named firm that serves the writer as third party', () => {
    expect(
      causes(
        'We learned of a breach involving a laptop belonging to Norcross Audit LLP, the accounting firm that audits our pension plan.',
      ),
    ).toContain('third_party');
  });
  it('does not read a contractor counted among staff as third party', () => {
    expect(
      causes(
        'Later we found that the mailboxes of a contractor and two other employees were also compromised.',
      ),
    ).not.toContain('third_party');
  });
  it('reads data taken by a former representative as an insider, not a lost device', () => {
    const got = causes(
      'Your details may have been stolen by a former Westbrook Advisors investment representative, police say.',
    );
    expect(got).toContain('insider');
    expect(got).not.toContain('loss_or_theft');
  });
  it('reads credentials taken from another site and reused as credential stuffing', () => {
    expect(
      causes(
        'Your password was likely taken from another source, such as another company’s website where you used the same or similar login information.',
      ),
    ).toContain('credential_stuffing');
  });
  it('reads a file accessible to outsiders as a misconfiguration', () => {
    expect(
      causes('A spreadsheet on our web server had been potentially accessible to outsiders for three weeks.'),
    ).toContain('misconfiguration');
  });
  it('does not read what an inquiry looked for as a cause', () => {
    expect(
      causes(
        'Our records system was encrypted by ransomware. We are checking whether the event led to any unauthorized access to, or theft of, personal data.',
      ),
    ).toEqual(['ransomware']);
  });
});

describe('English causes across a sentence that ends on an acronym', () => {
  it('keeps ransomware stated before "the FBI." when the next sentence denies paying', () => {
    expect(
      causes(
        'The board says the outage was a ransomware event and it alerted the FBI. It did not pay the ransom.',
      ),
    ).toContain('ransomware');
  });
});

describe('English causes: files locked or shown to the wrong users (h/encauses6)', () => {
  it('reads files encrypted by an intruder as ransomware, not data encrypted as a safeguard', () => {
    expect(
      causes('On 2 March we found that three file servers had been encrypted and rendered unusable.'),
    ).toContain('ransomware');
    expect(
      causes('The incident involved the unauthorized encryption of some files on our network.'),
    ).toContain('ransomware');
    expect(causes('Unknown actors encrypted part of the college’s shared drives.')).toContain('ransomware');
    expect(causes('The stolen laptop was encrypted and password protected.')).not.toContain('ransomware');
  });
  it('reads records shown to other users as a misconfiguration', () => {
    expect(
      causes(
        'After the update, some payroll records were available to certain other franchisees of the chain.',
      ),
    ).toContain('misconfiguration');
    expect(causes('The records were available to authorized users only.')).not.toContain('misconfiguration');
  });
});

// Fictional notices, written for these tests (session 15, branch h/enfacts8).
describe('English causes on web pages (h/enfacts8)', () => {
  it('reads logins tried from a leaked password list as credential stuffing', () => {
    const c = causes(
      'The intruders got into some client accounts using a leaked password list. All of the logins used a correct password.',
    );
    expect(c).toContain('credential_stuffing');
    expect(c).not.toContain('unauthorized_access');
    expect(causes('We keep a list of banned passwords for our staff.')).not.toContain('credential_stuffing');
  });

  it('reads an English ransomware attack by that cause alone, even when called unauthorized access', () => {
    const c = causes(
      'A ransomware attack hit the Fernhill police network in May. The town will write to everyone whose details were reached by this unauthorized access.',
    );
    expect(c).toContain('ransomware');
    expect(c).not.toContain('unauthorized_access');
  });
});
