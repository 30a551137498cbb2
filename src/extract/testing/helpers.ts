import { splitSentences } from '../segment.js';

/** Sentences of a normalised fixture, for calling the rule modules directly. */
export const sents = (t: string) => splitSentences(t);
