import { dataClassLabel } from '../extract/data-class-labels.js';
import { DATA_CLASSES, type DataClass } from '../extract/vocab.js';
import type { PageCtx } from '../http/context.js';
import type { Lang } from '../http/i18n.js';
import { Layout } from '../http/layout.js';
import { COMMON_DATA_CLASSES, EMPTY_FORM, SERVICE_BOXES, serviceNames, type WatchForm } from './form.js';
import { watchText } from './messages.js';

/** A data class as a tick box, in the label table's words. */
function ClassBox(props: { d: DataClass; lang: Lang; checked: boolean }) {
  const id = `watch-class-${props.d.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <li>
      <input type="checkbox" id={id} name="data_classes" value={props.d} checked={props.checked} />{' '}
      <label for={id}>{dataClassLabel(props.d, props.lang)}</label>
    </li>
  );
}

/**
 * The sign-up form, for a person who worries about the services they use: services and companies
 * first (typed, with the site's suggestions of both), then the e-mail address; kinds of data as a short list with "more"
 * behind a disclosure; feeds and webhooks under "other ways", in plain words.
 */
export function WatchFormPage(props: {
  ctx: PageCtx;
  emailEnabled: boolean;
  error?: string | undefined;
  form?: WatchForm;
}) {
  const { lang } = props.ctx;
  const f = props.form ?? EMPTY_FORM;
  const selected = new Set(f.data_classes);
  const typed = serviceNames(f);
  const boxes = Array.from({ length: Math.max(SERVICE_BOXES, typed.length) }, (_, i) => typed[i] ?? '');
  const common = new Set<string>(COMMON_DATA_CLASSES);
  const others = DATA_CLASSES.filter((d) => !common.has(d)).sort((a, b) =>
    dataClassLabel(a, lang).localeCompare(dataClassLabel(b, lang), lang),
  );
  const advancedOpen = !props.emailEnabled || Boolean(f.feed) || Boolean(f.webhook);
  // The suggestions say which names are companies and which are services (src/http/static/suggest.js).
  const kindWords = JSON.stringify({
    organization: watchText(lang, 'watch_suggest_organization'),
    service: watchText(lang, 'watch_suggest_service'),
  });
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
        <fieldset>
          <legend>{watchText(lang, 'watch_services')}</legend>
          <p class="muted" id="watch-services-help">
            {watchText(lang, 'watch_services_help')}
          </p>
          <datalist id="watch-service-list" />
          {boxes.map((value, i) => (
            <p>
              <label for={`watch-service-${i + 1}`} class="visually-hidden">
                {watchText(lang, 'watch_service_n', { n: i + 1 })}
              </label>
              <input
                id={`watch-service-${i + 1}`}
                type="text"
                name="service"
                size={40}
                maxlength={200}
                autocomplete="off"
                data-suggest="watch-service-list"
                data-suggest-kinds={kindWords}
                list="watch-service-list"
                aria-describedby="watch-services-help"
                placeholder={i === 0 ? watchText(lang, 'watch_services_hint') : undefined}
                value={value}
              />
            </p>
          ))}
        </fieldset>
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
                aria-describedby="watch-email-hint"
                value={f.email}
              />
              <br />
              <small class="muted" id="watch-email-hint">
                {watchText(lang, 'watch_email_hint')}
              </small>
            </>
          ) : (
            <small class="muted">{watchText(lang, 'watch_email_unavailable')}</small>
          )}
        </p>
        <fieldset>
          <legend>{watchText(lang, 'watch_data_classes')}</legend>
          <p class="muted">{watchText(lang, 'watch_data_classes_help')}</p>
          <ul class="plain-list">
            {COMMON_DATA_CLASSES.map((d) => (
              <ClassBox d={d} lang={lang} checked={selected.has(d)} />
            ))}
          </ul>
          <details open={others.some((d) => selected.has(d))}>
            <summary>{watchText(lang, 'watch_data_classes_more', { n: others.length })}</summary>
            <ul class="plain-list">
              {others.map((d) => (
                <ClassBox d={d} lang={lang} checked={selected.has(d)} />
              ))}
            </ul>
          </details>
        </fieldset>
        <details id="watch-advanced" open={advancedOpen}>
          <summary>{watchText(lang, 'watch_advanced')}</summary>
          <p class="muted">{watchText(lang, 'watch_advanced_help')}</p>
          <p>
            <input
              type="checkbox"
              id="watch-feed"
              name="feed"
              value="1"
              checked={Boolean(f.feed) || !props.emailEnabled}
              aria-describedby="watch-feed-help"
            />{' '}
            <label for="watch-feed">{watchText(lang, 'watch_feed_option')}</label>
            <br />
            <small class="muted" id="watch-feed-help">
              {watchText(lang, 'watch_feed_option_help')}
            </small>
          </p>
          <p>
            <label for="watch-webhook">{watchText(lang, 'watch_webhook')}</label>
            <br />
            <input
              id="watch-webhook"
              type="url"
              name="webhook"
              size={40}
              maxlength={2000}
              aria-describedby="watch-webhook-hint"
              value={f.webhook}
            />
            <br />
            <small class="muted" id="watch-webhook-hint">
              {watchText(lang, 'watch_webhook_hint')}
            </small>
          </p>
        </details>
        <p>
          <button type="submit" id="watch-submit">
            {watchText(lang, 'watch_submit')}
          </button>
        </p>
      </form>
    </Layout>
  );
}

export function WatchCreatedPage(props: {
  ctx: PageCtx;
  feedUrl: string;
  /** The person asked for a feed (or has no other channel): the URL is shown open. */
  feedWanted: boolean;
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
      {props.emailSentTo ? (
        <p class="notice-box">{watchText(lang, 'watch_email_sent', { address: props.emailSentTo })}</p>
      ) : null}
      {props.emailFailed ? (
        <p class="notice-box" role="alert">
          {watchText(lang, 'watch_email_failed')}
        </p>
      ) : null}
      <details open={props.feedWanted}>
        <summary>{watchText(lang, 'watch_feed_more')}</summary>
        <p>{watchText(lang, 'watch_feed')}</p>
        <p class="panel">
          <a href={props.feedUrl} id="watch-feed-url">
            {props.feedUrl}
          </a>
        </p>
      </details>
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
