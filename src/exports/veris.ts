import type { Cause, DataClass, IsoDate, LeakStatus } from '../extract/types.js';
import { daysBetween } from '../peers/durations.js';

/**
 * VERIS-shaped JSON (the Vocabulary for Event Recording and Incident Sharing, schema 1.3): actor,
 * action, asset, attribute and timeline, mapped from leakwatch's causes, data classes and dates.
 * A mapping, not a validated VERIS record: leakwatch knows less than VERIS asks (no NAICS industry,
 * no asset inventory) and says "Unknown" there.
 */
export interface VerisInput {
  id: string;
  slug: string;
  title: string;
  organization: string | null;
  source_url: string | null;
  incident_start: IsoDate | null;
  detected: IsoDate | null;
  contained: IsoDate | null;
  published: IsoDate | null;
  affected: number | null;
  data_classes: DataClass[];
  causes: Cause[];
  leak_status: LeakStatus | null;
}

type ActorKey = 'External' | 'Internal' | 'Partner' | 'Unknown';
type ActionKey = 'Hacking' | 'Malware' | 'Social' | 'Misuse' | 'Physical' | 'Error' | 'Unknown';

/** Each cause as a VERIS action (category, variety, vector), the actor it implies and the asset. */
const CAUSE_MAP: Record<
  Cause,
  { action: ActionKey; variety: string; vector: string; actor: ActorKey; asset: string }
> = {
  unauthorized_access: {
    action: 'Hacking',
    variety: 'Unknown',
    vector: 'Unknown',
    actor: 'External',
    asset: 'Unknown',
  },
  sql_injection: {
    action: 'Hacking',
    variety: 'SQLi',
    vector: 'Web application',
    actor: 'External',
    asset: 'S - Web application',
  },
  vulnerability_exploit: {
    action: 'Hacking',
    variety: 'Exploit vuln',
    vector: 'Unknown',
    actor: 'External',
    asset: 'Unknown',
  },
  credential_stuffing: {
    action: 'Hacking',
    variety: 'Use of stolen creds',
    vector: 'Web application',
    actor: 'External',
    asset: 'S - Web application',
  },
  weak_credentials: {
    action: 'Hacking',
    variety: 'Brute force',
    vector: 'Unknown',
    actor: 'External',
    asset: 'Unknown',
  },
  phishing: {
    action: 'Social',
    variety: 'Phishing',
    vector: 'Email',
    actor: 'External',
    asset: 'P - End-user',
  },
  malware: { action: 'Malware', variety: 'Unknown', vector: 'Unknown', actor: 'External', asset: 'Unknown' },
  ransomware: {
    action: 'Malware',
    variety: 'Ransomware',
    vector: 'Unknown',
    actor: 'External',
    asset: 'Unknown',
  },
  web_skimming: {
    action: 'Malware',
    variety: 'Capture app data',
    vector: 'Web application',
    actor: 'External',
    asset: 'S - Web application',
  },
  misconfiguration: {
    action: 'Error',
    variety: 'Misconfiguration',
    vector: 'Unknown',
    actor: 'Internal',
    asset: 'Unknown',
  },
  software_bug: {
    action: 'Error',
    variety: 'Programming error',
    vector: 'Unknown',
    actor: 'Internal',
    asset: 'S - Web application',
  },
  residual_data: {
    action: 'Error',
    variety: 'Omission',
    vector: 'Unknown',
    actor: 'Internal',
    asset: 'Unknown',
  },
  misdelivery: {
    action: 'Error',
    variety: 'Misdelivery',
    vector: 'Unknown',
    actor: 'Internal',
    asset: 'Unknown',
  },
  loss_or_theft: {
    action: 'Physical',
    variety: 'Theft',
    vector: 'Unknown',
    actor: 'External',
    asset: 'Unknown',
  },
  insider: { action: 'Misuse', variety: 'Unknown', vector: 'Unknown', actor: 'Internal', asset: 'Unknown' },
  third_party: {
    action: 'Unknown',
    variety: 'Unknown',
    vector: 'Unknown',
    actor: 'Partner',
    asset: 'Unknown',
  },
};

