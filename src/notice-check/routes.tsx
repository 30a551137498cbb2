import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ErrorSchema } from '../api/schemas.js';
import { isAppError } from '../errors.js';
import { pageCtx } from '../http/context.js';
import { renderPage } from '../http/render.js';
import type { AppDeps, AppEnv, Feature } from '../http/types.js';
import { isIsoDate } from '../peers/durations.js';
import { unsupportedLanguage } from '../text/lang.js';
import { noticeCheckText } from './messages.js';
import { sharedCheckPool } from './off-thread.js';
import { type NoticeCheckForm, NoticeCheckPage } from './page.js';
import { isRegion } from './regimes/index.js';
import { MAX_DRAFT_CHARS, runNoticeCheck } from './run.js';
import { NoticeCheckRequest, NoticeCheckResponse } from './schemas.js';
import type { Region } from './types.js';

export const noticeCheckRoute = createRoute({
  method: 'post',
  path: '/api/v1/notice-check',
  tags: ['Company tools'],
  summary: 'Check a draft breach notice',
  description:
    'Checks a draft notice (Japanese or English) against the regimes of the regions where the affected people live (`regions`: Japan APPI, EU GDPR, California, New York, Texas, Washington, India DPDP, Korea PIPA, Australia NDB), each by the rules in force on the detection date, computes the reporting deadlines from the detection date, and suggests measures that comparable incidents announced. The text is not stored and not logged (入力した文章は保存されません).',
  request: { body: { content: { 'application/json': { schema: NoticeCheckRequest } }, required: true } },
  responses: {
    200: { description: 'The check', content: { 'application/json': { schema: NoticeCheckResponse } } },
    400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
    422: {
      description:
        'The draft is in neither Japanese nor English (`unsupported_language`), or its check ran over the time budget',
      content: { 'application/json': { schema: ErrorSchema } },
    },
    429: {
      description: 'Over the client’s request budget',
      content: { 'application/json': { schema: ErrorSchema } },
    },
    503: { description: 'The check is busy', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

async function noticeCheckPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const ctx = pageCtx(c);
  const form: NoticeCheckForm = { text: '', lang: 'auto', detected: '', regions: [] };
  if (c.req.method !== 'POST') return renderPage(c, <NoticeCheckPage {...ctx} form={form} />);
  const body = await c.req.parseBody({ all: true });
  form.text = typeof body.text === 'string' ? body.text : '';
  form.lang = body.lang === 'ja' || body.lang === 'en' ? body.lang : 'auto';
  form.detected = typeof body.detected === 'string' ? body.detected.trim() : '';
  // Several ticked boxes arrive as an array, one as a string; unknown values are dropped.
  const ticked = Array.isArray(body.regions) ? body.regions : [body.regions];
  form.regions = ticked.filter((g): g is Region => typeof g === 'string' && isRegion(g));
  let error: string | undefined;
  if (!form.text.trim()) error = noticeCheckText(ctx.lang, 'empty');
  else if (form.text.length > MAX_DRAFT_CHARS)
    error = noticeCheckText(ctx.lang, 'too_long', { n: MAX_DRAFT_CHARS });
  else if (form.detected && !isIsoDate(form.detected)) error = noticeCheckText(ctx.lang, 'bad_date');
  else {
    const lang = unsupportedLanguage(form.text.normalize('NFKC'));
    if (lang)
      error = noticeCheckText(ctx.lang, 'unsupported_language', {
        lang: ctx.lang === 'ja' ? lang.ja : lang.en,
      });
  }
  if (error) return renderPage(c, <NoticeCheckPage {...ctx} form={form} error={error} />, 400);
  let result: Awaited<ReturnType<typeof runNoticeCheck>>;
  try {
    result = await runNoticeCheck(
      form.text,
      {
        lang: form.lang === 'auto' ? undefined : form.lang,
        detected: form.detected || undefined,
        regions: form.regions.length ? form.regions : undefined,
      },
      { db: deps.db, analyse: sharedCheckPool().analyse },
    );
  } catch (err) {
    // Over the time budget (422) or busy (503): the form again, with the reason, in both languages.
    if (!isAppError(err) || (err.code !== 'unprocessable_document' && err.code !== 'unavailable')) throw err;
    return renderPage(c, <NoticeCheckPage {...ctx} form={form} error={err.message} />, err.status as 422);
  }
  // The draft may be confidential: keep it out of shared caches.
  c.header('Cache-Control', 'no-store');
  return renderPage(c, <NoticeCheckPage {...ctx} form={form} result={result} />);
}

/** /notice-check (page) and POST /api/v1/notice-check. Nothing is stored and the text is never logged. */
export const noticeCheckFeature: Feature = (app, deps) => {
  app.openapi(noticeCheckRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await runNoticeCheck(
      body.text,
      { lang: body.lang, detected: body.detected, regions: body.regions },
      { db: deps.db, analyse: sharedCheckPool().analyse },
    );
    c.header('Cache-Control', 'no-store');
    return c.json(result, 200);
  });
  app.get('/notice-check', (c) => noticeCheckPage(c, deps));
  app.post('/notice-check', (c) => noticeCheckPage(c, deps));
};
