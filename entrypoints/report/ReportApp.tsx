/**
 * The timeliness report page, opened from the popup: this browser's case history (and any team
 * exports imported for this visit), reported for a chosen month or quarter with the plan's time
 * zone and budgets. Imported files stay in this page's memory; nothing is stored or sent.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dateIn } from '../../lib/deadlines/end-of-day';
import type { HistoryCases } from '../../lib/history/case-history';
import { historyCsv, historyJson, mergeHistories, readHistoryFile } from '../../lib/history/history-files';
import { parsePeriod, periodKey, periodLabel, recentPeriods } from '../../lib/report/periods';
import { complaintTimelines } from '../../lib/report/complaint-timeline';
import { reportOfTimelines } from '../../lib/report/timeliness';
import { DEFAULT_TIME_ZONE } from '../../lib/time-zone';
import type { Settings } from '../../lib/settings';
import { clearUnreadableHistory, loadCaseHistory, onCaseHistoryChange } from '../../lib/store/case-history-store';
import { loadSettings } from '../../lib/store/settings-item';
import { ReportView } from '../../components/report/ReportView';
import { downloadText } from '../../components/download';

/** The oldest assignment, received or resolution date in the histories (the picker reaches back to it). */
function earliestDate(cases: HistoryCases): string | undefined {
  let earliest: string | undefined;
  for (const id in cases) {
    const h = cases[id]!;
    for (const date of [h.assigned, h.received]) if (date && (!earliest || date < earliest)) earliest = date;
  }
  return earliest;
}

type Own = { cases: HistoryCases; problem?: string; stuck?: boolean; keptAside: number };
type Imported = { name: string; cases: HistoryCases };
type ImportMessage = { name: string; ok: boolean; text: string };

/** User Timing mark made once, when the first report is drawn (the bench reads it). */
export const REPORT_SHOWN_MARK = 'ctm-assist:report-shown';
/** Made once, when the stored history is first read and checked (the report is computed from then). */
export const HISTORY_READ_MARK = 'ctm-assist:history-read';

