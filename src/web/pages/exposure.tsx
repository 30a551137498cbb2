import type { Context } from 'hono';
import { z } from 'zod';
import { DataClassBadge, DataClassList } from '../../http/components/data-class.js';
import { incidentHref } from '../../http/components/incident-card.js';
import { TableWrap } from '../../http/components/table-wrap.js';
import { pageCtx } from '../../http/context.js';
import { bySeverity } from '../../http/data-classes.js';
import { affectedText } from '../../http/format.js';
import { formatDate, type Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import { HelpDesks } from './advice.js';
import {
  type Answer,
  adviceFor,
  buildReport,
  type ExposureReport,
  loadPicks,
  MAX_PICKS,
  type Pick,
  resolveLine,
  suggestionToken,
} from './exposure-logic.js';

const strOrList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The form as posted: every field bounded so a pasted novel cannot make the request expensive. */
const Form = z.object({
  action: z.enum(['find', 'report', 'clear']).catch('report'),
  find: z.string().trim().max(100).catch(''),
  paste: z.string().max(5000).catch(''),
  s: strOrList.pipe(z.array(z.string().max(220)).max(MAX_PICKS * 2)),
});

interface State {
  picks: Pick[];
  candidates: Pick[];
  unmatched: string[];
  find: string;
  report: ExposureReport | null;
}

/**
 * `/exposure`: pick services (search or paste), answer scope questions, see every incident that
 * affects them, a data-class × service matrix and a prioritised to-do list. GET shows the empty form;
 * the form POSTs so the selection never appears in a URL, and it is neither stored nor logged.
 */
export async function exposurePage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const state: State = { picks: [], candidates: [], unmatched: [], find: '', report: null };
  let status: 200 | 400 = 200;
  if (c.req.method === 'POST') {
    const body = await c.req.parseBody({ all: true });
    const parsed = Form.safeParse(body);
    if (!parsed.success) {
      status = 400;
    } else if (parsed.data.action !== 'clear') {
      const f = parsed.data;
      const tokens = [...f.s];
      const lines = [
        ...new Set(
          f.paste
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
        ),
      ].slice(0, MAX_PICKS);
      const resolved = await Promise.all(lines.map((l) => resolveLine(deps.reader, l)));
      resolved.forEach((r, i) => {
        if (r) tokens.push(r.token);
        else state.unmatched.push(lines[i]!);
      });
      state.picks = await loadPicks(deps.reader, tokens);
      state.find = f.find;
      if (f.action === 'find' && f.find) {
        const sugg = await deps.reader.suggest(f.find, 10);
        state.candidates = sugg
          .map((s) => ({ token: suggestionToken(s), kind: s.kind, slug: s.slug, name: s.name }))
          .filter((p) => !state.picks.some((x) => x.token === p.token));
      }
      if (state.picks.length > 0 && (f.action === 'report' || state.candidates.length === 0)) {
        const answers = new Map<string, Answer>();
        for (const [k, v] of Object.entries(body)) {
          if (k.startsWith('scope_') && (v === 'yes' || v === 'no' || v === 'unsure'))
            answers.set(k.slice(6), v);
        }
        state.report = await buildReport(
          deps.reader,
          state.picks.map((p) => p.token),
          answers,
        );
      }
    }
  }
  const { lang, nonce, path } = pageCtx(c);
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    <Layout
      lang={lang}
      title={siteText(lang, 'exposure_title')}
      description={siteText(lang, 'exposure_description')}
      nonce={nonce}
      path={path}
      scripts={['exposure.js']}
    >
      <h1>{siteText(lang, 'exposure_title')}</h1>
      <p>{siteText(lang, 'exposure_description')}</p>
      <p class="notice-box">{siteText(lang, 'exposure_privacy')}</p>
      <ExposureForm lang={lang} state={state} />
      {state.report ? <Results lang={lang} report={state.report} /> : null}
    </Layout>,
    status,
  );
}

