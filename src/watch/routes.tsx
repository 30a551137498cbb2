import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import { isAppError } from '../errors.js';
import { dataClassLabel } from '../extract/data-class-labels.js';
import { atomFeed } from '../feeds/atom.js';
import { pageCtx } from '../http/context.js';
import { renderPage } from '../http/render.js';
import type { AppDeps, AppEnv, Feature } from '../http/types.js';
import { logger } from '../log.js';
import { serverKey } from '../security/keys.js';
import { type AlertDeps, sendConfirmationMail } from './deliver.js';
import { EMPTY_FORM, isDataClass, resolveName, serviceNames, WatchForm } from './form.js';
import { createMailTransport } from './mailer.js';
import { watchText } from './messages.js';
import { ActionPage, WatchCreatedPage, WatchFormPage } from './pages.js';
import { WatchLimits } from './rate-limit.js';
import {
  addChannel,
  confirmChannel,
  createWatchlist,
  findWatchlistByToken,
  getChannel,
  unsubscribeChannel,
  watchedIncidents,
} from './store.js';
import { checkUnsubscribeSig, TOKEN_RE } from './tokens.js';
import { vetWebhookUrl } from './webhook.js';

const log = logger('watch');

/**
 * Watchlists without accounts: the follow form (/watch), the secret feed (/watch/{token}/feed.atom),
 * the email confirmation (/watch/confirm/{token}) and one-click unsubscribe
 * (/watch/unsubscribe/{channel}/{signature}, also RFC 8058 List-Unsubscribe-Post).
 */
