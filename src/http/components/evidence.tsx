import type { Child } from 'hono/jsx';
import type { MergedFact } from '../../incidents/types.js';
import type { Lang } from '../i18n.js';
import { siteText } from '../messages/index.js';

/** Link to the quoted passage of a notice: the notice page marks `hl=start-end` and jumps to it. */
export function evidenceHref(noticeId: string, start: number, end: number): string {
  return `/notices/${encodeURIComponent(noticeId)}?hl=${start}-${end}#hl`;
}

/**
 * A fact's value followed by where it came from: a link to the quote in the notice, "source:
 * dataset X" for imported facts, or "corrected by an editor".
 *
 * @example <FactWithEvidence lang="ja" fact={detail.facts.detected} field="発覚日" source="starter">…</FactWithEvidence>
 */
export function FactWithEvidence(props: {
  lang: Lang;
  fact: MergedFact<unknown> | null | undefined;
  /** The field's label, for the link's accessible name. */
  field: string;
  /** The incident's dataset name, shown when the fact was imported. */
  source: string;
  /** Leave out "source: dataset X" (the page says it once for all facts). */
  quiet?: boolean;
  children?: Child;
}) {
  const { lang, fact } = props;
  return (
    <span class="fact">
      <span class="fact-value">{props.children}</span>{' '}
      <EvidenceRef
        lang={lang}
        fact={fact}
        field={props.field}
        source={props.source}
        quiet={props.quiet ?? false}
      />
    </span>
  );
}

/** Just the provenance part of FactWithEvidence. */
export function EvidenceRef(props: {
  lang: Lang;
  fact: MergedFact<unknown> | null | undefined;
  field: string;
  source: string;
  quiet?: boolean;
}) {
  const { lang, fact } = props;
  if (!fact) return null;
  if (fact.evidence && fact.notice_id) {
    return (
      <a
        class="evidence"
        href={evidenceHref(fact.notice_id, fact.evidence.start, fact.evidence.end)}
        aria-label={siteText(lang, 'evidence_link_label', { field: props.field })}
        title={fact.evidence.quote}
      >
        {siteText(lang, 'evidence_link')}
      </a>
    );
  }
  if (fact.origin === 'correction')
    return <span class="evidence-note">{siteText(lang, 'evidence_correction')}</span>;
  if (props.quiet) return null;
  return <span class="evidence-note">{siteText(lang, 'evidence_dataset', { name: props.source })}</span>;
}
