import { TableWrap } from '../http/components/table-wrap.js';
import type { Lang } from '../http/i18n.js';
import { Layout } from '../http/layout.js';

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

function constraints(s: SchemaLike | undefined): string {
  if (!s) return '';
  const out: string[] = [];
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined) out.push(`min length ${s.minLength}`);
  if (s.maxLength !== undefined) out.push(`max length ${s.maxLength}`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out.join(', ');
}

/**
 * A description from the OpenAPI document, its `backticked` names (fields, error codes) shown as code.
 * @example <DocText text="422 (`unsupported_language`)" /> // 422 (<code>unsupported_language</code>)
 */
function DocText(props: { text: string }) {
  return <>{props.text.split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/** Example value for a parameter in the curl line. */
function exampleValue(p: ParameterLike): string {
  const ex = p.schema?.example ?? p.schema?.default ?? (p.schema?.enum ? p.schema.enum[0] : undefined);
  if (ex !== undefined) return String(ex);
  return p.in === 'path' ? `<${p.name}>` : '';
}

/**
 * `curl` line for an operation, with the path's parameters and required query parameters filled with
 * their examples (URL-encoded).
 */
export function curlExample(baseUrl: string, path: string, op: OperationLike): string {
  const params = op.parameters ?? [];
  let url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const p = params.find((x) => x.in === 'path' && x.name === name);
    return encodeURIComponent(p ? exampleValue(p) : name);
  });
  const query = params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(exampleValue(p))}`);
  if (query.length > 0) url += `?${query.join('&')}`;
  return `curl -s '${baseUrl}${url}'`;
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function SchemaFields(props: { schema: SchemaLike }) {
  const props_ = props.schema.properties ?? {};
  const required = new Set(props.schema.required ?? []);
  return (
    <TableWrap>
      <table>
        <thead>
          <tr>
            <th scope="col">field</th>
            <th scope="col">type</th>
            <th scope="col">notes</th>
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
                <DocText text={[s.description, constraints(s)].filter(Boolean).join(' — ')} />
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
 * `prefixes` are listed.
 */
export function ApiDocsPage(props: {
  doc: OpenApiLike;
  baseUrl: string;
  lang: Lang;
  nonce: string;
  path: string;
  prefixes: string[];
}) {
  const { doc, baseUrl } = props;
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
  const ja = props.lang === 'ja';
  return (
    <Layout
      lang={props.lang}
      title={ja ? 'API リファレンス' : 'API reference'}
      nonce={props.nonce}
      path={props.path}
      current="/api"
    >
      <h1>{doc.info.title}</h1>
      <p class="lead">
        {ja
          ? '公開の読み取り専用 JSON API です。認証は不要で、どのオリジンからも GET できます。'
          : 'A public, read-only JSON API: no key needed, GET from any origin.'}
      </p>
      <p>
        {ja ? 'OpenAPI 3.1 文書: ' : 'OpenAPI 3.1 document: '}
        <a href="/api/openapi.json">/api/openapi.json</a>
        {ja ? ' ・ Atom フィード: ' : ' · Atom feed: '}
        <a href="/feed.atom">/feed.atom</a>
      </p>
      <nav aria-label={ja ? 'エンドポイント一覧' : 'Endpoints'}>
        {tags.map((tag) => (
          <>
            <h2>{tag}</h2>
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
                    — {o.op.summary ?? ''}
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
          {op.summary ? <p>{op.summary}</p> : null}
          {op.description ? (
            <p class="muted">
              <DocText text={op.description} />
            </p>
          ) : null}
          {(op.parameters ?? []).length > 0 ? (
            <TableWrap>
              <table>
                <caption>{ja ? 'パラメータ' : 'Parameters'}</caption>
                <thead>
                  <tr>
                    <th scope="col">name</th>
                    <th scope="col">in</th>
                    <th scope="col">type</th>
                    <th scope="col">required</th>
                    <th scope="col">notes</th>
                  </tr>
                </thead>
                <tbody>
                  {(op.parameters ?? []).map((p) => (
                    <tr>
                      <td>
                        <code>{p.name}</code>
                      </td>
                      <td>{p.in}</td>
                      <td>
                        <TypeLink schema={p.schema} />
                      </td>
                      <td>{p.required ? 'yes' : 'no'}</td>
                      <td>
                        <DocText
                          text={[p.description ?? p.schema?.description, constraints(p.schema)]
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
          <h4>{ja ? 'レスポンス' : 'Responses'}</h4>
          <ul>
            {Object.entries(op.responses ?? {}).map(([status, r]) => {
              const media = Object.entries(r.content ?? {})[0];
              return (
                <li>
                  <strong>{status}</strong> <DocText text={r.description ?? ''} />
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
          <h4>{ja ? '例' : 'Example'}</h4>
          <pre>
            <code>{curlExample(baseUrl, path, op)}</code>
          </pre>
        </section>
      ))}
      <h2>{ja ? 'スキーマ' : 'Schemas'}</h2>
      {schemas.map(([name, s]) => (
        <section id={`schema-${name}`} aria-labelledby={`schema-${name}-h`}>
          <h3 id={`schema-${name}-h`}>
            <code>{name}</code>
          </h3>
          {s.description ? (
            <p>
              <DocText text={s.description} />
            </p>
          ) : null}
          {s.properties ? (
            <SchemaFields schema={s} />
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
