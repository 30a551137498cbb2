import { dataClassLabel } from '../../extract/data-class-labels.js';
import type { DataClass } from '../../extract/vocab.js';
import { dataClassIcon, dataClassSeverity } from '../data-classes.js';
import type { Lang } from '../i18n.js';
import { Icon } from '../layout.js';

/**
 * A data class as an icon with its label; the most severe classes (passwords, cards, IDs) get a
 * stronger style, never colour alone (the label carries the meaning).
 */
export function DataClassBadge(props: { lang: Lang; dataClass: DataClass }) {
  const sev = dataClassSeverity(props.dataClass);
  return (
    <span class={`dc dc-sev${sev}`}>
      <Icon name={dataClassIcon(props.dataClass)} />
      <span class="dc-label">{dataClassLabel(props.dataClass, props.lang)}</span>
    </span>
  );
}

/** A list of data-class badges, as an accessible list. */
export function DataClassList(props: { lang: Lang; classes: readonly DataClass[]; label: string }) {
  if (props.classes.length === 0) return null;
  return (
    <ul class="dc-list" aria-label={props.label}>
      {props.classes.map((dc) => (
        <li>
          <DataClassBadge lang={props.lang} dataClass={dc} />
        </li>
      ))}
    </ul>
  );
}
