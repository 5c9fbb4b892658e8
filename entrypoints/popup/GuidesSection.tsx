/**
 * The scenarios that are not about one case (M–P): their SOP guides, the access follow-up dates
 * (stored) and the emails M, N (held until 6 business days, SOP N.2) and P.
 */
import { useEffect, useState } from 'preact/hooks';
import { AccessFollowUps } from '../../components/popup/AccessFollowUps';
import { EmailComposer } from '../../components/email/EmailComposer';
import { ScenarioGuide } from '../../components/scenarios/ScenarioGuide';
import { SCENARIOS } from '../../lib/sop';
import { GUIDE_LETTERS } from '../../lib/sop/types';
import { loadAccessDates, saveAccessDates, type AccessFollowUpDates } from '../../lib/store/access-follow-up-dates';
import type { Settings } from '../../lib/settings';
import type { TemplateId } from '../../lib/email/templates';

export interface GuidesSectionProps {
  settings: Settings;
  timeZone: string;
  /** Today, YYYY-MM-DD in the plan's time zone. */
  today: string;
  optionsUrl: string;
}

/** The access follow-up email shares its fields with the dates above. */
const SYNCED_TEMPLATE: TemplateId = 'N-access-follow-up';

export function GuidesSection({ settings, timeZone, today, optionsUrl }: GuidesSectionProps) {
  const [dates, setDates] = useState<AccessFollowUpDates>({});
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => {
    void loadAccessDates().then((loaded) => {
      setDates(loaded.dates);
      setProblem(loaded.problem);
    });
  }, []);
  const update = (change: AccessFollowUpDates) => {
    const next = { ...dates, ...change };
    for (const key of Object.keys(change) as (keyof AccessFollowUpDates)[]) if (!change[key]) delete next[key];
    setDates(next);
    saveAccessDates(next).catch((error: unknown) => setProblem(error instanceof Error ? error.message : 'The dates could not be saved.'));
  };

  // N's confirmation date is one value, whether typed in the follow-ups or in the N email.
  const nSync = dates.accessConfirmedDate ? { receiptConfirmedOn: dates.accessConfirmedDate } : undefined;
  const onNExtra = (extra: Record<string, string>) => {
    const date = extra.receiptConfirmedOn;
    if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && date !== dates.accessConfirmedDate) update({ accessConfirmedDate: date });
  };

  return (
    <section class="guides" aria-labelledby="guides-title">
      <h2 id="guides-title">Access and general questions (SOP M–P)</h2>
      {problem ? (
        <p class="problem" role="alert" data-store-problem>
          {problem}
        </p>
      ) : null}
      <AccessFollowUps
        timeZone={timeZone}
        accessConfirmedDate={dates.accessConfirmedDate}
        hpmsRequestedDate={dates.hpmsRequestedDate}
        onAccessConfirmedDate={(date) => update({ accessConfirmedDate: date })}
        onHpmsRequestedDate={(date) => update({ hpmsRequestedDate: date })}
      />
      {GUIDE_LETTERS.map((letter) => {
        const templateId = SCENARIOS[letter].emails[0] as TemplateId | undefined;
        return (
          <details key={letter} class="guide" data-guide-panel={letter}>
            <summary>
              {letter}: {SCENARIOS[letter].title}
            </summary>
            <ScenarioGuide letter={letter} />
            {templateId ? (
              <EmailComposer
                templateId={templateId}
                settings={settings}
                today={today}
                optionsUrl={optionsUrl}
                {...(templateId === SYNCED_TEMPLATE
                  ? { initialExtra: nSync ?? {}, syncExtra: nSync, onExtraChange: onNExtra }
                  : {})}
              />
            ) : null}
          </details>
        );
      })}
    </section>
  );
}