function ExposureForm({ lang, state }: { lang: Lang; state: State }) {
  return (
    <form
      method="post"
      action="/exposure"
      id="exposure-form"
      data-selected={String(state.picks.length)}
      class="panel"
    >
      <h2>{siteText(lang, 'exposure_step1')}</h2>
      <fieldset>
        <legend>{siteText(lang, 'exposure_selected')}</legend>
        <ul class="check-list" id="exposure-selected">
          {state.picks.map((p) => (
            <li>
              <label>
                <input type="checkbox" name="s" value={p.token} checked data-name={p.name} />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
        {state.picks.length === 0 ? (
          <p class="muted" id="exposure-none">
            {siteText(lang, 'exposure_none_selected')}
          </p>
        ) : null}
      </fieldset>
      <div class="search no-print">
        <label for="exposure-find">{siteText(lang, 'exposure_find')}</label>
        <div class="search-row">
          <input
            id="exposure-find"
            type="search"
            name="find"
            value={state.find}
            list="exposure-find-list"
            data-suggest="exposure-find-list"
            autocomplete="off"
            maxlength={100}
          />
          <datalist id="exposure-find-list" />
          <button type="submit" name="action" value="find" class="secondary">
            {siteText(lang, 'exposure_find_button')}
          </button>
        </div>
      </div>
      {state.candidates.length > 0 ? (
        <fieldset>
          <legend>{siteText(lang, 'exposure_found')}</legend>
          <ul class="check-list">
            {state.candidates.map((p) => (
              <li>
                <label>
                  <input type="checkbox" name="s" value={p.token} data-name={p.name} />
                  {p.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <p class="no-print">
        <label for="exposure-paste">{siteText(lang, 'exposure_paste')}</label>
        <textarea id="exposure-paste" name="paste" rows={4} maxlength={5000} />
      </p>
      {state.unmatched.length > 0 ? (
        <p class="notice-box">
          {siteText(lang, 'exposure_unmatched', { names: state.unmatched.join(', ') })}
        </p>
      ) : null}
      <p class="actions no-print">
        <button type="submit" name="action" value="report">
          {siteText(lang, 'exposure_submit')}
        </button>
        <button type="submit" name="action" value="clear" class="secondary" id="exposure-clear">
          {siteText(lang, 'exposure_clear')}
        </button>
        <button type="button" class="secondary no-print" id="exposure-print" hidden>
          {siteText(lang, 'exposure_print')}
        </button>
      </p>
      {state.report ? <ScopeQuestions lang={lang} report={state.report} /> : null}
    </form>
  );
}

/** Scope questions live inside the form so that answering re-posts the same selection. */
function ScopeQuestions({ lang, report }: { lang: Lang; report: ExposureReport }) {
  const scoped = report.incidents.filter((x) => x.scoped);
  if (scoped.length === 0) return null;
  return (
    <div>
      {scoped.map((x) => (
        <fieldset>
          <legend>
            {x.incident.title} — {siteText(lang, 'exposure_scope_question')}
          </legend>
          <ul class="fact-list">
            {x.incident.facts.scope.map((s) => (
              <li>{s.value.description}</li>
            ))}
          </ul>
          <div class="radio-row">
            {(['yes', 'no', 'unsure'] as const).map((a) => (
              <label>
                <input
                  type="radio"
                  name={`scope_${x.incident.id}`}
                  value={a}
                  checked={x.answer === a || (a === 'unsure' && !x.answer)}
                />
                {siteText(lang, `exposure_scope_${a}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p>
        <button type="submit" name="action" value="report">
          {siteText(lang, 'exposure_submit')}
        </button>
      </p>
    </div>
  );
}

function Results({ lang, report }: { lang: Lang; report: ExposureReport }) {
  const advice = adviceFor(report);
  const verdictLabel = {
    affected: 'exposure_affected',
    maybe: 'exposure_maybe',
    likely_not: 'exposure_likely_not',
  } as const;
  return (
    <section aria-labelledby="results-h" id="results">
      <h2 id="results-h">{siteText(lang, 'exposure_results')}</h2>
      {report.incidents.length === 0 ? (
        <p class="notice-box">{siteText(lang, 'exposure_no_incidents')}</p>
      ) : (
        <>
          <p role="status">{siteText(lang, 'exposure_incidents_count', { n: report.incidents.length })}</p>
          <ul class="cards">
            {report.incidents.map((x) => (
              <li>
                <article class="card">
                  <h3 class="card-title">
                    <a href={incidentHref(x.incident)}>{x.incident.title}</a>
                  </h3>
                  <p class="card-meta">
                    <span>{x.picks.map((p) => p.name).join(', ')}</span>
                    {x.incident.published ? <span>{formatDate(x.incident.published, lang)}</span> : null}
                  </p>
                  <p class={`verdict verdict-${x.verdict.replace('_', '-')}`}>
                    {siteText(lang, verdictLabel[x.verdict])}
                  </p>
                  <p>{affectedText(x.incident.affected, lang)}</p>
                  <DataClassList
                    lang={lang}
                    classes={bySeverity(x.incident.data_classes)}
                    label={siteText(lang, 'data_classes_label')}
                  />
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.classes.length > 0 ? <Matrix lang={lang} report={report} /> : null}
      {advice.length > 0 ? (
        <section aria-labelledby="todo-h">
          <h2 id="todo-h">{siteText(lang, 'exposure_todo')}</h2>
          <ol class="advice">
            {advice.map((a) => (
              <li>
                {siteText(lang, a.key)}
                {a.where.length > 0 ? (
                  <>
                    <br />
                    <span class="muted">
                      {siteText(lang, 'advice_password_where', { services: a.where.join(', ') })}
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
          <HelpDesks lang={lang} />
        </section>
      ) : null}
    </section>
  );
}

function Matrix({ lang, report }: { lang: Lang; report: ExposureReport }) {
  const cols = report.picks.filter((p) => report.classes.some((dc) => report.matrix.get(dc)?.has(p.token)));
  return (
    <section aria-labelledby="matrix-h">
      <h2 id="matrix-h">{siteText(lang, 'exposure_matrix')}</h2>
      <TableWrap>
        <table class="matrix">
          <caption>{siteText(lang, 'exposure_matrix_caption')}</caption>
          <thead>
            <tr>
              <td />
              {cols.map((p) => (
                <th scope="col">{p.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.classes.map((dc) => (
              <tr>
                <th scope="row">
                  <DataClassBadge lang={lang} dataClass={dc} />
                </th>
                {cols.map((p) =>
                  report.matrix.get(dc)?.has(p.token) ? (
                    <td class="yes">
                      <span aria-hidden="true">●</span>
                      <span class="visually-hidden">{siteText(lang, 'exposure_matrix_yes')}</span>
                    </td>
                  ) : (
                    <td>
                      <span aria-hidden="true">–</span>
                      <span class="visually-hidden">{siteText(lang, 'exposure_matrix_no')}</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
