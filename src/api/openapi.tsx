import type { OpenAPIHono } from '@hono/zod-openapi';
import { pageCtx } from '../http/context.js';
import { renderPage } from '../http/render.js';
import type { AppEnv, Feature } from '../http/types.js';
import { type DocExamples, docExamples } from './doc-examples.js';
import { ApiDocsPage, type OpenApiLike } from './docs-page.js';

const EXAMPLES_TTL_MS = 5 * 60_000;

/** The paths the API reference lists (other features' internal routes stay out of the page). */
export const DOCUMENTED_PREFIXES = ['/api/v1/', '/api/v3/', '/api/logo.svg'];

/**
 * The OpenAPI 3.1 document of every route declared with createRoute. Built on first use, after every
 * feature has mounted its routes, then kept: routes do not change while the process runs.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>, publicUrl: string): OpenApiLike {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'leakwatch API',
      version: '1.0.0',
      description:
        "Data-breach incidents built from organisations' breach notices (Japanese and English): facts with evidence, search, feeds, and a Have I Been Pwned v3-compatible breach catalogue.",
    },
    servers: [{ url: publicUrl }],
  }) as unknown as OpenApiLike;
}

/** /api/openapi.json, the browsable reference at /api/docs, and /api → /api/docs. */
export const openApiFeature: Feature = (app, { config, reader }) => {
  const base = config.publicUrl.replace(/\/$/, '');
  // The examples' values come from the store; a few reads, kept for a while (ingestion adds, rarely removes).
  let examples: { at: number; value: Promise<DocExamples> } | null = null;
  const getExamples = (): Promise<DocExamples> => {
    if (!examples || Date.now() - examples.at > EXAMPLES_TTL_MS) {
      const value = docExamples(reader);
      examples = { at: Date.now(), value };
      value.catch(() => {
        examples = null;
      });
    }
    return examples.value;
  };
  let doc: OpenApiLike | null = null;
  const getDoc = (): OpenApiLike => {
    doc ??= openApiDocument(app, base);
    return doc;
  };
  app.get('/api/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(getDoc());
  });
  app.get('/api/docs', async (c) => {
    const ctx = pageCtx(c);
    const ex = await getExamples();
    return renderPage(
      c,
      <ApiDocsPage doc={getDoc()} baseUrl={base} prefixes={DOCUMENTED_PREFIXES} examples={ex} {...ctx} />,
    );
  });
  app.get('/api', (c) => c.redirect('/api/docs', 302));
};
