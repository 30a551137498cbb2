import { describe, expect, it } from 'vitest';
import { toVeris, type VerisInput, verisDataVariety } from './veris.js';

const base: VerisInput = {
  id: '00000000-0000-7000-8000-000000000001',
  slug: 'sample-2025',
  title: '株式会社サンプル商事への不正アクセス',
  organization: '株式会社サンプル商事',
  source_url: 'https://example.jp/news/1',
  incident_start: '2025-03-20',
  detected: '2025-03-28',
  contained: '2025-03-29',
  published: '2025-04-03',
  affected: 2480,
  data_classes: ['Names', 'Credit cards', 'Passwords'],
  causes: ['sql_injection'],
  leak_status: 'possible',
};

describe('toVeris', () => {
  it('maps SQL injection, data varieties, disclosure and timeline', () => {
    const v = toVeris(base);
    expect(v.actor).toEqual({ External: { variety: ['Unknown'], motive: ['Unknown'] } });
    expect(v.action).toEqual({ Hacking: { variety: ['SQLi'], vector: ['Web application'] } });
    expect(v.asset).toEqual({ assets: [{ variety: 'S - Web application' }] });
    expect(v.attribute).toEqual({
      confidentiality: {
        data_disclosure: 'Potentially',
        data_total: 2480,
        data: [{ variety: 'Personal' }, { variety: 'Payment' }, { variety: 'Credentials' }],
      },
    });
    expect(v.timeline).toEqual({
      incident: { year: 2025, month: 3, day: 20 },
      discovery: { unit: 'Days', value: 8 },
      containment: { unit: 'Days', value: 1 },
    });
  });

  it('maps ransomware, misdelivery, theft, insiders and contractors', () => {
    expect(toVeris({ ...base, causes: ['ransomware'] }).action).toEqual({
      Malware: { variety: ['Ransomware'], vector: ['Unknown'] },
    });
    const mis = toVeris({ ...base, causes: ['misdelivery'], leak_status: 'confirmed' });
    expect(mis.action).toEqual({ Error: { variety: ['Misdelivery'], vector: ['Unknown'] } });
    expect(mis.actor).toHaveProperty('Internal');
    expect(
      (mis.attribute as { confidentiality: { data_disclosure: string } }).confidentiality.data_disclosure,
    ).toBe('Yes');
    expect(toVeris({ ...base, causes: ['loss_or_theft'] }).action).toEqual({
      Physical: { variety: ['Theft'], vector: ['Unknown'] },
    });
    expect(Object.keys(toVeris({ ...base, causes: ['insider'] }).action as object)).toEqual(['Misuse']);
    const partner = toVeris({ ...base, causes: ['ransomware', 'third_party'] });
    expect(Object.keys(partner.actor as object).sort()).toEqual(['External', 'Partner']);
    expect(Object.keys(partner.action as object)).toEqual(['Malware']);
  });

  it('says Unknown where leakwatch does not know', () => {
    const v = toVeris({
      ...base,
      causes: [],
      data_classes: [],
      leak_status: null,
      affected: null,
      incident_start: null,
      detected: null,
      contained: null,
    });
    expect(v.actor).toEqual({ Unknown: { variety: ['Unknown'], motive: ['Unknown'] } });
    expect(v.attribute).toEqual({
      confidentiality: { data_disclosure: 'Unknown', data: [{ variety: 'Unknown' }] },
    });
    expect(v.timeline).toMatchObject({
      incident: { year: 2025, month: 4, day: 3 },
      discovery: { unit: 'Unknown' },
    });
    expect(verisDataVariety('Personal health data')).toBe('Medical');
  });
});
