import { defineMessages } from '../i18n.js';
import { en } from './en.js';
import { ja, type MessageKey } from './ja.js';

export type { MessageKey };

/** The site's own catalogue. @example siteText('en', 'nav_home') // 'Home' */
export const siteText = defineMessages<MessageKey>({ ja, en });