export const watchFeature: Feature = (app, deps) => {
  const transport = createMailTransport(deps.config);
  const alertDeps: AlertDeps = { db: deps.db, config: deps.config, reader: deps.reader, transport };
  const base = deps.config.publicUrl.replace(/\/$/, '');

  app.get('/watch', (c) =>
    renderPage(c, <WatchFormPage ctx={pageCtx(c)} emailEnabled={transport !== null} />),
  );
  const limits = new WatchLimits(deps);
  app.post('/watch', async (c) => {
    await limits.client(c);
    return createFromForm(c, deps, alertDeps, transport !== null, limits);
  });

  app.get('/watch/:token/feed.atom', async (c) => {
    const token = c.req.param('token');
    const watch = await findWatchlistByToken(deps.db, token);
    if (!watch) return c.notFound();
    const incidents = await watchedIncidents(deps.reader, watch);
    const xml = atomFeed({
      baseUrl: base,
      selfPath: `/watch/${token}/feed.atom`,
      alternatePath: '/watch',
      key: `watch:${watch.id}`,
      title: watchText(watch.lang, 'watch_feed_title'),
      lang: watch.lang,
      incidents,
    });
    const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`;
    // private: the URL is a secret; shared caches must not keep what a person follows.
    c.header('Cache-Control', 'private, max-age=300');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.get('/watch/confirm/:token', (c) => {
    const ctx = pageCtx(c);
    const token = c.req.param('token');
    if (!TOKEN_RE.test(token))
      return renderPage(
        c,
        <ActionPage
          ctx={ctx}
          title={watchText(ctx.lang, 'confirm_title')}
          message={watchText(ctx.lang, 'confirm_invalid')}
        />,
        404,
      );
    return renderPage(
      c,
      <ActionPage
        ctx={ctx}
        title={watchText(ctx.lang, 'confirm_title')}
        button={{ label: watchText(ctx.lang, 'confirm_button'), action: `/watch/confirm/${token}` }}
      />,
    );
  });
  app.post('/watch/confirm/:token', async (c) => {
    const ctx = pageCtx(c);
    const ok = await confirmChannel(deps.db, c.req.param('token'));
    return renderPage(
      c,
      <ActionPage
        ctx={ctx}
        title={watchText(ctx.lang, 'confirm_title')}
        message={watchText(ctx.lang, ok ? 'confirm_done' : 'confirm_invalid')}
      />,
      ok ? 200 : 404,
    );
  });

  const checkLink = async (c: Context<AppEnv>): Promise<string | null> => {
    const id = c.req.param('channel') ?? '';
    const sig = c.req.param('sig') ?? '';
    const key = await serverKey(deps.db, deps.config.secret, 'watch-unsubscribe');
    return checkUnsubscribeSig(key, id, sig) ? id : null;
  };
  // The unsubscribe link's page: a message (404 when the link is not ours), or the one-click button.
  const unsubPage = (c: Context<AppEnv>, message: 'unsub_invalid' | 'unsub_done' | null) => {
    const ctx = pageCtx(c);
    return renderPage(
      c,
      <ActionPage
        ctx={ctx}
        title={watchText(ctx.lang, 'unsub_title')}
        message={message ? watchText(ctx.lang, message) : undefined}
        button={
          message
            ? undefined
            : { label: watchText(ctx.lang, 'unsub_button'), action: new URL(c.req.url).pathname }
        }
      />,
      message === 'unsub_invalid' ? 404 : 200,
    );
  };
  app.get('/watch/unsubscribe/:channel/:sig', async (c) => {
    const id = await checkLink(c);
    if (!id) return unsubPage(c, 'unsub_invalid');
    const ch = await getChannel(deps.db, id);
    return unsubPage(c, !ch || ch.unsubscribed_at ? 'unsub_done' : null);
  });
  // One click: the page's button, or a mail client's RFC 8058 POST (body List-Unsubscribe=One-Click).
  app.post('/watch/unsubscribe/:channel/:sig', async (c) => {
    const id = await checkLink(c);
    if (!id) return unsubPage(c, 'unsub_invalid');
    await unsubscribeChannel(deps.db, id);
    log.info({ channel: id }, 'alert channel unsubscribed');
    return unsubPage(c, 'unsub_done');
  });
};

async function createFromForm(
  c: Context<AppEnv>,
  deps: AppDeps,
  alertDeps: AlertDeps,
  emailEnabled: boolean,
  limits: WatchLimits,
): Promise<Response> {
  const ctx = pageCtx(c);
  const { lang } = ctx;
  const parsed = WatchForm.safeParse(await c.req.parseBody({ all: true }));
  const f = parsed.success ? parsed.data : EMPTY_FORM;
  const again = (error: string) =>
    renderPage(c, <WatchFormPage ctx={ctx} emailEnabled={emailEnabled} error={error} form={f} />, 400);

  const serviceIds: string[] = [];
  const organizationIds: string[] = [];
  const labels: string[] = [];
  const unknown: string[] = [];
  // The site's own lookup (reader.getService, getOrganization, then reader.suggest) for every typed name.
  for (const name of serviceNames(f)) {
    const r = await resolveName(deps.reader, name);
    if (r.kind === 'unknown') unknown.push(name);
    else {
      if (r.kind === 'organization') organizationIds.push(r.id);
      else serviceIds.push(...r.ids);
      labels.push(r.label);
    }
  }
  if (unknown.length > 0)
    return again(watchText(lang, 'watch_unknown_services', { names: unknown.join(', ') }));
  const dataClasses = f.data_classes.filter(isDataClass);
  if (serviceIds.length + organizationIds.length + dataClasses.length === 0)
    return again(watchText(lang, 'watch_need_target'));
  labels.push(...dataClasses.map((d) => dataClassLabel(d, lang)));

  let email: string | null = null;
  if (f.email && emailEnabled) {
    const e = z.email().safeParse(f.email);
    if (!e.success) return again(`${watchText(lang, 'watch_email')}: ${f.email.slice(0, 254)}`);
    email = e.data;
  }
  // Without mail on this server the feed is the one way left, so it is always made.
  const feedWanted = Boolean(f.feed) || !emailEnabled;
  if (!email && !f.webhook && !feedWanted) return again(watchText(lang, 'watch_need_channel'));
  let webhook: string | null = null;
  if (f.webhook) {
    try {
      // Vetted as delivery vets it: an internal address is refused now, not stored.
      webhook = (await vetWebhookUrl(f.webhook, { allow: deps.config.fetchAllow })).url.href;
    } catch (err) {
      if (!isAppError(err)) throw err;
      return again(`${watchText(lang, 'watch_webhook')}: ${err.message}`);
    }
  }

  // Before anything is stored: no watchlist is created for a refused request.
  if (email) await limits.address(c, email);
  let created: { id: string; token: string };
  try {
    created = await createWatchlist(deps.db, { serviceIds, organizationIds, dataClasses, lang });
  } catch (err) {
    if (!isAppError(err, 'validation_failed')) throw err;
    return again(err.message);
  }
  let emailSentTo: string | null = null;
  let emailFailed = false;
  if (email) {
    const { confirmToken } = await addChannel(deps.db, created.id, { kind: 'email', address: email });
    try {
      await sendConfirmationMail(alertDeps, lang, email, confirmToken!);
      emailSentTo = email;
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'confirmation mail failed');
      emailFailed = true;
    }
  }
  let webhookSecret: string | null = null;
  if (webhook)
    webhookSecret = (await addChannel(deps.db, created.id, { kind: 'webhook', url: webhook })).channel.secret;
  return renderPage(
    c,
    <WatchCreatedPage
      ctx={ctx}
      feedUrl={`${deps.config.publicUrl.replace(/\/$/, '')}/watch/${created.token}/feed.atom`}
      feedWanted={feedWanted || (!emailSentTo && !webhookSecret)}
      targets={[...new Set(labels)]}
      emailSentTo={emailSentTo}
      emailFailed={emailFailed}
      webhookSecret={webhookSecret}
    />,
  );
}
