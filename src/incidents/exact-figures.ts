import type { Reason, ReportView } from './continuation.js';
import { foldSearch } from './match.js';
import { nameKind } from './speaker.js';

/**
 * Exact figures: the counts few pages share by chance — 100 or more and not round (1,595 people,
 * 111,991 records, 4,072,650 people; not 1,600 or 10,000, which a paper rounds to and many
 * incidents have). Two pages
 * that give one such figure and name one body tell one breach however differently each names its
 * publisher (a paper that reads a school as its city, an operator's name run into its hospital's).
 * Pure.
 */

/** Fewest of a count that is exact enough to find a page by. */
const MIN_FIGURE = 100;
/** Most figure keys a page is stored under (its largest exact counts). */
const MAX_FIGURES = 3;

/** Significant digits a count ending in zeros must still have to be exact (4,072,650; not 1,250). */
const MIN_SIGNIFICANT = 4;

/**
 * Is a count an exact figure: 100 or more, and not a multiple of ten — or, when it is, with four
 * or more digits before its trailing zeros (4,072,650 people is a count; 1,600 or 10,000 is rounded)?
 *
 * @example isExactFigure(4072650) // => true
 */
export function isExactFigure(n: number): boolean {
  if (!Number.isInteger(n) || n < MIN_FIGURE) return false;
  if (n % 10 !== 0) return true;
  return String(n).replace(/0+$/, '').length >= MIN_SIGNIFICANT;
}

/**
 * The keys a page is stored and looked up under by its exact figures (`#1595`): never a subject
 * key's form (those are letters).
 *
 * @example figureKeys([1605, 1600, 1595, 10]) // => ['#1605', '#1595']
 */
export function figureKeys(counts: readonly number[]): string[] {
  const exact = [...new Set(counts.filter(isExactFigure))].sort((a, b) => b - a);
  return exact.slice(0, MAX_FIGURES).map((n) => `#${n}`);
}

/** Shortest name (folded) a text must write to be said to name a body: three characters or two words. */
function nameable(name: string, folded: string): boolean {
  return /[^\x20-\x7e]/.test(folded) ? folded.length >= 3 : folded.length >= 8 && /\S\s+\S/.test(name.trim());
}

/**
 * The first of `names` that a folded text writes (foldSearch), or null.
 *
 * @example namedIn(foldSearch('…垣生中学校で…'), ['垣生中学校']) // => '垣生中学校'
 */
export function namedIn(folded: string, names: readonly (string | null | undefined)[]): string | null {
  for (const name of names) {
    if (!name) continue;
    const f = foldSearch(name);
    if (nameable(name, f) && folded.includes(f)) return name;
  }
  return null;
}

/**
 * When nothing identified the page with an incident (no organisation, site, sender or subject
 * shared), the name of a body one of its reports is about, if the page writes it and the two give
 * one exact figure (1,595 people) and one more fact: one breach, its publisher read otherwise (a
 * school read as its city, an operator run into its hospital's name). Else null.
 */
export function namedByFigure(
  reasons: readonly Reason[],
  folded: string,
  reports: readonly ReportView[],
): string | null {
  if (reasons.some((r) => r.kind === 'identity')) return null;
  const figure = reasons.some((r) => r.code === 'same_count' && isExactFigure(Number(r.detail)));
  const more = reasons.some((r) => r.kind === 'continuation' && r.weight > 0 && r.code !== 'same_count');
  if (!figure || !more) return null;
  return namedIn(
    folded,
    reports.flatMap((r) => [...(r.subjects ?? []), r.organization]),
  );
}

/**
 * A page that names no body at all and speaks only as one (本学, 当院, 当社: a notice reposted
 * without its title or letterhead), whose facts are an incident's — one exact figure, one more fact,
 * nothing against — is that body's when a report of the incident names a body of the kind it
 * speaks as (本学 → a university's name). Returns that name, else null.
 *
 * @example spokenByFigure(reasons, { organization: null, speaker: 'university' }, [{ organization: '見本工科大学', … }]) // => '見本工科大学'
 */
export function spokenByFigure(
  reasons: readonly Reason[],
  n: Pick<ReportView, 'organization' | 'subjects' | 'speaker'>,
  reports: readonly ReportView[],
): string | null {
  if (n.organization || (n.subjects?.length ?? 0) > 0 || !n.speaker) return null;
  if (reasons.some((r) => r.kind === 'identity' || r.weight < 0)) return null;
  const figure = reasons.some((r) => r.code === 'same_count' && isExactFigure(Number(r.detail)));
  const more = reasons.some((r) => r.kind === 'continuation' && r.weight > 0 && r.code !== 'same_count');
  if (!figure || !more) return null;
  const body = reports.find((r) => r.organization && nameKind(r.organization) === n.speaker);
  return body?.organization ?? null;
}

/**
 * What identifies a page with an incident by an exact figure when nothing else does: the body it
 * names (namedByFigure, `names_subject`), else the body of the kind it speaks as (spokenByFigure,
 * `speaks_as_body`); null when neither.
 */
export function figureIdentity(
  reasons: readonly Reason[],
  folded: string,
  n: Pick<ReportView, 'organization' | 'subjects' | 'speaker'>,
  reports: readonly ReportView[],
): { code: 'names_subject' | 'speaks_as_body'; name: string } | null {
  const named = namedByFigure(reasons, folded, reports);
  if (named) return { code: 'names_subject', name: named };
  const spoken = spokenByFigure(reasons, n, reports);
  return spoken ? { code: 'speaks_as_body', name: spoken } : null;
}
