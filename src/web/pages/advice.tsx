import type { Lang } from '../../http/i18n.js';
import { siteText } from '../../http/messages/index.js';
import { incidentAdvice } from '../../incidents/advice.js';
import type { IncidentDetail } from '../../incidents/types.js';
import { incidentText } from './incident-messages.js';

/** Where to get help: the desks in Japan (telephone links) and the general advice elsewhere. */
export function HelpDesks({ lang, headingLevel = 3 }: { lang: Lang; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="two-col help-desks">
      <section aria-labelledby="help-jp-h">
        <H id="help-jp-h">{incidentText(lang, 'help_heading_japan')}</H>
        <ul class="plain-list">
          <li>
            <a href="tel:188">188</a> — {incidentText(lang, 'help_188')}
          </li>
          <li>
            <a href="tel:#9110">#9110</a> — {incidentText(lang, 'help_9110')}
          </li>
          <li>{incidentText(lang, 'help_card')}</li>
        </ul>
      </section>
      <section aria-labelledby="help-else-h">
        <H id="help-else-h">{incidentText(lang, 'help_heading_elsewhere')}</H>
        <p>{siteText(lang, 'advice_elsewhere')}</p>
      </section>
    </div>
  );
}

/**
 * An incident's "what you should do": steps for the data classes that leaked (the engine of
 * incidents/advice.ts, shared with /exposure), framed by the leak status; the organisation's own
 * desk when the notice names one; the help desks; a link to check every service at once.
 */
export function IncidentAdvice({ d, lang, hasDesk }: { d: IncidentDetail; lang: Lang; hasDesk: boolean }) {
  const advice = incidentAdvice(d);
  return (
    <section aria-labelledby="advice-h" class="panel incident-advice">
      <h2 id="advice-h">{incidentText(lang, 'advice_heading')}</h2>
      <p>{incidentText(lang, `advice_${advice.certainty}`)}</p>
      <ol class="advice">
        {advice.steps.length === 0 ? <li>{incidentText(lang, 'advice_general')}</li> : null}
        {advice.steps.map((k) => (
          <li>{siteText(lang, k)}</li>
        ))}
        {hasDesk ? (
          <li>
            {incidentText(lang, 'advice_org_desk')}{' '}
            <a href="#contact">{incidentText(lang, 'advice_org_desk_link')}</a>
          </li>
        ) : null}
      </ol>
      <HelpDesks lang={lang} />
      <p>
        <a href="/exposure">{incidentText(lang, 'advice_exposure')}</a>
      </p>
    </section>
  );
}
