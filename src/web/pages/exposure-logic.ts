import type { DataClass } from '../../extract/vocab.js';
import { bySeverity } from '../../http/data-classes.js';
import { ADVICE_CLASSES, type AdviceKey } from '../../incidents/advice.js';
import type { IncidentDetail, IncidentReader, IncidentSummary, Suggestion } from '../../incidents/types.js';

/** One thing the reader uses: a service or, where only that is known, an organisation. */
export interface Pick {
  /** `service:<slug>` or `organization:<slug>` — the value of the form's checkboxes. */
  token: string;
  kind: 'service' | 'organization';
  slug: string;
  name: string;
}

export type Answer = 'yes' | 'no' | 'unsure';
export type Verdict = 'affected' | 'maybe' | 'likely_not';

export interface ExposureIncident {
  incident: IncidentDetail;
  /** The picks this incident affects. */
  picks: Pick[];
  /** Scope statements the reader must answer to know whether they were in it. */
  scoped: boolean;
  answer: Answer | null;
  verdict: Verdict;
}

export interface ExposureReport {
  picks: Pick[];
  incidents: ExposureIncident[];
  /** Data classes of incidents not ruled out, most severe first. */
  classes: DataClass[];
  /** data class → tokens of the picks where it leaked. */
  matrix: Map<DataClass, Set<string>>;
}

/** Upper bounds that keep one request cheap whatever is pasted. */
export const MAX_PICKS = 40;
const MAX_INCIDENTS = 120;

/** Parses a checkbox value; null for anything malformed. @example parseToken('service:naver') */
export function parseToken(v: string): { kind: 'service' | 'organization'; slug: string } | null {
  const m = /^(service|organization):([^\s:]{1,200})$/.exec(v);
  return m ? { kind: m[1] as 'service' | 'organization', slug: m[2]! } : null;
}

export function suggestionToken(s: Suggestion): string {
  return `${s.kind}:${s.slug}`;
}

/**
 * Resolves one pasted line to a service or organisation: the suggest index first (kana, romaji,
 * English spellings), then full-text search over incidents.
 */
export async function resolveLine(reader: IncidentReader, line: string): Promise<Pick | null> {
  const [s] = await reader.suggest(line, 1);
  if (s) return { token: suggestionToken(s), kind: s.kind, slug: s.slug, name: s.name };
  const hits = await reader.searchIncidents(line, { limit: 1 });
  const hit = hits.items[0]?.incident;
  const svc = hit?.services[0];
  if (svc) return { token: `service:${svc.slug}`, kind: 'service', slug: svc.slug, name: svc.name };
  if (hit?.organization) {
    const o = hit.organization;
    return { token: `organization:${o.slug}`, kind: 'organization', slug: o.slug, name: o.name };
  }
  return null;
}

/** Resolves a token to its pick and incidents; null when the service or organisation is unknown. */
async function loadPick(
  reader: IncidentReader,
  token: string,
): Promise<{ pick: Pick; incidents: IncidentSummary[] } | null> {
  const p = parseToken(token);
  if (!p) return null;
  const found = p.kind === 'service' ? await reader.getService(p.slug) : await reader.getOrganization(p.slug);
  if (!found) return null;
  const { slug, name } = found;
  return { pick: { token: `${p.kind}:${slug}`, kind: p.kind, slug, name }, incidents: found.incidents };
}

/** Resolves the selected tokens to picks, dropping unknown ones and duplicates. */
export async function loadPicks(reader: IncidentReader, tokens: string[]): Promise<Pick[]> {
  const loaded = await Promise.all(
    [...new Set(tokens)].slice(0, MAX_PICKS).map((tk) => loadPick(reader, tk)),
  );
  const seen = new Set<string>();
  const out: Pick[] = [];
  for (const l of loaded) {
    if (l && !seen.has(l.pick.token)) {
      seen.add(l.pick.token);
      out.push(l.pick);
    }
  }
  return out;
}

/**
 * Whether the reader was in an incident: where the notice narrows who is affected (accounts created
 * in a window, card payments on one site between dates), their answer decides; "no" means likely
 * not affected. Without a scope, a confirmed leak counts as affected, anything else as possible.
 */
export function verdictFor(incident: IncidentDetail, answer: Answer | null): Verdict {
  const scoped = incident.facts.scope.length > 0;
  if (scoped) {
    if (answer === 'no') return 'likely_not';
    if (answer === 'yes') return incident.leak_status === 'not_found' ? 'maybe' : 'affected';
    return 'maybe';
  }
  if (incident.leak_status === 'confirmed') return 'affected';
  return 'maybe';
}

/**
 * Builds the exposure report for the picked services. Nothing here is stored or logged: the picks
 * and answers live only in this request.
 */
export async function buildReport(
  reader: IncidentReader,
  tokens: string[],
  answers: Map<string, Answer>,
): Promise<ExposureReport> {
  const loaded = (
    await Promise.all([...new Set(tokens)].slice(0, MAX_PICKS).map((tk) => loadPick(reader, tk)))
  ).filter((x): x is NonNullable<typeof x> => x !== null);
  const byIncident = new Map<string, { summary: IncidentSummary; picks: Pick[] }>();
  const picks: Pick[] = [];
  for (const { pick, incidents } of loaded) {
    if (picks.some((p) => p.token === pick.token)) continue;
    picks.push(pick);
    for (const i of incidents) {
      const entry = byIncident.get(i.id) ?? { summary: i, picks: [] };
      entry.picks.push(pick);
      byIncident.set(i.id, entry);
    }
  }
  const entries = [...byIncident.values()].slice(0, MAX_INCIDENTS);
  const details = await Promise.all(entries.map((e) => reader.getIncident(e.summary.id)));
  const incidents: ExposureIncident[] = [];
  entries.forEach((e, idx) => {
    const d = details[idx];
    if (!d) return;
    const answer = answers.get(d.id) ?? null;
    incidents.push({
      incident: d,
      picks: e.picks,
      scoped: d.facts.scope.length > 0,
      answer,
      verdict: verdictFor(d, answer),
    });
  });
  const order: Record<Verdict, number> = { affected: 0, maybe: 1, likely_not: 2 };
  incidents.sort(
    (a, b) =>
      order[a.verdict] - order[b.verdict] ||
      (b.incident.published ?? '').localeCompare(a.incident.published ?? ''),
  );
  const matrix = new Map<DataClass, Set<string>>();
  for (const x of incidents) {
    if (x.verdict === 'likely_not') continue;
    for (const dc of x.incident.data_classes) {
      const set = matrix.get(dc) ?? new Set<string>();
      for (const p of x.picks) set.add(p.token);
      matrix.set(dc, set);
    }
  }
  return { picks, incidents, classes: bySeverity([...matrix.keys()]), matrix };
}

/**
 * The prioritised to-do list: card and password advice before phishing and postal scams, each with
 * the picks where that data leaked. When nothing severe leaked, one general line.
 */
export function adviceFor(report: ExposureReport): { key: AdviceKey; where: string[] }[] {
  const out: { key: AdviceKey; where: string[] }[] = [];
  for (const [key, classes] of ADVICE_CLASSES) {
    const tokens = new Set<string>();
    for (const dc of classes) for (const tk of report.matrix.get(dc) ?? []) tokens.add(tk);
    if (tokens.size > 0) {
      out.push({ key, where: report.picks.filter((p) => tokens.has(p.token)).map((p) => p.name) });
    }
  }
  if (out.length === 0 && report.incidents.some((i) => i.verdict !== 'likely_not'))
    out.push({ key: 'advice_low', where: [] });
  return out;
}
