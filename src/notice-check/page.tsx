import type { PageCtx } from '../http/context.js';
import type { Lang } from '../http/i18n.js';
import { formatDate } from '../http/i18n.js';
import { Layout } from '../http/layout.js';
import { noticeCheckText } from './messages.js';
import { REGION_LABELS, REGIONS } from './regimes/index.js';
import type {
  AppiPeers,
  Deadline,
  DraftTiming,
  ItemResult,
  NoticeCheckResult,
  RegimeResult,
  Region,
} from './types.js';

export interface NoticeCheckForm {
  text: string;
  lang: 'auto' | 'ja' | 'en';
  detected: string;
  /** Regions ticked; empty: the default (jp for a Japanese draft, else all). */
  regions: Region[];
}

function Status(props: { item: ItemResult; lang: Lang }) {
  const { item, lang } = props;
  if (!item.required) return <span class="tag">{noticeCheckText(lang, 'not_required')}</span>;
  return item.present ? (
    <span class="tag tag-confirmed">{noticeCheckText(lang, 'present')}</span>
  ) : (
    <strong class="tag">{noticeCheckText(lang, 'missing')}</strong>
  );
}

/** A quote from the draft: a plain blockquote, which wraps on a phone (the `.evidence` badge does not). */
function Quote(props: { text: string; children?: unknown }) {
  return (
    <blockquote class="nc-quote">
      {props.text}
      {props.children}
    </blockquote>
  );
}

