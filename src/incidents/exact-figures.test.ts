import { describe, expect, it } from 'vitest';
import { figureKeys, isExactFigure, namedIn } from './exact-figures.js';
import { foldSearch } from './match.js';

describe('exact figures', () => {
  it('keeps counts of 100 or more that are not round, largest first', () => {
    expect(figureKeys([1605, 1600, 1595, 10, 413, 99])).toEqual(['#1605', '#1595', '#413']);
    expect(isExactFigure(10000)).toBe(false);
    expect(isExactFigure(121937)).toBe(true);
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
