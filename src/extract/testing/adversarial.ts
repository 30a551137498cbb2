/**
 * Inputs of about 100 kB built to make a backtracking regular expression slow (issue 18): long runs
 * of what number, date, whitespace and URL patterns consume, and repeats of what they match, each
 * ending where a match would fail. Every pattern run on user text must get through each in linear
 * time (src/extract/redos.test.ts, src/notice-check/redos.test.ts).
 */
const SIZE = 100_000;

function fill(unit: string, tail = ''): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) + tail;
}

export const ADVERSARIAL_INPUTS: Readonly<Record<string, string>> = {
  'phone then digits (the reported draft)': `電話 ${'0'.repeat(SIZE)}`,
  'digit run': fill('1', '!'),
  'comma-separated ones': fill('1,'),
  'full-width commas': fill('1，'),
  'grouped thousands': fill(',111', '件x'),
  'dotted digits': fill('1.'),
  'repeated JA dates': fill('2024年1月1日'),
  'repeated ISO dates': fill('2024-01-01 '),
  'repeated EN dates': fill('January 1, 2024 '),
  'repeated slashes': fill('1/1/'),
  'repeated times': fill('10時10分'),
  'man units': fill('1万'),
  'whitespace run': `1${' '.repeat(SIZE)}x`,
  'digits and spaces': fill('1 '),
  'digits and newlines': fill('1\n'),
  newlines: `${'\n'.repeat(SIZE)}a`,
  'one long word': fill('a'),
  'one long kanji run': fill('漏'),
  'URL with a long path': `https://${'a'.repeat(SIZE)}`,
  'repeated www.': fill('www.'),
  'repeated EN counts': fill(' 1,234 customers'),
  'repeated JA sentence': fill('不正アクセスにより氏名が漏えいしました'),
  'repeated relative dates': fill('同年1月'),
  brackets: fill('【'),
  dashes: fill('-'),
};
