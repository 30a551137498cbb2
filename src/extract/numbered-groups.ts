/** Named capture groups turned into numbered ones, for patterns executed in hot loops. */

/**
 * A pattern source with its named groups made plain ones, and each name's group number (`names`:
 * the names in the order the source opens them, checked). Every exec of a pattern with named groups
 * builds a `groups` object holding all of its names (the Japanese date pattern has 40, most unset),
 * a dictionary read by hashing; a pattern that matches often is cheaper read by number.
 *
 * @example numbered('(?<y>\\d{4})-(?<sep>[/-])\\k<sep>', ['y', 'sep']).group.sep // → 2
 */
export function numbered<N extends string>(
  src: string,
  names: readonly N[],
): { source: string; group: Record<N, number> } {
  const group: Record<string, number> = {};
  let out = '';
  let count = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      if (!inClass && src[i + 1] === 'k' && src[i + 2] === '<') {
        const close = src.indexOf('>', i);
        out += `\u0000${src.slice(i + 3, close)}\u0000`;
        i = close;
      } else {
        out += c + (src[i + 1] ?? '');
        i++;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && src[i + 1] !== '?') {
      count++;
      out += c;
    } else if (c === '(' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      const close = src.indexOf('>', i);
      group[src.slice(i + 3, close)] = ++count;
      out += c;
      i = close;
    } else out += c;
  }
  const found = Object.keys(group);
  if (found.length !== names.length || names.some((n, k) => found[k] !== n))
    throw new Error(`pattern groups out of step: ${found.join(' ')}`);
  // A back-reference by name becomes one by number, bracketed so that no digit after it joins it.
  const source = out.replace(/\u0000(\w+)\u0000/g, (_, n: string) => `(?:\\${group[n]})`);
  return { source, group: group as Record<N, number> };
}