/** VERIS confidentiality data varieties for HIBP data classes; anything else about a person is "Personal". */
const DATA_VARIETY: Partial<Record<DataClass, string>> = {
  'Credit cards': 'Payment',
  'Credit card CVV': 'Payment',
  'Partial credit card data': 'Payment',
  'Payment methods': 'Payment',
  'Bank account numbers': 'Bank',
  'Account balances': 'Bank',
  'Financial transactions': 'Bank',
  'Loan information': 'Bank',
  'Credit status information': 'Bank',
  'Payment histories': 'Bank',
  Passwords: 'Credentials',
  'Historical passwords': 'Credentials',
  'Password hints': 'Credentials',
  'Auth tokens': 'Credentials',
  'Security questions and answers': 'Credentials',
  PINs: 'Credentials',
  'Encrypted keys': 'Secrets',
  'Personal health data': 'Medical',
  'HIV statuses': 'Medical',
  'Health insurance information': 'Medical',
  'Cryptocurrency wallet addresses': 'Virtual currency',
  'Mnemonic phrases': 'Virtual currency',
};

/**
 * The VERIS data variety of a data class.
 *
 * @example verisDataVariety('Credit cards') // => 'Payment'
 */
export function verisDataVariety(d: DataClass): string {
  return DATA_VARIETY[d] ?? 'Personal';
}

const DISCLOSURE: Record<LeakStatus, 'Yes' | 'Potentially' | 'No'> = {
  confirmed: 'Yes',
  possible: 'Potentially',
  not_found: 'No',
};

function dateParts(d: IsoDate | null): { year: number; month: number; day: number } | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return null;
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day };
}

function span(
  from: IsoDate | null,
  to: IsoDate | null,
): { unit: 'Days'; value: number } | { unit: 'Unknown' } {
  const d = daysBetween(from, to);
  return d === null || d < 0 ? { unit: 'Unknown' } : { unit: 'Days', value: d };
}

/**
 * One incident as a VERIS-shaped object.
 *
 * @example toVeris({ …, causes: ['ransomware'], leak_status: 'possible' }).action
 * // => { Malware: { variety: ['Ransomware'], vector: ['Unknown'] } }
 */
export function toVeris(i: VerisInput, opts: { publicUrl?: string } = {}): Record<string, unknown> {
  const actor: Partial<Record<ActorKey, { variety: string[]; motive: string[] }>> = {};
  const action: Partial<Record<ActionKey, { variety: string[]; vector: string[] }>> = {};
  const assets = new Set<string>();
  for (const c of i.causes) {
    const m = CAUSE_MAP[c];
    action[m.action] ??= { variety: [], vector: [] };
    const a = action[m.action]!;
    if (!a.variety.includes(m.variety)) a.variety.push(m.variety);
    if (!a.vector.includes(m.vector)) a.vector.push(m.vector);
    actor[m.actor] ??= { variety: ['Unknown'], motive: ['Unknown'] };
    if (m.asset !== 'Unknown') assets.add(m.asset);
  }
  if (i.causes.includes('third_party')) {
    // A contractor's breach: the partner is the actor; the attack itself is described by the other causes.
    if (Object.keys(action).length > 1) delete action.Unknown;
  }
  if (Object.keys(actor).length === 0) actor.Unknown = { variety: ['Unknown'], motive: ['Unknown'] };
  if (Object.keys(action).length === 0) action.Unknown = { variety: ['Unknown'], vector: ['Unknown'] };
  const varieties = [...new Set(i.data_classes.map(verisDataVariety))];
  const started = i.incident_start ?? i.detected ?? i.published;
  return {
    schema_version: '1.3.7',
    incident_id: i.id,
    source_id: 'leakwatch',
    summary: i.title,
    reference:
      i.source_url ?? (opts.publicUrl ? `${opts.publicUrl.replace(/\/$/, '')}/incidents/${i.slug}` : null),
    security_incident: 'Confirmed',
    victim: { victim_id: i.organization ?? 'Unknown', industry: '000', country: ['Unknown'] },
    actor,
    action,
    asset: { assets: (assets.size ? [...assets] : ['Unknown']).map((variety) => ({ variety })) },
    attribute: {
      confidentiality: {
        data_disclosure: i.leak_status ? DISCLOSURE[i.leak_status] : 'Unknown',
        ...(i.affected !== null ? { data_total: i.affected } : {}),
        data: (varieties.length ? varieties : ['Unknown']).map((variety) => ({ variety })),
      },
    },
    timeline: {
      incident: dateParts(started) ?? { year: null },
      discovery: span(i.incident_start, i.detected),
      containment: span(i.detected, i.contained),
    },
    plus: {
      leakwatch: {
        slug: i.slug,
        incident_date_from: i.incident_start
          ? 'incident_start'
          : i.detected
            ? 'detected'
            : i.published
              ? 'published'
              : null,
        causes: i.causes,
        data_classes: i.data_classes,
        published: i.published,
      },
    },
  };
}
