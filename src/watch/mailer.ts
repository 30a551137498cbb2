import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';

/**
 * The SMTP transport for alerts (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587), or null
 * when none is configured — then the site offers feeds and webhooks only.
 */
export function createMailTransport(config: Pick<Config, 'smtpUrl'>): Transporter | null {
  return config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
}