/** One regime: its source and the version applied, then each item as a list entry (no wide table). */
function RegimeList(props: { regime: RegimeResult; lang: Lang }) {
  const { regime, lang } = props;
  const id = `regime-${regime.regime}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {regime.title[lang]}{' '}
        <span class="muted">
          {noticeCheckText(lang, 'summary', { present: regime.present, required: regime.required })}
        </span>
      </h3>
      <p class="muted">
        {regime.source}
        {' — '}
        {regime.effective_from
          ? noticeCheckText(lang, 'effective_from', { date: formatDate(regime.effective_from, lang) })
          : noticeCheckText(lang, 'effective_older')}
      </p>
      {regime.rules_status === 'in_force' ? null : (
        <p class="notice-box">
          {noticeCheckText(lang, regime.rules_status, { date: formatDate(regime.judged_on, lang) })}
        </p>
      )}
      {regime.note ? <p class="muted">{regime.note[lang]}</p> : null}
      <ul class="plain-list">
        {regime.items.map((i) => (
          <li>
            <Status item={i} lang={lang} /> <strong>{i.label[lang]}</strong>{' '}
            <span class="muted">({i.article})</span>
            {regime.individual_item_ids.includes(i.id) ? (
              <span class="muted"> — {noticeCheckText(lang, 'individual_subset')}</span>
            ) : null}
            {i.present && i.quote ? (
              <Quote text={i.quote}>
                <span class="muted">
                  {' '}
                  — {noticeCheckText(lang, i.found_by === 'facts' ? 'found_by_facts' : 'found_by_rule')}
                </span>
              </Quote>
            ) : i.required ? (
              <p class="advice">
                {noticeCheckText(lang, 'hint')}: {i.hint[lang]}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeadlineItem(props: { d: Deadline; lang: Lang }) {
  const { d, lang } = props;
  const standing =
    d.standing === 'overdue'
      ? noticeCheckText(lang, 'overdue', { n: -d.days_left })
      : d.standing === 'due_today'
        ? noticeCheckText(lang, 'due_today')
        : noticeCheckText(lang, 'days_left', { n: d.days_left });
  const when = d.window_start
    ? noticeCheckText(lang, 'window', { from: formatDate(d.window_start, lang), to: formatDate(d.due, lang) })
    : formatDate(d.due, lang);
  return (
    <li>
      <strong>{d.label[lang]}</strong>: {when}{' '}
      {d.applies === 'no' ? (
        <span class="tag">{noticeCheckText(lang, 'applies_no')}</span>
      ) : d.standing === 'overdue' ? (
        <strong>{standing}</strong>
      ) : (
        standing
      )}
      {d.applies === 'unknown' ? <span class="tag">{noticeCheckText(lang, 'applies_unknown')}</span> : null}
      <br />
      <span class="muted">{d.basis[lang]}</span>
      {d.condition ? (
        <>
          <br />
          <span class="muted">
            {noticeCheckText(lang, 'condition')}: {d.condition[lang]}
          </span>
        </>
      ) : null}
    </li>
  );
}

/** The draft's APPI item count beside the stored notices' distribution (short lines: fits a phone). */
function PeersSection(props: { p: AppiPeers; lang: Lang }) {
  const { p, lang } = props;
  const pct = (x: number) => String(Math.round(x * 100));
  return (
    <section aria-labelledby="nc-peers">
      <h3 id="nc-peers">{noticeCheckText(lang, 'peers')}</h3>
      <p>
        <strong>{noticeCheckText(lang, 'peers_draft', { draft: String(p.draft), of: String(p.of) })}</strong>
        <br />
        {noticeCheckText(lang, 'peers_real', {
          n: String(p.n),
          median: String(p.median),
          p25: String(p.p25),
          p75: String(p.p75),
        })}
        <br />
        {noticeCheckText(lang, 'peers_share', { fewer: pct(p.fewer), same: pct(p.same) })}
      </p>
    </section>
  );
}

/** The draft's detection → notice days and where they fall among stored incidents. */
function TimingSection(props: { t: DraftTiming; lang: Lang }) {
  const { t, lang } = props;
  return (
    <section aria-labelledby="nc-timing">
      <h3 id="nc-timing">{noticeCheckText(lang, 'timing')}</h3>
      <p>
        {noticeCheckText(lang, t.notice_from === 'draft' ? 'timing_draft' : 'timing_today', {
          detected: formatDate(t.detected, lang),
          notice: formatDate(t.notice, lang),
          days: String(t.placement.days),
        })}
        <br />
        <strong>{t.placement.sentence[lang]}</strong>
      </p>
    </section>
  );
}

function Result(props: { r: NoticeCheckResult; lang: Lang }) {
  const { r, lang } = props;
  return (
    <section aria-labelledby="nc-result" class="panel">
      <h2 id="nc-result">{noticeCheckText(lang, 'result')}</h2>
      {r.extractor ? null : <p class="notice-box">{noticeCheckText(lang, 'extractor_off')}</p>}
      <p class="muted">
        {noticeCheckText(lang, 'regions_checked')}:{' '}
        {r.regions.map((g) => REGION_LABELS[g][lang]).join(lang === 'ja' ? '、' : ', ')}
      </p>
      {r.regions.includes('jp') ? (
        <section aria-labelledby="nc-report">
          <h3 id="nc-report">{noticeCheckText(lang, 'reportability')}</h3>
          <p>{noticeCheckText(lang, r.appi_reportability.mandatory ? 'mandatory_yes' : 'mandatory_no')}</p>
          <ul class="plain-list">
            {r.appi_reportability.triggers.map((t) => (
              <li>
                {t.met ? (
                  <strong>{noticeCheckText(lang, 'trigger_met')}</strong>
                ) : (
                  <span class="muted">{noticeCheckText(lang, 'trigger_not_met')}</span>
                )}
                {': '}
                {t.label[lang]} <span class="muted">({t.article})</span>
                {t.quote ? <Quote text={t.quote} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.appi_peers ? <PeersSection p={r.appi_peers} lang={lang} /> : null}
      {r.response_timing ? <TimingSection t={r.response_timing} lang={lang} /> : null}
      <section aria-labelledby="nc-deadlines">
        <h3 id="nc-deadlines">{noticeCheckText(lang, 'deadlines')}</h3>
        {r.detected ? (
          <>
            <p>
              {noticeCheckText(
                lang,
                r.detected_from === 'input' ? 'detected_from_input' : 'detected_from_text',
                {
                  date: formatDate(r.detected, lang),
                },
              )}
            </p>
            <ul class="plain-list">
              {r.deadlines.map((d) => (
                <DeadlineItem d={d} lang={lang} />
              ))}
            </ul>
          </>
        ) : (
          <p class="muted">{noticeCheckText(lang, 'deadlines_none')}</p>
        )}
      </section>
      {r.regimes.map((g) => (
        <RegimeList regime={g} lang={lang} />
      ))}
      <section aria-labelledby="nc-suggest">
        <h3 id="nc-suggest">{noticeCheckText(lang, 'suggestions')}</h3>
        {r.suggestions.length === 0 ? (
          <p class="muted">{noticeCheckText(lang, 'suggestions_none')}</p>
        ) : (
          <ul class="plain-list">
            {r.suggestions.map((s) => (
              <li>
                <strong>{s.label[lang]}</strong>{' '}
                <span class="muted">
                  {noticeCheckText(lang, 'suggestion_share', {
                    n: s.of,
                    k: s.incidents,
                    pct: Math.round(s.share * 100),
                  })}
                </span>
                {s.examples.length ? (
                  <>
                    {' '}
                    {noticeCheckText(lang, 'examples')}:{' '}
                    {s.examples.map((e, i) => (
                      <>
                        {i > 0 ? ', ' : ''}
                        <a href={`/incidents/${encodeURIComponent(e.slug)}`}>{e.title}</a>
                      </>
                    ))}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p class="muted">{noticeCheckText(lang, 'disclaimer')}</p>
    </section>
  );
}

/**
 * The /notice-check page: the form (text, language, detection date) and, after a POST, the result.
 * The form posts to itself; nothing is stored.
 */
export function NoticeCheckPage(
  props: PageCtx & { form: NoticeCheckForm; error?: string; result?: NoticeCheckResult },
) {
  const { lang, form } = props;
  return (
    <Layout
      lang={lang}
      title={noticeCheckText(lang, 'title')}
      nonce={props.nonce}
      path={props.path}
      current="/notice-check"
    >
      <h1>{noticeCheckText(lang, 'title')}</h1>
      <p class="lead">{noticeCheckText(lang, 'lead')}</p>
      <p class="muted">{noticeCheckText(lang, 'for_companies')}</p>
      <p class="notice-box">{noticeCheckText(lang, 'privacy')}</p>
      <form method="post" action="/notice-check" class="panel">
        <p>
          <label for="nc-text">{noticeCheckText(lang, 'text_label')}</label>
          <br />
          <textarea id="nc-text" name="text" rows={16} required maxlength={100000}>
            {form.text}
          </textarea>
        </p>
        <fieldset class="radio-row">
          <legend>{noticeCheckText(lang, 'lang_label')}</legend>
          {(['auto', 'ja', 'en'] as const).map((v) => (
            <label>
              <input type="radio" name="lang" value={v} checked={form.lang === v} />{' '}
              {noticeCheckText(lang, `lang_${v}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{noticeCheckText(lang, 'regions_label')}</legend>
          <ul class="check-list">
            {REGIONS.map((g) => (
              <li>
                <label>
                  <input type="checkbox" name="regions" value={g} checked={form.regions.includes(g)} />{' '}
                  {REGION_LABELS[g][lang]}
                </label>
              </li>
            ))}
          </ul>
          <span class="muted">{noticeCheckText(lang, 'regions_help')}</span>
        </fieldset>
        <p>
          <label for="nc-detected">{noticeCheckText(lang, 'detected_label')}</label>
          <br />
          <input
            id="nc-detected"
            name="detected"
            type="date"
            value={form.detected}
            aria-describedby="nc-detected-help"
          />
          <br />
          <span id="nc-detected-help" class="muted">
            {noticeCheckText(lang, 'detected_help')}
          </span>
        </p>
        {props.error ? (
          <p class="notice-box" role="alert">
            {props.error}
          </p>
        ) : null}
        <p class="actions">
          <button type="submit">{noticeCheckText(lang, 'submit')}</button>
        </p>
      </form>
      {props.result ? <Result r={props.result} lang={lang} /> : null}
    </Layout>
  );
}
