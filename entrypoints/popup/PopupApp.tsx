/**
 * The popup: the deadline checklist of every tracked case (soonest due first), filters, open,
 * mark done and undo, one F email for several cases, CSV and ICS exports, the cases-due chart,
 * notification choices and the M–P guides. The background owns the cases; this page asks it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DeadlineList } from '../../components/popup/DeadlineList';
import { DueChart } from '../../components/popup/DueChart';
import { EmailComposer } from '../../components/email/EmailComposer';
import { isoDateIn } from '../../lib/email/follow-up-availability';
import { DEFAULT_SETTINGS, DEFAULT_TIME_ZONE, type Settings } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../lib/store/settings-item';
import { deadlineRows } from '../../lib/tracking/deadline-row';
import { deadlinesCsv } from '../../lib/tracking/export-csv';
import { deadlinesIcs } from '../../lib/tracking/export-ics';
import { casesDuePerDay, filterRows, type DeadlineFilter } from '../../lib/tracking/filters';
import { AlertPrefsForm } from './AlertPrefsForm';
import { downloadText, exportName } from './download';
import type { GuidesSectionProps } from './GuidesSection';
import { useTrackedCases } from './use-tracked-cases';

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

function useSettings() {
  const [loaded, setLoaded] = useState<{ settings: Settings; problem?: string }>({ settings: DEFAULT_SETTINGS });
  useEffect(() => {
    const load = () => void loadSettings().then(setLoaded);
    load();
    return watchSettings(load);
  }, []);
  return loaded;
}

/**
 * The M–P guides (SOP texts, templates, the holiday calendar) load after the list: the deadline
 * checklist is what the caseworker opens the popup for, and it shows sooner without them. The
 * state lives here, so their arrival does not re-render the list.
 */
function LazyGuides(props: GuidesSectionProps) {
  const [Guides, setGuides] = useState<((props: GuidesSectionProps) => preact.JSX.Element) | undefined>();
  useEffect(() => {
    void import('./GuidesSection').then((m) => setGuides(() => m.GuidesSection));
  }, []);
  return Guides ? <Guides {...props} /> : <p role="status">Loading the access and general-question guides…</p>;
}

export function PopupApp() {
  const now = useNow();
  const { settings, problem: settingsProblem } = useSettings();
  const tracked = useTrackedCases();
  const [filter, setFilter] = useState<DeadlineFilter>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [fEmailIds, setFEmailIds] = useState<string[] | undefined>();
  const fEmailHeading = useRef<HTMLHeadingElement>(null);

  const timeZone = settings.timeZone ?? DEFAULT_TIME_ZONE;
  const rows = useMemo(
    () => deadlineRows(tracked.cases, { now, timeZone, budgets: settings.budgets }),
    [tracked.cases, now, timeZone, settings.budgets],
  );
  const perDay = useMemo(() => casesDuePerDay(rows, now, timeZone, 14), [rows, now, timeZone]);
  const today = isoDateIn(new Date(now), timeZone);
  const optionsUrl = browser.runtime.getURL('/options.html');

  useEffect(() => {
    if (fEmailIds) fEmailHeading.current?.focus();
  }, [fEmailIds]);

  const select = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const open = (id: string) => {
    const url = tracked.cases.find((c) => c.complaintId === id)?.pageUrl;
    if (url && /^https:\/\//.test(url)) void browser.tabs.create({ url });
  };
  const shownRows = () => filterRows(rows, filter, now, timeZone);
  const exportCsv = () => downloadText(exportName(today, 'csv'), deadlinesCsv(shownRows()), 'text/csv;charset=utf-8');
  const exportIcs = () => downloadText(exportName(today, 'ics'), deadlinesIcs(shownRows(), now), 'text/calendar;charset=utf-8');
  const selectable = rows
    .filter((r) => r.active)
    .map((r) => (r.contractNumber ? { complaintId: r.complaintId, contractNumber: r.contractNumber } : { complaintId: r.complaintId }));

  return (
    <main class="page popup">
      <header class="popup-head">
        <h1>CTM Assist</h1>
        <a class="popup-settings" href={optionsUrl} target="_blank" rel="noreferrer">
          Settings
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
      {!tracked.loaded ? (
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
          selected={selected}
          onSelect={select}
          onEmailSelected={(ids) => setFEmailIds(ids)}
          onExportCsv={exportCsv}
          onExportIcs={exportIcs}
          problem={tracked.problem}
        />
      )}
      {fEmailIds ? (
        <section class="f-email" aria-labelledby="f-email-title" data-f-email>
          <h2 id="f-email-title" tabIndex={-1} ref={fEmailHeading}>
            Resolved but will not close (SOP F.4)
          </h2>
          <EmailComposer
            key={fEmailIds.join(',')}
            templateId="F-will-not-close"
            settings={settings}
            selectableCases={selectable}
            initialSelected={fEmailIds}
            optionsUrl={optionsUrl}
          />
          <button type="button" data-close-f-email onClick={() => setFEmailIds(undefined)}>
            Close the email
          </button>
        </section>
      ) : null}
      <section class="popup-chart" aria-label="Cases due in the next two weeks">
        <DueChart days={perDay.days} overdue={perDay.overdue} />
      </section>
      <AlertPrefsForm />
      <LazyGuides settings={settings} timeZone={timeZone} today={today} optionsUrl={optionsUrl} />
    </main>
  );
}
