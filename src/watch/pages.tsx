import { dataClassLabel } from '../extract/data-class-labels.js';
import { DATA_CLASSES } from '../extract/vocab.js';
import type { PageCtx } from '../http/context.js';
import type { Lang } from '../http/i18n.js';
import { Layout } from '../http/layout.js';
import { watchText } from './messages.js';

/** The "follow" form: services by name (resolved with the site's suggestions), data classes, channels. */
export function WatchFormPage(props: {
  ctx: PageCtx;
  emailEnabled: boolean;
  error?: string | undefined;
  services?: string;
  selected?: string[];
  email?: string;
  webhook?: string;
}) {
  const { lang } = props.ctx;
  const selected = new Set(props.selected ?? []);
  const classes = [...DATA_CLASSES].sort((a, b) =>
    dataClassLabel(a, lang).localeCompare(dataClassLabel(b, lang), lang),
  );
  return (
    <Layout
      lang={lang}
      title={watchText(lang, 'watch_title')}
      nonce={props.ctx.nonce}
      path={props.ctx.path}
      current="/watch"
    >
      <h1>{watchText(lang, 'watch_title')}</h1>
      <p class="lead">{watchText(lang, 'watch_lead')}</p>
      {props.error ? (
        <p class="notice-box form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action={lang === 'en' ? '/watch?lang=en' : '/watch'} class="panel">
        <p>
          <label for="watch-services">{watchText(lang, 'watch_services')}</label>
          <br />
          <textarea
            id="watch-services"
            name="services"
            rows={4}
            cols={40}
            maxlength={2000}
            placeholder={watchText(lang, 'watch_services_hint')}
          >
            {props.services ?? ''}
          </textarea>
        </p>
        <p>
          <label for="watch-classes">{watchText(lang, 'watch_data_classes')}</label>
          <br />
          <select id="watch-classes" name="data_classes" multiple size={10}>
            {classes.map((d) => (
              <option value={d} selected={selected.has(d)}>
                {dataClassLabel(d, lang)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="watch-email">{watchText(lang, 'watch_email')}</label>
          <br />
          {props.emailEnabled ? (
            <>
              <input
                id="watch-email"
                type="email"
                name="email"
                autocomplete="email"
                maxlength={254}
                value={props.email ?? ''}
              />
              <br />
              <small class="muted">{watchText(lang, 'watch_email_hint')}</small>
            </>
          ) : (
            <small class="muted">{watchText(lang, 'watch_email_unavailable')}</small>
          )}
        </p>
        <p>
          <label for="watch-webhook">{watchText(lang, 'watch_webhook')}</label>
          <br />
          <input id="watch-webhook" type="url" name="webhook" maxlength={2000} value={props.webhook ?? ''} />
          <br />
          <small class="muted">{watchText(lang, 'watch_webhook_hint')}</small>
        </p>
        <p>
          <button type="submit">{watchText(lang, 'watch_submit')}</button>
        </p>
      </form>
    </Layout>
  );
}

export function WatchCreatedPage(props: {
  ctx: PageCtx;
  feedUrl: string;
  targets: string[];
  emailSentTo: string | null;
  emailFailed: boolean;
  webhookSecret: string | null;
}) {
  const { lang } = props.ctx;
  return (
    <Layout
      lang={lang}
      title={watchText(lang, 'watch_created')}
      nonce={props.ctx.nonce}
      path="/watch"
      current="/watch"
    >
      <h1>{watchText(lang, 'watch_created')}</h1>
      <p>{watchText(lang, 'watch_following', { targets: props.targets.join(', ') })}</p>
      <p>{watchText(lang, 'watch_feed')}</p>
      <p class="panel">
        <a href={props.feedUrl} id="watch-feed-url">
          {props.feedUrl}
        </a>
      </p>
      {props.emailSentTo ? (
        <p class="notice-box">{watchText(lang, 'watch_email_sent', { address: props.emailSentTo })}</p>
      ) : null}
      {props.emailFailed ? (
        <p class="notice-box" role="alert">
          {watchText(lang, 'watch_email_failed')}
        </p>
      ) : null}
      {props.webhookSecret ? (
        <>
          <p>{watchText(lang, 'watch_webhook_secret')}</p>
          <p class="panel">
            <code id="watch-webhook-secret">{props.webhookSecret}</code>
          </p>
        </>
      ) : null}
    </Layout>
  );
}

/** A one-button page: confirmation and unsubscribe links are GET (mail clients, link scanners); the change is a POST. */
export function ActionPage(props: {
  ctx: PageCtx;
  title: string;
  message?: string | undefined;
  button?: { label: string; action: string } | undefined;
}) {
  const { lang } = props.ctx;
  return (
    <Layout lang={lang as Lang} title={props.title} nonce={props.ctx.nonce} path={props.ctx.path}>
      <h1>{props.title}</h1>
      {props.message ? <p class="notice-box">{props.message}</p> : null}
      {props.button ? (
        <form method="post" action={props.button.action}>
          <button type="submit">{props.button.label}</button>
        </form>
      ) : null}
    </Layout>
  );
}
