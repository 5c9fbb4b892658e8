/**
 * The popup: the deadline checklist of every tracked case (soonest due first), filters, open,
 * mark done and undo, one email naming several cases (SOP F.4, G.5.b), CSV and ICS exports, the
 * cases-due chart, notification choices and the M–P guides. The background owns the cases and
 * keeps their rows precomputed; this page reads those rows, and asks the background only when
 * they are not current (lib/store/popup-list.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SeveralCaseEmailProps } from '../../components/email/SeveralCaseEmail';
import { DeadlineList } from '../../components/popup/DeadlineList';
import { DueChart } from '../../components/popup/DueChart';
import { dateIn } from '../../lib/deadlines/end-of-day';
import { SEVERAL_CASE_EMAILS } from '../../lib/email/several-case-emails';
import type { TemplateId } from '../../lib/email/templates';
import type { Settings } from '../../lib/settings';
import { DEFAULT_TIME_ZONE } from '../../lib/time-zone';
import { type DeadlineRow, deadlineRows } from '../../lib/tracking/deadline-row';
import { popupViewRows, viewFits, type ViewSettings } from '../../lib/tracking/popup-view';
import type { PopupList } from '../../lib/store/popup-list';
import { casesDuePerDay, filterRows, type DeadlineFilter } from '../../lib/tracking/filters';
import { downloadText, exportName } from '../../components/download';
import { loadEmailCases } from './email-cases';
import type { GuidesSectionProps } from './GuidesSection';
import { lazyPart } from './lazy-part';
import { useSettings } from './use-settings';
import { useTrackedCases } from './use-tracked-cases';
import { isHpmsUrl } from '../../lib/hpms-url';

/** Countdowns move on while the popup stays open. */
const TICK_MS = 30_000;

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * What is not the deadline list loads after it: the guides (SOP texts, templates, the holiday
 * calendar), the notification choices, the F email and the exports. The checklist is what the
 * caseworker opens the popup for, and it shows sooner without them. Their state lives in them or
 * here, so their arrival does not re-render the list.
 */
const LazyGuides = lazyPart<GuidesSectionProps>(
  () => import('./GuidesSection').then((m) => m.GuidesSection),
  () => <p role="status">Loading the access and general-question guides…</p>,
);
const LazyAlertPrefs = lazyPart<object>(
  () => import('./AlertPrefsForm').then((m) => m.AlertPrefsForm),
  () => null,
);
const LazySeveralCaseEmail = lazyPart<SeveralCaseEmailProps>(
  () => import('../../components/email/SeveralCaseEmail').then((m) => m.SeveralCaseEmail),
  () => <p role="status">Loading the email…</p>,
);
const loadExports = () => Promise.all([import('../../lib/tracking/export-csv'), import('../../lib/tracking/export-ics')]);

export interface PopupAppProps {
  /** The precomputed rows the early read found current (mount.ts); without them the app reads again. */
  initialCases?: PopupList;
  /** The settings when the early read found none set; without them the app loads them. */
  initialSettings?: Settings;
}

