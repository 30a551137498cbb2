import { describe, expect, it } from 'vitest';
import type { Reason, ReportView } from './continuation.js';
import { figureKeys, isExactFigure, namedIn, spokenByFigure } from './exact-figures.js';
import { foldSearch } from './match.js';

describe('exact figures', () => {
  it('keeps counts of 100 or more that are not round, largest first', () => {
    expect(figureKeys([1605, 1600, 1595, 10, 413, 99])).toEqual(['#1605', '#1595', '#413']);
    expect(isExactFigure(10000)).toBe(false);
    expect(isExactFigure(121937)).toBe(true);
    // A count may end in zero and still be exact when it keeps four digits before its zeros.
    expect(isExactFigure(4072650)).toBe(true);
    expect(isExactFigure(1250)).toBe(false);
    expect(isExactFigure(2800000)).toBe(false);
  });

  it('finds a body’s name in a text: three characters, or two Latin words', () => {
    const folded = foldSearch(
      'ひばり市教育委員会は、市立東丘中学校で名簿が見つからないと発表した。Maple Valley Clinic',
    );
    expect(namedIn(folded, [null, 'ひばり市', '東丘中学校'])).toBe('ひばり市');
    expect(namedIn(folded, ['東丘中学校'])).toBe('東丘中学校');
    expect(namedIn(folded, ['Maple'])).toBeNull();
    expect(namedIn(folded, ['Maple Valley Clinic'])).toBe('Maple Valley Clinic');
  });
});

describe('a page that speaks only as a body (本学) and names none', () => {
  const reason = (code: string, weight: number, detail?: string): Reason =>
    ({ code, kind: 'continuation', weight, ...(detail ? { detail } : {}) }) as Reason;
  const reports = (organization: string): ReportView[] => [
    {
      organization,
      site: null,
      headline: `${organization}に不正アクセス`,
      stage: null,
      published: '2034-09-04',
    },
  ];
  const page = { organization: null, speaker: 'university' as const };
  const facts = [reason('same_count', 3, '983'), reason('same_date', 2, '2034-08-13')];

  it('is the university an incident names when it shares an exact figure and one more fact', () => {
    expect(spokenByFigure(facts, page, reports('見本工科大学'))).toBe('見本工科大学');
  });

  it('is no city’s, and needs an exact figure, a second fact and nothing against', () => {
    expect(spokenByFigure(facts, page, reports('見本市'))).toBeNull();
    expect(
      spokenByFigure([reason('same_count', 3, '1000'), facts[1]!], page, reports('見本工科大学')),
    ).toBeNull();
    expect(spokenByFigure([facts[0]!], page, reports('見本工科大学'))).toBeNull();
    expect(
      spokenByFigure([...facts, reason('dates_far_apart', -2)], page, reports('見本工科大学')),
    ).toBeNull();
    // A page that names a body of its own is identified by that name, not by how it speaks.
    expect(
      spokenByFigure(facts, { ...page, organization: '見本女子大学' }, reports('見本工科大学')),
    ).toBeNull();
  });
});
