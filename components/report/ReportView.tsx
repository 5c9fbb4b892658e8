/**
 * The timeliness report of one period (lib/report/timeliness.ts): figures by issue level with
 * each budget's provenance, the charts, figures by contract and scenario, the late complaints and
 * the complaints whose dates allow no verdict.
 */
import type { TimelinessReport } from '../../lib/report/timeliness';
import { isoIn } from '../../lib/deadlines/end-of-day';
import { FiguresTable } from './FiguresTable';
import { LEVEL_NAMES, span } from './labels';
import { TimelinessChart } from './TimelinessChart';

const PROVENANCE_TEXT = {
  sop: 'the 2007 CTM Plan SOP, key 11',
  'cms-guidance': 'later CMS guidance, not the 2007 SOP',
} as const;

const CHECK_TEXT = {
  'resolved-before-assignment': 'the resolution date is before the assignment date',
  'no-start-date': 'the page showed no assignment or received date',
} as const;

/** The letter alone: the SOP's scenario texts would add their weight to this page. */
function scenarioName(letter: string): string {
  return letter === '—' ? 'No scenario recorded' : `Scenario ${letter}`;
}

export function ReportView({ report }: { report: TimelinessReport }) {
  return (
    <>
      <FiguresTable
        id="levels"
        caption="By issue level"
        firstColumn="Issue level (budget, where it comes from)"
        rows={report.levels.map((l) => ({
          key: l.level,
          head: (
            <>
              {LEVEL_NAMES[l.level]}
              <span class="budget" data-budget-provenance={l.provenance}>
                {' '}
                {l.budget.days} calendar days ({l.budget.source === 'plan setting' ? `plan setting; ${PROVENANCE_TEXT[l.provenance]}` : PROVENANCE_TEXT[l.provenance]})
              </span>
            </>
          ),
          figures: l.figures,
          hooks: { 'data-report-level': l.level, 'data-budget-days': String(l.budget.days) },
        }))}
      />

      <section class="report-charts" aria-labelledby="charts-title">
        <h2 id="charts-title">The last 12 months</h2>
        <p class="legend">
          <span class="swatch on-time" aria-hidden="true" /> within budget <span class="swatch late" aria-hidden="true" /> late (by resolution date)
        </p>
        <div class="chart-row">
          {report.levels.map((l) => (
            <TimelinessChart key={l.level} level={l.level} months={report.months} />
          ))}
        </div>
      </section>

      <FiguresTable
        id="contracts"
        caption="By contract"
        firstColumn="Contract"
        rows={report.contracts.map((c) => ({ key: c.contract, head: c.contract === '—' ? 'Not read' : c.contract, figures: c.figures, hooks: { 'data-report-contract': c.contract } }))}
      />
      <FiguresTable
        id="scenarios"
        caption="By SOP scenario worked (the last one the panel showed)"
        firstColumn="Scenario"
        rows={report.scenarios.map((s) => ({ key: s.scenario, head: scenarioName(s.scenario), figures: s.figures, hooks: { 'data-report-scenario': s.scenario } }))}
      />

      <section aria-labelledby="late-title">
        <h2 id="late-title">Late complaints ({report.late.length})</h2>
        {report.late.length === 0 ? (
          <p data-report-late-none>None in this period.</p>
        ) : (
          <table class="report-table" data-report-table="late">
            <thead>
              <tr>
                <th scope="col">Complaint ID</th>
                <th scope="col">Contract</th>
                <th scope="col">Issue level</th>
                <th scope="col">Assigned</th>
                <th scope="col">Due</th>
                <th scope="col">Resolution date</th>
                <th scope="col">Late by</th>
              </tr>
            </thead>
            <tbody>
              {report.late.map((l) => (
                <tr key={l.id} data-report-late={l.id} data-state={l.state}>
                  <th scope="row">{l.id}</th>
                  <td>{l.contract ?? '—'}</td>
                  <td>{LEVEL_NAMES[l.level]}</td>
                  <td>
                    {l.start ?? '—'}
                    {l.usedReceivedDate ? ' (received date; no assignment date shown)' : ''}
                  </td>
                  <td>
                    <time dateTime={l.dueIso}>{l.dueIso.slice(0, 16).replace('T', ' ')}</time>
                  </td>
                  <td>{l.resolution ?? 'still open'}</td>
                  <td>
                    {span(l.lateMs)}
                    {l.state === 'open-past-due' ? ' so far' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {report.toCheck.length > 0 ? (
        <section aria-labelledby="check-title">
          <h2 id="check-title">Dates to check ({report.toCheck.length})</h2>
          <p>Resolved in this period, but counted neither within budget nor late:</p>
          <ul>
            {report.toCheck.map((c) => (
              <li key={c.id} data-report-check={c.id} data-problem={c.problem}>
                {c.id}
                {c.contract ? ` (${c.contract})` : ''}: {CHECK_TEXT[c.problem]}
                {c.start ? `; assigned ${c.start}` : ''}
                {c.resolution ? `; resolution date ${c.resolution}` : ''}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="muted">
        Judged as at {isoIn(report.asOfMs, report.timeZone).slice(0, 16).replace('T', ' ')} ({report.timeZone}).
      </p>
    </>
  );
}
