import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Fictional notices.
const URL = 'https://www.quarrybank-example.org/it/alert';
const stage = (t: string) => extract(`${URL}\n${t}`).report_stage?.value ?? null;

describe('English report stage: more details promised as they become available', () => {
  it('reads facts promised on this page as they become known as a first report', () => {
    expect(
      stage(
        'Security alert\nWe have found that an outsider read a staff database and we are still looking into it. ' +
          'As further facts become known, our team will share them on this page.',
      ),
    ).toBe('first');
  });
  it('does not read the same words about a reader’s own account statements', () => {
    expect(
      stage('Security alert\nA box of forms was mislaid on May 4. Your statements are sent monthly.'),
    ).toBe(null);
  });
});
