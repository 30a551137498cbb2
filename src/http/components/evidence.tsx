import type { Child } from 'hono/jsx';
import type { MergedFact } from '../../incidents/types.js';
import type { Lang } from '../i18n.js';
import { siteText } from '../messages/index.js';
import type { SourceInfo } from '../source-names.js';

/** Link to the quoted passage of a notice: the notice page marks `hl=start-end` and jumps to it. */
export function evidenceHref(noticeId: string, start: number, end: number): string {
  return `/notices/${encodeURIComponent(noticeId)}?hl=${start}-${end}#hl`;
}

/** The words of the evidence disclosure, in the page's language (the caller's catalogue). */
export interface EvidenceWords {
  /** The disclosure's button text ("根拠"). */
  open: string;
  /** Its accessible name, given the field's label ("対象者数の根拠(お知らせからの引用)"). */
  label: (field: string) => string;
  /** The link to the passage in the notice. */
  inNotice: string;
  /** Before a source's name ("出典: "). */
  sourceLabel: string;
}

export interface EvidenceProps {
  lang: Lang;
  fact: MergedFact<unknown> | null | undefined;
  /** The field's label, for the disclosure's accessible name. */
  field: string;
  /** Where the incident's imported facts come from: a plain name and its public page. */
  source: SourceInfo;
  /** Leave out the source line (the page names the source once for all facts). */
  quiet?: boolean;
  words: EvidenceWords;
}

/**
 * A fact's value followed by where it came from: a disclosure with the quote from the notice and a
 * link to it (readable by a tap: no hover-only tooltip), the dataset's plain name with a link, or
 * "corrected by an editor".
 *
 * @example <FactWithEvidence lang="ja" fact={detail.facts.detected} field="発覚日" source={src} words={w}>…</FactWithEvidence>
 */
export function FactWithEvidence(props: EvidenceProps & { children?: Child }) {
  return (
    <div class="fact">
      <span class="fact-value">{props.children}</span> <EvidenceRef {...props} />
    </div>
  );
}

/** Just the provenance part of FactWithEvidence. */
export function EvidenceRef(props: EvidenceProps) {
  const { lang, fact, words } = props;
  if (!fact) return null;
  if (fact.evidence && fact.notice_id) {
    return (
      <details class="evidence-quote">
        <summary class="evidence" aria-label={words.label(props.field)}>
          {words.open}
        </summary>
        <div class="evidence-body">
          <blockquote>{fact.evidence.quote}</blockquote>
          <a href={evidenceHref(fact.notice_id, fact.evidence.start, fact.evidence.end)}>{words.inNotice}</a>
        </div>
      </details>
    );
  }
  if (fact.origin === 'correction')
    return <span class="evidence-note">{siteText(lang, 'evidence_correction')}</span>;
  if (props.quiet) return null;
  return <SourceName source={props.source} label={words.sourceLabel} />;
}

/** "出典: Have I Been Pwned" with a link to the dataset's page when there is one. */
export function SourceName(props: { source: SourceInfo; label: string }) {
  const { source } = props;
  return (
    <span class="evidence-note">
      {props.label}
      {source.href ? (
        <a href={source.href} rel="noopener noreferrer nofollow">
          {source.name}
        </a>
      ) : (
        source.name
      )}
    </span>
  );
}
