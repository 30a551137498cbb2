import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractLeakStatus } from './status.js';
import { negationOnReasonEn, readScopeEn, scopeLeakStatusEn, statedOnDataEn } from './status-en-scope.js';
import { sents } from './testing/helpers.js';

const polarities = (s: string) => readScopeEn(s).map((r) => `${r.polarity}${r.weak ? '/weak' : ''}`);
const scope = (t: string) => scopeLeakStatusEn(sents(t))?.value ?? null;

// Invented notices (Fernhill, Brackmoor, Lowther …): no sentence is taken from a real page.
describe('leak status: how far a negation reaches over the act on the data', () => {
  it('denies the act when the negation is the clause’s own: a negative subject or a negated verb', () => {
    expect(
      polarities('Fernhill Clinic found intruders on its network, but no patient data was jeopardized.'),
    ).toEqual(['denied']);
    expect(polarities('The review confirmed that the member records were not copied.')).toEqual(['denied']);
    expect(polarities('So far none of the tenant files has been downloaded.')).toEqual(['denied']);
  });
  it('reads a lack of evidence over the act as a weaker denial, and a negated belief the same way', () => {
    expect(polarities('We have no evidence that any donor information was accessed.')).toEqual([
      'no_evidence',
    ]);
    expect(
      polarities('The trust has no reason to believe that the payroll data of its staff was taken.'),
    ).toEqual(['no_evidence']);
  });
  it('says nothing when the negated act is misuse, not access', () => {
    expect(polarities('There is no indication of misuse of your information.')).toEqual([]);
    expect(polarities('We have no evidence that your details have been misused or sold.')).toEqual([]);
  });
  it('hedges the act under "cannot rule out" or a modal, and leaves it open under whether', () => {
    expect(readScopeEn('Brackmoor Council cannot rule out that resident data was viewed.')[0]).toMatchObject({
      polarity: 'hedged',
      ruleOut: true,
    });
    expect(polarities('Some customer records may have been exfiltrated.')).toEqual(['hedged']);
    expect(polarities('Tenants who might have had their contact details stolen got letters.')).toEqual([
      'hedged/weak',
    ]);
    expect(polarities('The firm is working to determine whether any client data was accessed.')).toEqual([]);
  });
  it('states the act: a passive, an active verb with the data as object, a noun with its complement', () => {
    expect(polarities('Pupil records have been hacked at Lowther Academy, the trust said.')).toEqual([
      'stated',
    ]);
    expect(polarities('The attacker was able to remove files from two shared drives.')).toEqual(['stated']);
    expect(polarities('The incident involved the theft of about 12 gigabytes of data.')).toEqual(['stated']);
  });
  it('reads only acts on the data, not on a laptop or a network', () => {
    expect(polarities('The laptop was stolen from a parked car.')).toEqual([]);
    expect(polarities('Intruders gained access to the network over a weekend.')).toEqual([]);
  });
  it('lets a gapped or coordinated verb share the first one’s negation or modal', () => {
    expect(polarities('No files were lost or any private records taken.')).toEqual(['denied']);
    expect(polarities('An intruder may have accessed or acquired certain member data.')).toEqual([
      'hedged',
      'hedged',
    ]);
  });
  it('leaves a denial of one kind of data or of "other" data aside', () => {
    expect(polarities('No card numbers or bank details were compromised.')).toEqual([]);
    expect(polarities('No other records were accessed.')).toEqual([]);
  });
  it('puts an act in a concession below the main clause', () => {
    expect(
      scope('Though intruders reached some borough data, the clerk said no personal records were breached.'),
    ).toBe('not_found');
  });
  it('concludes: a firm denial, else a stated act, else a hedge, else a lack of evidence', () => {
    expect(
      scope(
        'Early reports said member details could have leaked. The auditors later found that no member information was accessed.',
      ),
    ).toBe('not_found');
    expect(
      scope(
        'The intruder removed files from the archive server. There is no reason to believe the most sensitive records were taken.',
      ),
    ).toBe('confirmed');
    expect(
      scope('Some supplier documents may have been viewed. We have no evidence that any were copied.'),
    ).toBe('possible');
  });
});

describe('leak status: a negation that reaches a reason, not the act', () => {
  it('keeps the theft when the negation’s focus is why it happened', () => {
    expect(negationOnReasonEn('the laptop was not stolen because of its contents', 25)).toBe(true);
    expect(
      extractLeakStatus(
        sents(
          'A laptop holding records of 900 Marlow Hospice patients was taken from a staff car. The hospice does not think the tablet was taken because of the records on it.',
        ),
        ['loss_or_theft'],
      )?.value ?? null,
    ).not.toBe('not_found');
  });
});

describe('leak status: the scope reader fills the gap before the word model', () => {
  it('reads a news page whose only statement is a negative subject', () => {
    const f = extract(
      'Ashcombe hospital reports network intrusion\nAshcombe General Hospital said on Monday it had found an intruder in its network last week, but no patient data was jeopardized, a spokesperson said.',
    );
    expect(f.leak_status?.value).toBe('not_found');
  });
  it('reads a passive stated act', () => {
    const f = extract(
      'Records hacked at Dunmere schools\nElectronic student records have been hacked at the Dunmere school district, officials said on Thursday.',
    );
    expect(f.leak_status?.value).toBe('confirmed');
  });
});

describe('leak status: an act the rules read, checked against its clause', () => {
  it('tells an act on a container, or under a claim being looked into, from one on the data', () => {
    expect(statedOnDataEn('Tablet containing client data stolen from Orbury surgery')).toBe(false);
    expect(statedOnDataEn('Orbury surgery says client data was stolen')).toBe(true);
    expect(statedOnDataEn('The council is investigating a claim that hackers obtained staff records')).toBe(
      false,
    );
    expect(statedOnDataEn('The attacker likely exfiltrated a small amount of data')).toBe(true);
    expect(statedOnDataEn('The office will reopen on Monday')).toBe(null);
  });
  it('does not take a headline about a stolen device for a stated leak', () => {
    const f = extract(
      'Tablet containing client data stolen from Orbury surgery\nA tablet with appointment notes for about 400 clients was taken from a locked room at the Orbury surgery on 3 May. Police have been told.',
    );
    expect(f.leak_status?.value).not.toBe('confirmed');
  });
  it('does not let a claim in a headline outweigh the hedge in the report below it', () => {
    const f = extract(
      'Pellham council investigating claim that hackers obtained staff records\nPellham council officials say hackers may have obtained personal details of some staff during an attack in June. The council is working with police to check the claim.',
    );
    expect(f.leak_status?.value).toBe('possible');
  });
});
