import type { Lang } from '../http/i18n.js';
import { peersText } from './messages.js';
import type { Placement } from './placement.js';
import { MIN_SHOWN } from './segments.js';
import type { BenchmarkData } from './types.js';

/**
 * Where an incident's (or a draft's) durations fall among comparable incidents, one sentence each:
 * 「検知から公表まで12日: 原因が「ランサムウェア」の事案の64%より早く公表 (同じ日数: 5%、n=286)」.
 * Nothing when no duration could be placed (fewer than MIN_SHOWN comparable incidents).
 *
 * @example <ResponsePlacement placement={(await benchmarkFor(db, id)).placement} lang="ja" />
 */
export function ResponsePlacement(props: { placement: readonly Placement[]; lang: Lang; heading?: boolean }) {
  const { placement, lang } = props;
  if (placement.length === 0) return null;
  return (
    <div class="placement">
      {props.heading === false ? null : <h3>{peersText(lang, 'placement_heading')}</h3>}
      <ul class="plain-list">
        {placement.map((p) => (
          <li>{p.sentence[lang]}</li>
        ))}
      </ul>
      <p class="muted">{peersText(lang, 'placement_note', { min: MIN_SHOWN })}</p>
    </div>
  );
}

/**
 * The incident page's "compared with other incidents" block: the sentences (「検知から1日後に公表。
 * 類似事案の中央値: 14日」), similar incidents and what others did after the same cause.
 *
 * @example <ResponseBenchmark data={await benchmarkFor(deps.db, incident.id)} lang={lang} />
 */
export function ResponseBenchmark(props: { data: BenchmarkData; lang: Lang }) {
  const { data, lang } = props;
  const c = data.comparable;
  const sentences = data.sentences[lang];
  return (
    <section aria-labelledby="benchmark-h" class="panel">
      <h2 id="benchmark-h">{peersText(lang, 'benchmark_heading')}</h2>
      <p class="muted">
        {c.by === 'none'
          ? peersText(lang, 'comparable_none')
          : c.n === 0
            ? peersText(lang, 'comparable_zero')
            : peersText(
                lang,
                c.by === 'cause_and_size' ? 'comparable_by_cause_and_size' : 'comparable_by_cause',
                {
                  n: c.n,
                },
              )}
      </p>
      {sentences.length ? (
        <ul class="plain-list">
          {sentences.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
      ) : null}
      <ResponsePlacement placement={data.placement} lang={lang} />
      {data.measures.length ? (
        <>
          <h3>{peersText(lang, 'others_did')}</h3>
          <ul class="plain-list">
            {data.measures.slice(0, 6).map((m) => (
              <li>
                {m.label[lang]}{' '}
                <span class="muted">
                  {peersText(lang, 'share', { k: m.incidents, n: m.of, pct: Math.round(m.share * 100) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.similar.length ? (
        <>
          <h3>{peersText(lang, 'similar')}</h3>
          <ul class="plain-list">
            {data.similar.map((s) => (
              <li>
                <a href={`/incidents/${encodeURIComponent(s.slug)}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="muted">
        <a href={`/benchmarks${c.cause ? `?cause=${encodeURIComponent(c.cause)}` : ''}`}>
          {peersText(lang, 'title')}
        </a>
      </p>
    </section>
  );
}