export function PopupApp({ initialCases, initialSettings }: PopupAppProps = {}) {
  const now = useNow();
  const viewSettings = useRef<ViewSettings | undefined>(initialSettings);
  const tracked = useTrackedCases(initialCases, viewSettings);
  const { settings, problem: settingsProblem, known: settingsKnown } = useSettings(initialSettings, tracked.loaded);
  viewSettings.current = settingsKnown ? settings : undefined;

  const [filter, setFilter] = useState<DeadlineFilter>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [email, setEmail] = useState<{ templateId: TemplateId; ids: string[] } | undefined>();
  const emailHeading = useRef<HTMLHeadingElement>(null);

  const timeZone = settings.timeZone ?? DEFAULT_TIME_ZONE;
  // Precomputed rows made with other settings (changed since, or policy read since) are not used:
  // the cases are read instead, and the rows shown stay until they are in.
  const viewFitsSettings = !tracked.view || !settingsKnown || viewFits(tracked.view, { timeZone, budgets: settings.budgets });
  const lastRows = useRef<DeadlineRow[] | undefined>(undefined);
  // The list waits for the settings: their time zone and budgets decide every row.
  const listReady = tracked.loaded && settingsKnown && (viewFitsSettings || lastRows.current !== undefined);
  const rows = useMemo(() => {
    if (!listReady) return [];
    if (tracked.view) return viewFitsSettings ? popupViewRows(tracked.view, now) : (lastRows.current ?? []);
    return deadlineRows(tracked.cases ?? [], { now, timeZone, budgets: settings.budgets });
  }, [listReady, tracked.view, tracked.cases, viewFitsSettings, now, timeZone, settings.budgets]);
  if (listReady) lastRows.current = rows;
  useEffect(() => {
    if (!viewFitsSettings) void tracked.reload(true);
  }, [viewFitsSettings, tracked.view]);
  const perDay = useMemo(() => casesDuePerDay(rows, now, timeZone, 14), [rows, now, timeZone]);
  const today = dateIn(now, timeZone);
  const optionsUrl = browser.runtime.getURL('/options.html');

  useEffect(() => {
    if (email) emailHeading.current?.focus();
  }, [email]);

  const select = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const open = (id: string) => {
    const url = rows.find((r) => r.complaintId === id)?.pageUrl;
    if (isHpmsUrl(url)) void browser.tabs.create({ url });
  };
  const shownRows = () => filterRows(rows, filter, now, timeZone);
  const exportCsv = () =>
    void loadExports().then(([csv]) => downloadText(exportName(today, 'csv'), csv.deadlinesCsv(shownRows()), 'text/csv;charset=utf-8'));
  const exportIcs = () =>
    void loadExports().then(([, ics]) => downloadText(exportName(today, 'ics'), ics.deadlinesIcs(shownRows(), now), 'text/calendar;charset=utf-8'));

  return (
    <main class="page popup">
      <header class="popup-head">
        <h1>CTM Assist</h1>
        <a class="popup-settings" href={optionsUrl} target="_blank" rel="noreferrer">
          Settings
        </a>
        <a class="popup-settings" href={browser.runtime.getURL('/report.html')} target="_blank" rel="noreferrer" data-open-report="">
          Timeliness report
        </a>
      </header>
      {settingsProblem ? (
        <p class="problem" role="alert" data-settings-problem>
          {settingsProblem}
        </p>
      ) : null}
      {tracked.error ? (
        <p class="problem" role="alert" data-popup-error>
          {tracked.error}
        </p>
      ) : null}
      {!listReady ? (
        <p role="status">Loading tracked complaints…</p>
      ) : (
        <DeadlineList
          cases={rows}
          now={now}
          timeZone={timeZone}
          filter={filter}
          onFilter={setFilter}
          onOpen={open}
          onDone={(id) => void tracked.setDone(id, true)}
          onUndo={(id) => void tracked.setDone(id, false)}
          onHandOver={(id, answer) => void tracked.setHandOver(id, answer)}
          askGoneDays={settings.handedOverAskDays}
          selected={selected}
          onSelect={select}
          onEmailSelected={(ids, templateId) => setEmail({ ids, templateId })}
          onExportCsv={exportCsv}
          onExportIcs={exportIcs}
          problem={tracked.problem}
          clear={tracked.clear}
          onClear={() => void tracked.clearUnreadable()}
        />
      )}
      {email ? (
        <section class="several-email" aria-labelledby="several-email-title" data-several-email={email.templateId}>
          <h2 id="several-email-title" tabIndex={-1} ref={emailHeading}>
            {SEVERAL_CASE_EMAILS.find((e) => e.templateId === email.templateId)?.title}
          </h2>
          <LazySeveralCaseEmail
            key={`${email.templateId}\n${email.ids.join(',')}`}
            templateId={email.templateId}
            settings={settings}
            loadCases={loadEmailCases}
            initialSelected={email.ids}
            optionsUrl={optionsUrl}
          />
          <button type="button" data-close-email onClick={() => setEmail(undefined)}>
            Close the email
          </button>
        </section>
      ) : null}
      <section class="popup-chart" aria-label="Cases due in the next two weeks">
        <DueChart days={perDay.days} overdue={perDay.overdue} />
      </section>
      {listReady ? (
        <>
          <LazyAlertPrefs />
          <LazyGuides settings={settings} timeZone={timeZone} today={today} optionsUrl={optionsUrl} />
        </>
      ) : null}
    </main>
  );
}
