import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { IncidentReader } from '../incidents/types.js';
import { serverKey } from '../security/keys.js';
import type { Db } from '../store/db.js';
import { nowIso } from '../store/tx.js';
import { watchText } from './messages.js';
import { getChannel, getWatchlist } from './store.js';
import { unsubscribeSig, webhookSignature } from './tokens.js';
import { postWebhook, type Resolver } from './webhook.js';

/** What delivering alerts needs. `transport` is nodemailer's (SMTP_URL); without one, email alerts fail and retry. */
export interface AlertDeps {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'secret' | 'smtpFrom' | 'fetchAllow'>;
  reader: IncidentReader;
  transport?: Transporter | null;
  /** Tests: DNS answers for webhook hosts. */
  resolve?: Resolver;
}

/** The one-click unsubscribe URL of a channel (signed, so nobody can stop someone else's alerts). */
export async function unsubscribeUrl(
  deps: Pick<AlertDeps, 'db' | 'config'>,
  channelId: string,
): Promise<string> {
  const key = await serverKey(deps.db, deps.config.secret, 'watch-unsubscribe');
  return `${deps.config.publicUrl.replace(/\/$/, '')}/watch/unsubscribe/${channelId}/${unsubscribeSig(key, channelId)}`;
}

/** Sends the double opt-in mail with the confirmation link. */
export async function sendConfirmationMail(
  deps: Pick<AlertDeps, 'config' | 'transport'>,
  lang: 'ja' | 'en',
  address: string,
  confirmToken: string,
): Promise<void> {
  if (!deps.transport) throw new AppError('unavailable', 'Email is not configured (SMTP_URL)');
  const url = `${deps.config.publicUrl.replace(/\/$/, '')}/watch/confirm/${confirmToken}`;
  await deps.transport.sendMail({
    from: deps.config.smtpFrom,
    to: address,
    subject: watchText(lang, 'mail_confirm_subject'),
    text: watchText(lang, 'mail_confirm_body', { url }),
  });
}

export type DeliveryResult = 'sent' | 'skipped';

/**
 * Delivers one queued alert by its channel: an email (with List-Unsubscribe one-click headers,
 * RFC 8058) or a signed webhook POST. Throws on failure so that the job is retried; returns
 * 'skipped' when there is nothing left to do (already sent, channel gone or unsubscribed).
 */
export async function deliverAlert(deps: AlertDeps, alertId: string): Promise<DeliveryResult> {
  const { db } = deps;
  const alert = await db.kysely
    .selectFrom('watch_alerts')
    .selectAll()
    .where('id', '=', alertId)
    .executeTakeFirst();
  if (!alert || alert.status === 'sent') return 'skipped';
  const channel = await getChannel(db, alert.channel_id);
  if (!channel || channel.unsubscribed_at || !channel.confirmed_at) {
    await db.kysely.updateTable('watch_alerts').set({ status: 'failed' }).where('id', '=', alertId).execute();
    return 'skipped';
  }
  const incident = await deps.reader.getIncident(alert.incident_id);
  if (!incident) {
    await db.kysely.updateTable('watch_alerts').set({ status: 'failed' }).where('id', '=', alertId).execute();
    return 'skipped';
  }
  const watch = await getWatchlist(db, alert.watch_id);
  const lang = watch?.lang ?? 'ja';
  const base = deps.config.publicUrl.replace(/\/$/, '');
  const url = `${base}/incidents/${encodeURIComponent(incident.slug)}`;
  const changed = JSON.parse(alert.changed) as string[];
  const isNew = changed.includes('new');
  const unsubscribe = await unsubscribeUrl(deps, channel.id);

  if (channel.kind === 'email') {
    if (!deps.transport) throw new AppError('unavailable', 'Email is not configured (SMTP_URL)');
    await deps.transport.sendMail({
      from: deps.config.smtpFrom,
      to: channel.target,
      subject: watchText(lang, isNew ? 'mail_alert_subject_new' : 'mail_alert_subject_changed', {
        title: incident.title,
      }),
      text: watchText(lang, 'mail_alert_body', {
        title: incident.title,
        url,
        changed: changed.join(', '),
        classes: incident.data_classes.join(', ') || '—',
        unsubscribe,
      }),
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  } else {
    const sentAt = nowIso();
    const body = JSON.stringify({
      type: isNew ? 'incident.new' : 'incident.changed',
      alert_id: alert.id,
      revision: alert.revision,
      sent_at: sentAt,
      changed,
      incident: {
        id: incident.id,
        slug: incident.slug,
        title: incident.title,
        url,
        organization: incident.organization,
        services: incident.services,
        data_classes: incident.data_classes,
        published: incident.published,
        affected: incident.affected,
        leak_status: incident.leak_status,
        updated_at: incident.updated_at,
      },
      unsubscribe_url: unsubscribe,
    });
    await postWebhook(
      channel.target,
      body,
      {
        'X-Leakwatch-Signature': webhookSignature(channel.secret ?? '', body),
        'X-Leakwatch-Timestamp': String(Math.floor(Date.parse(sentAt) / 1000)),
        'X-Leakwatch-Alert': alert.id,
      },
      { allow: deps.config.fetchAllow, ...(deps.resolve ? { resolve: deps.resolve } : {}) },
    );
  }
  await db.kysely
    .updateTable('watch_alerts')
    .set({ status: 'sent', sent_at: nowIso() })
    .where('id', '=', alertId)
    .execute();
  return 'sent';
}
