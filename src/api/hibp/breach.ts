import type { DataClass } from '../../extract/types.js';
import { incidentParagraph } from '../../http/describe.js';
import type { IncidentSummary } from '../../incidents/types.js';

/**
 * Have I Been Pwned API v3's Breach model, field for field, so that existing HIBP clients can read
 * leakwatch's incidents (https://haveibeenpwned.com/API/v3#BreachModel).
 */
export interface HibpBreach {
  Name: string;
  Title: string;
  Domain: string;
  BreachDate: string;
  AddedDate: string;
  ModifiedDate: string;
  PwnCount: number;
  Description: string;
  LogoPath: string;
  DataClasses: DataClass[];
  IsVerified: boolean;
  IsFabricated: boolean;
  IsSensitive: boolean;
  IsRetired: boolean;
  IsSpamList: boolean;
  IsMalware: boolean;
  IsSubscriptionFree: boolean;
  IsStealerLog: boolean;
}

/** "hibp:Adobe" (HIBP import) or "starter:hibp-Adobe" (starter dataset facts taken from HIBP). */
const HIBP_KEY = /^(?:hibp:|[a-z]+:hibp-)([A-Za-z0-9][A-Za-z0-9-]*)$/;

/**
 * The breach Name of an incident. Incidents imported from HIBP keep HIBP's own Name (their external
 * key is "hibp:<Name>" or "starter:hibp-<Name>"), so clients' stored names still resolve. Every other incident gets its slug's
 * segments capitalised and joined with "_" ("sample-shoji-2026" → "Sample_Shoji_2026"): HIBP names
 * never contain "_", slugs are unique and lower-case, so the two sets cannot collide, even ignoring
 * case (HIBP looks names up case-insensitively). A slug that is not plain ASCII falls back to the id.
 *
 * @example breachName({ slug: 'naver-2013', id: '…' }, null) // 'Naver_2013'
 * @example breachName({ slug: 'adobe', id: '…' }, 'hibp:Adobe') // 'Adobe'
 */
export function breachName(inc: { slug: string; id: string }, externalKey: string | null): string {
  const hibp = externalKey ? HIBP_KEY.exec(externalKey) : null;
  return hibp?.[1] ?? ownName(inc);
}

/** The Name leakwatch gives an incident that has no HIBP Name (see breachName). */
export function ownName(inc: { slug: string; id: string }): string {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(inc.slug)) {
    const name = inc.slug
      .split('-')
      .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
      .join('_');
    return name.includes('_') ? name : `${name}_Incident`;
  }
  return `Incident_${inc.id.replace(/[^0-9a-zA-Z]/g, '')}`;
}

/** HIBP writes times as ISO 8601 in UTC to the second: "2015-10-26T23:35:45Z". */
export function hibpTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** HIBP's Description is HTML; ours is generated text, so it is escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Maps an incident to HIBP's Breach. Description is generated from facts (never a notice's prose).
 * IsVerified is false only where the notice itself says the leak is possible or not found.
 */
export function toBreach(
  inc: IncidentSummary,
  extra: { name: string; domain: string | null; logoUrl: string },
): HibpBreach {
  return {
    Name: extra.name,
    Title: inc.title,
    Domain: extra.domain ?? '',
    BreachDate: inc.incident_start ?? inc.published ?? inc.created_at.slice(0, 10),
    AddedDate: hibpTime(inc.created_at),
    ModifiedDate: hibpTime(inc.updated_at),
    PwnCount: inc.affected?.count ?? 0,
    Description: escapeHtml(incidentParagraph(inc, 'en')),
    LogoPath: extra.logoUrl,
    DataClasses: [...inc.data_classes].sort(),
    IsVerified: inc.leak_status !== 'possible' && inc.leak_status !== 'not_found',
    IsFabricated: false,
    IsSensitive: false,
    IsRetired: false,
    IsSpamList: false,
    IsMalware: false,
    IsSubscriptionFree: false,
    IsStealerLog: false,
  };
}
