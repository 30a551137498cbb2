import { TableWrap } from '../http/components/table-wrap.js';
import type { Lang } from '../http/i18n.js';
import { Layout } from '../http/layout.js';
import type { DocExamples } from './doc-examples.js';
import { docsText, tagTitle } from './docs-text.js';

/**
 * The API reference page (/api/docs), rendered on the server from the OpenAPI document: no CDN, no
 * script, so it works under the site's `default-src 'self'` CSP and without JavaScript.
 */

/** The parts of an OpenAPI 3.1 schema object the page shows. */
export interface SchemaLike {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaLike>;
  required?: string[];
  items?: SchemaLike;
  enum?: unknown[];
  anyOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  allOf?: SchemaLike[];
  description?: string;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: boolean | SchemaLike;
}

interface ParameterLike {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: SchemaLike;
}

interface OperationLike {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterLike[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: SchemaLike }> }>;
}

export interface OpenApiLike {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OperationLike>>;
  components?: { schemas?: Record<string, SchemaLike> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function refName(ref: string): string {
  return ref.replace('#/components/schemas/', '');
}

/**
 * A TypeScript-like one-line type for a schema: references by name, enums shortened.
 *
 * @example typeOf({ type: 'array', items: { $ref: '#/components/schemas/SearchHit' } }) // 'SearchHit[]'
 */
export function typeOf(s: SchemaLike | undefined): string {
  if (!s) return 'unknown';
  if (s.$ref) return refName(s.$ref);
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return alts.map(typeOf).join(' | ');
  if (s.allOf) return s.allOf.map(typeOf).join(' & ');
  if (s.enum) {
    const shown = s.enum.slice(0, 6).map((v) => JSON.stringify(v));
    return s.enum.length > 6 ? `${shown.join(' | ')} | … (${s.enum.length})` : shown.join(' | ');
  }
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const base = types
    .map((t) => {
      if (t === 'array') return `${typeOf(s.items)}[]`;
      if (t === 'object') return s.properties ? 'object' : 'object';
      return t;
    })
    .join(' | ');
  return base || 'unknown';
}

function constraints(s: SchemaLike | undefined, lang: Lang): string {
  if (!s) return '';
  const ja = lang === 'ja';
  const out: string[] = [];
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined) out.push(`${ja ? '最短' : 'min length'} ${s.minLength}`);
  if (s.maxLength !== undefined) out.push(`${ja ? '最長' : 'max length'} ${s.maxLength}`);
  if (s.default !== undefined) out.push(`${ja ? '既定値' : 'default'} ${JSON.stringify(s.default)}`);
  return out.join(ja ? '、' : ', ');
}

/**
 * A description from the OpenAPI document, its `backticked` names (fields, error codes) shown as code.
 * @example <DocText text="422 (`unsupported_language`)" /> // 422 (<code>unsupported_language</code>)
 */
function DocText(props: { text: string }) {
  return <>{props.text.split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/** Example value for a parameter in the curl line: the store's own value first, then the schema's. */
function exampleValue(p: ParameterLike, fromStore: Record<string, string> | undefined): string {
  const own = fromStore?.[p.name];
  if (own !== undefined) return own;
  const ex = p.schema?.example ?? p.schema?.default ?? (p.schema?.enum ? p.schema.enum[0] : undefined);
  if (ex !== undefined) return String(ex);
  return p.in === 'path' ? `<${p.name}>` : '';
}

/** A shell word in single quotes ('…'\''…' for a quote inside). */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/**
 * `curl` line for an operation, with the path's parameters and required query parameters filled
 * (URL-encoded) — from `examples` (values that exist in the store) where given, else from the
 * schema's examples; a POST with a JSON body sends it.
 *
 * @example curlExample('https://x', '/api/v1/incidents/{id}', op, { params: { '/api/v1/incidents/{id}': { id: 'a' } }, bodies: {} })
 *          // => "curl -s 'https://x/api/v1/incidents/a'"
 */
export function curlExample(
  baseUrl: string,
  path: string,
  op: OperationLike,
  examples: DocExamples = { params: {}, bodies: {}, unavailable: [] },
  method = 'get',
): string {
  const params = op.parameters ?? [];
  const fromStore = examples.params[path];
  let url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const p = params.find((x) => x.in === 'path' && x.name === name);
    return encodeURIComponent(p ? exampleValue(p, fromStore) : (fromStore?.[name] ?? name));
  });
  const query = params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(exampleValue(p, fromStore))}`);
  if (query.length > 0) url += `?${query.join('&')}`;
  if (method === 'get') return `curl -s ${shellQuote(`${baseUrl}${url}`)}`;
  const body = examples.bodies[path];
  const data =
    body === undefined
      ? ''
      : ` -H ${shellQuote('Content-Type: application/json')} --data ${shellQuote(JSON.stringify(body))}`;
  return `curl -s -X ${method.toUpperCase()} ${shellQuote(`${baseUrl}${url}`)}${data}`;
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function SchemaFields(props: { schema: SchemaLike; lang: Lang }) {
  const t = (k: 'col_field' | 'col_type' | 'col_notes') => docsText(props.lang, k);
  const props_ = props.schema.properties ?? {};
  const required = new Set(props.schema.required ?? []);
  return (
    <TableWrap>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col_field')}</th>
            <th scope="col">{t('col_type')}</th>
            <th scope="col">{t('col_notes')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(props_).map(([name, s]) => (
            <tr>
              <td>
                <code>{name}</code>
                {required.has(name) ? '' : '?'}
              </td>
              <td>
                <TypeLink schema={s} />
              </td>
              <td>
                <DocText text={[s.description, constraints(s, props.lang)].filter(Boolean).join(' — ')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** A type, with references linked to their component section. */
function TypeLink(props: { schema: SchemaLike | undefined }) {
  const s = props.schema;
  const ref =
    s?.$ref ?? (s?.items?.$ref && typeOf(s) === `${refName(s.items.$ref)}[]` ? s.items.$ref : undefined);
  if (ref) {
    const name = refName(ref);
    return (
      <code>
        <a href={`#schema-${name}`}>{name}</a>
        {s?.$ref ? '' : '[]'}
      </code>
    );
  }
  return <code>{typeOf(s)}</code>;
}

