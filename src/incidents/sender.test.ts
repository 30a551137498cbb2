import { describe, expect, it } from 'vitest';
import { letterheadSender, noticeSender, senderNameKey } from './sender.js';

describe('senderNameKey', () => {
  it('gives two spellings of one sender one key', () => {
    expect(senderNameKey('Quarrydale Bank')).toBe(senderNameKey('Quarrydale Bank, N.A.'));
    expect(senderNameKey('City of Ashmoor, Oregon')).toBe(senderNameKey('City of Ashmoor'));
    expect(senderNameKey('Pellow Apparel, LLC doing business as Fernhollow Gear®')).toBe(
      senderNameKey('Pellow Apparel LLC d/b/a Fernhollow Gear'),
    );
    expect(senderNameKey('The Wexcombe Trust Company')).toBe(senderNameKey('Wexcombe Trust'));
  });
  it('keeps two senders apart', () => {
    expect(senderNameKey('City of Ashmoor')).not.toBe(senderNameKey('City of Ashmoor Springs'));
    expect(senderNameKey('Town of Wexcombe')).not.toBe(senderNameKey('Town of Brillhaven'));
  });
  it('names no one with words of kind alone', () => {
    expect(senderNameKey('City')).toBeNull();
    expect(senderNameKey('National Bank, N.A.')).toBeNull();
    expect(senderNameKey('The Medical Center')).toBeNull();
  });
});

describe('letterheadSender', () => {
  it('reads an organisation’s name alone on the first line', () => {
    expect(letterheadSender('Quarrydale Bank, N.A.\n\nOn June 3 …')).toBe('quarrydalebank');
    expect(letterheadSender('https://example.gov/a.pdf\nCity of Ashmoor\n\nAs you know …')).toBe(
      'cityofashmoor',
    );
    expect(letterheadSender('株式会社ためしデンタル\n当社は…')).toBe('タメシデンタル');
  });
  it('reads a name with no word of kind when an address line is under it', () => {
    expect(letterheadSender('Pellowfield\n12 Quarry Lane\nAshmoor, OR 97000\n\nDear customer …')).toBe(
      'pellowfield',
    );
    expect(letterheadSender('Pellowfield\n\nOn June 3 we found …')).toBeNull();
  });
  it('reads no title, sentence or person as a sender', () => {
    expect(letterheadSender('Notice of Data Breach\nQuarrydale Bank …')).toBeNull();
    expect(letterheadSender('We are writing to tell you about an incident.\n…')).toBeNull();
    expect(letterheadSender('Olwen Pike\n\nOn June 3 …')).toBeNull();
    expect(letterheadSender('個人情報の漏えいについて\n…')).toBeNull();
  });
});

describe('noticeSender', () => {
  it('falls back on the organisation, not on a supplier the text names', () => {
    expect(noticeSender('Notice\nAt Quarrydale Bank we …', 'Quarrydale Bank, N.A.')).toBe('quarrydalebank');
    expect(noticeSender('Notice\n…', null)).toBeNull();
  });
});

describe('senderNameKey, Japanese', () => {
  it('meets a university’s short form', () => {
    expect(senderNameKey('試験山大学')).toBe(senderNameKey('試験山大'));
    expect(senderNameKey('試験山医科大学附属病院')).toBe(senderNameKey('試験山医大附属病院'));
    expect(senderNameKey('試験山大学')).not.toBe(senderNameKey('試験川大学'));
  });
});
