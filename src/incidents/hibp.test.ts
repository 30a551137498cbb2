import { describe, expect, it } from 'vitest';
import { hibpToRecord } from './hibp.js';
import { IncidentRecord } from './record.js';

const breach = {
  Name: 'ExampleForum',
  Title: 'Example Forum',
  Domain: 'forum.example.com',
  BreachDate: '2019-04-01',
  AddedDate: '2019-06-10T08:00:00Z',
  ModifiedDate: '2019-06-10T08:00:00Z',
  PwnCount: 12345,
  Description: '<p>A fictional forum.</p>',
  DataClasses: ['Email addresses', 'Passwords', 'Some class leakwatch does not know'],
  IsVerified: false,
  IsFabricated: false,
  IsSensitive: false,
  IsRetired: false,
  IsSpamList: false,
  IsMalware: false,
  IsStealerLog: false,
};

describe('hibpToRecord', () => {
  it('maps a catalogue entry to a valid record with facts only', () => {
    const r = IncidentRecord.parse(hibpToRecord(breach));
    expect(r).toMatchObject({
      key: 'hibp:ExampleForum',
      source: 'hibp',
      title: 'Example Forum',
      organization: { name: 'Example Forum', aliases: ['ExampleForum'], domains: ['forum.example.com'] },
      incident_start: '2019-04-01',
      published: '2019-06-10',
      affected: { count: 12345, unit: 'accounts', qualifier: 'exact' },
      data_classes: ['Email addresses', 'Passwords'],
      leak_status: 'possible',
    });
    expect(JSON.stringify(r)).not.toContain('fictional forum');
  });

  it('handles entries without a domain or breach date, and stealer logs', () => {
    const r = hibpToRecord({ ...breach, Domain: '', BreachDate: null, IsStealerLog: true, IsVerified: true });
    expect(r.organization.domains).toEqual([]);
    expect(r.incident_start).toBeNull();
    expect(r.causes).toEqual(['malware']);
    expect(r.leak_status).toBe('confirmed');
  });
});
