import type { Child } from 'hono/jsx';

/**
 * The box a table scrolls in when it is wider than a phone. A box that scrolls must be reachable by
 * keyboard (WCAG 2.1.1; axe: scrollable-region-focusable), so it takes focus; the table's caption
 * and headers name what is inside.
 *
 * @example <TableWrap><table>…</table></TableWrap>
 */
export function TableWrap(props: { children?: Child }) {
  return (
    <div class="table-wrap" tabindex={0}>
      {props.children}
    </div>
  );
}