export function ReportApp() {
  // The moment the page opened: "still open" and the current period are judged at it.
  const [now] = useState(() => Date.now());
  const shownMarked = useRef(false);
  const [own, setOwn] = useState<Own | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [settings, setSettings] = useState<{ settings: Settings; problem?: string } | undefined>();
  const [imported, setImported] = useState<Imported[]>([]);
  const [messages, setMessages] = useState<ImportMessage[]>([]);
  const timeZone = settings?.settings.timeZone ?? DEFAULT_TIME_ZONE;
  const today = dateIn(now, timeZone);
  const [periodChoice, setPeriodChoice] = useState<string | undefined>();
  const period = parsePeriod(periodChoice ?? today.slice(0, 7))!;

  const reload = () =>
    loadCaseHistory()
      .then((read) => {
        if (performance.getEntriesByName(HISTORY_READ_MARK).length === 0) performance.mark(HISTORY_READ_MARK);
        setOwn(read);
      })
      .catch(() => setLoadError('The case history could not be read from the browser’s storage. Close this page and open it again from the toolbar popup.'));
  useEffect(() => {
    void reload();
    const stop = onCaseHistoryChange(() => void reload());
    loadSettings()
      .then((loaded) => setSettings({ settings: loaded.settings, problem: loaded.problem }))
      .catch(() => setSettings({ settings: {} as Settings, problem: 'The settings could not be read; the default time zone and budgets are used.' }));
    return stop;
  }, []);

  const merged = useMemo(() => (own ? mergeHistories([own.cases, ...imported.map((i) => i.cases)]) : undefined), [own, imported]);
  const periods = useMemo(() => recentPeriods(today, 24, merged && earliestDate(merged)), [today, merged]);
  const reportSettings = useMemo(() => settings && { timeZone, budgets: settings.settings.budgets }, [settings, timeZone]);
  // Each complaint's timeline once per history and settings; a period only sums them up.
  const timelines = useMemo(() => (merged && reportSettings ? complaintTimelines(merged, reportSettings) : undefined), [merged, reportSettings]);
  const report = useMemo(
    () => (timelines && reportSettings ? reportOfTimelines(timelines, period, reportSettings, now) : undefined),
    [timelines, reportSettings, periodKey(period), now],
  );

  useEffect(() => {
    if (report && !shownMarked.current) {
      shownMarked.current = true;
      performance.mark(REPORT_SHOWN_MARK, { detail: { complaints: report.complaints } });
    }
  }, [report]);

  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const added: Imported[] = [];
    const said: ImportMessage[] = [];
    for (const file of Array.from(files)) {
      const read = readHistoryFile(await file.text(), file.size);
      if (read.ok) {
        added.push({ name: file.name, cases: read.cases });
        said.push({ name: file.name, ok: true, text: `${file.name}: ${Object.keys(read.cases).length} complaints added to the report.` });
      } else {
        said.push({ name: file.name, ok: false, text: `${file.name} was not imported: ${read.message}. Nothing changed.` });
      }
    }
    setMessages(said);
    if (added.length > 0) setImported((old) => [...old, ...added]);
  };

  const stamp = today;
  const ownCount = own ? Object.keys(own.cases).length : 0;

  return (
    <main class="page report" data-report="">
      <h1>Timeliness report</h1>
      <p class="lead" data-report-limits="">
        Counted here: only complaints opened with CTM Assist in this browser (or in the exports imported below), from the
        first time the panel saw each one. Complaints never opened with the extension are not counted, and neither is what
        happened while a complaint was not open in a tab: a level change, a pause or a resolution is dated when the panel
        first saw it. The resolution counts at the moment the panel saw its date entered on that day, else at the end of
        the date shown. Due moments use this browser’s settings ({timeZone}; budgets below) for every caseworker’s
        complaints. Complaints that left the plan (reassigned to CMS or another contract) are left out.
      </p>
      {settings?.problem ? (
        <p class="problem" role="alert" data-settings-problem="">
          {settings.problem}
        </p>
      ) : null}
      {loadError ? (
        <p class="problem" role="alert" data-history-problem="">
          {loadError}
        </p>
      ) : null}
      {own?.problem ? (
        <div class="problem" role="alert" data-history-problem="">
          <p>{own.problem}</p>
          <button type="button" data-clear-history-unreadable="" onClick={() => void clearUnreadableHistory().then(reload)}>
            {own.stuck ? 'Clear the unreadable history' : 'Clear the copies kept aside'}
          </button>
        </div>
      ) : null}

      <div class="report-controls">
        <label for="report-period">Period</label>
        <select id="report-period" data-report-period="" value={periodKey(period)} onChange={(e) => setPeriodChoice((e.target as HTMLSelectElement).value)}>
          <optgroup label="Months">
            {periods
              .filter((p) => p.kind === 'month')
              .map((p) => (
                <option key={periodKey(p)} value={periodKey(p)}>
                  {periodLabel(p)}
                </option>
              ))}
          </optgroup>
          <optgroup label="Quarters">
            {periods
              .filter((p) => p.kind === 'quarter')
              .map((p) => (
                <option key={periodKey(p)} value={periodKey(p)}>
                  {periodLabel(p)}
                </option>
              ))}
          </optgroup>
        </select>
      </div>

      <p data-report-sources="" data-complaints={String(report?.complaints ?? 0)}>
        {own === undefined && !loadError ? 'Loading the case history…' : `Your history: ${ownCount} complaint${ownCount === 1 ? '' : 's'}.`}
        {imported.length > 0 ? ` Imported for this visit: ${imported.map((i) => `${i.name} (${Object.keys(i.cases).length})`).join(', ')}; ${report?.complaints ?? 0} complaints in all, each once.` : ''}
      </p>

      {report ? (
        <section aria-labelledby="period-title" data-report-period-shown={periodKey(period)}>
          <h2 id="period-title">{periodLabel(period)}</h2>
          <ReportView report={report} />
        </section>
      ) : null}

      <section aria-labelledby="team-title" class="report-team">
        <h2 id="team-title">Team view and exports</h2>
        <p>
          Export your history and give the JSON file to your supervisor; the supervisor imports everyone’s files here and sees
          the team’s figures, each complaint once (where two files hold the same complaint, the one with the newest event
          counts). The files hold complaint IDs, contracts, dates, codes and scenario letters only.
        </p>
        <div class="report-buttons">
          <button type="button" data-history-export-json="" disabled={!own} onClick={() => own && downloadText(`ctm-case-history-${stamp}.json`, historyJson(own.cases, Date.now()), 'application/json')}>
            Export my history as JSON
          </button>{' '}
          <button type="button" data-history-export-csv="" disabled={!own} onClick={() => own && downloadText(`ctm-case-history-${stamp}.csv`, historyCsv(own.cases), 'text/csv;charset=utf-8')}>
            Export my history as CSV
          </button>
        </div>
        <label for="history-import">Import caseworkers’ JSON exports (several at once)</label>
        <input id="history-import" type="file" multiple accept=".json,application/json" data-history-import="" onChange={(e) => void importFiles((e.target as HTMLInputElement).files)} />
        <div role="status">
          {messages.length > 0 ? (
            <ul class="import-messages">
              {messages.map((m, i) => (
                <li key={`${m.name}-${i}`} class={m.ok ? 'ok' : 'problem'} {...(m.ok ? { 'data-import-ok': m.name } : { 'data-import-error': m.name })}>
                  {m.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {imported.length > 0 ? (
          <button
            type="button"
            data-clear-imports=""
            onClick={() => {
              setImported([]);
              setMessages([]);
            }}
          >
            Remove the imported files from the report
          </button>
        ) : null}
      </section>
    </main>
  );
}