/**
 * The page. `baseUrl` is the site's public URL (for curl lines); only paths starting with one of
 * `prefixes` are listed; `examples` fills the curl lines with values the store holds. The page's own
 * words follow the UI language; the OpenAPI summaries and field descriptions stay English (said so).
 */
export function ApiDocsPage(props: {
  doc: OpenApiLike;
  baseUrl: string;
  lang: Lang;
  nonce: string;
  path: string;
  prefixes: string[];
  examples?: DocExamples;
}) {
  const { doc, baseUrl, lang } = props;
  const t = (k: Parameters<typeof docsText>[1]) => docsText(lang, k);
  const ops: { path: string; method: string; op: OperationLike }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!props.prefixes.some((p) => path.startsWith(p))) continue;
    for (const m of METHODS) {
      const op = item[m];
      if (op) ops.push({ path, method: m, op });
    }
  }
  const tags = [...new Set(ops.map((o) => o.op.tags?.[0] ?? 'Other'))];
  const schemas = Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const where = (p: ParameterLike) =>
    p.in === 'path'
      ? t('in_path')
      : p.in === 'query'
        ? t('in_query')
        : p.in === 'header'
          ? t('in_header')
          : p.in;
  return (
    <Layout lang={lang} title={t('title')} nonce={props.nonce} path={props.path} current="/api">
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <p>{t('about')}</p>
      {lang === 'ja' ? (
        <p class="notice-box" id="api-docs-english-note">
          {t('english_note')}
        </p>
      ) : null}
      <p>
        {t('openapi_doc')}
        <a href="/api/openapi.json">/api/openapi.json</a>
        {t('atom_feed')}
        <a href="/feed.atom">/feed.atom</a>
      </p>
      <p class="muted">{t('example_note')}</p>
      <nav aria-label={t('endpoints')}>
        {tags.map((tag) => (
          <>
            <h2>{tagTitle(lang, tag)}</h2>
            <ul class="plain-list">
              {ops
                .filter((o) => (o.op.tags?.[0] ?? 'Other') === tag)
                .map((o) => (
                  <li>
                    <a href={`#${anchor(o.method, o.path)}`}>
                      <code>
                        {o.method.toUpperCase()} {o.path}
                      </code>
                    </a>{' '}
                    — <span lang="en">{o.op.summary ?? ''}</span>
                  </li>
                ))}
            </ul>
          </>
        ))}
      </nav>
      {ops.map(({ path, method, op }) => (
        <section id={anchor(method, path)} class="panel" aria-labelledby={`${anchor(method, path)}-h`}>
          <h3 id={`${anchor(method, path)}-h`}>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h3>
          {op.summary ? <p lang="en">{op.summary}</p> : null}
          {op.description ? (
            <p class="muted" lang="en">
              <DocText text={op.description} />
            </p>
          ) : null}
          {(op.parameters ?? []).length > 0 ? (
            <TableWrap>
              <table>
                <caption>{t('parameters')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col_name')}</th>
                    <th scope="col">{t('col_in')}</th>
                    <th scope="col">{t('col_type')}</th>
                    <th scope="col">{t('col_required')}</th>
                    <th scope="col">{t('col_notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(op.parameters ?? []).map((p) => (
                    <tr>
                      <td>
                        <code>{p.name}</code>
                      </td>
                      <td>{where(p)}</td>
                      <td>
                        <TypeLink schema={p.schema} />
                      </td>
                      <td>{p.required ? t('yes') : t('no')}</td>
                      <td>
                        <DocText
                          text={[p.description ?? p.schema?.description, constraints(p.schema, lang)]
                            .filter(Boolean)
                            .join(' — ')}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          <h4>{t('responses')}</h4>
          <ul>
            {Object.entries(op.responses ?? {}).map(([status, r]) => {
              const media = Object.entries(r.content ?? {})[0];
              return (
                <li>
                  <strong>{status}</strong>{' '}
                  <span lang="en">
                    <DocText text={r.description ?? ''} />
                  </span>
                  {media ? (
                    <>
                      {' '}
                      (<code>{media[0]}</code>) <TypeLink schema={media[1].schema} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <h4>{t('example')}</h4>
          {props.examples?.unavailable.includes(path) ? (
            // Nothing in this store to point at (no notice ingested yet): a template, said to be one.
            <>
              <p class="muted">{t('example_none')}</p>
              <pre>
                <code class="api-example-template">{`curl -s '${baseUrl}${path}'`}</code>
              </pre>
            </>
          ) : (
            <pre>
              <code class="api-example">{curlExample(baseUrl, path, op, props.examples, method)}</code>
            </pre>
          )}
        </section>
      ))}
      <h2>{t('schemas')}</h2>
      {schemas.map(([name, s]) => (
        <section id={`schema-${name}`} aria-labelledby={`schema-${name}-h`}>
          <h3 id={`schema-${name}-h`}>
            <code>{name}</code>
          </h3>
          {s.description ? (
            <p lang="en">
              <DocText text={s.description} />
            </p>
          ) : null}
          {s.properties ? (
            <SchemaFields schema={s} lang={lang} />
          ) : (
            <p>
              <code>{typeOf(s)}</code>
            </p>
          )}
        </section>
      ))}
    </Layout>
  );
}
