/**
 * What a tracked case adds to its history: the known state is replayed from the events so far,
 * and the case as the background now holds it is compared with it. Recording the same case twice
 * adds nothing, and a case whose history started late (tracked before the history existed) gets
 * its first-seen instant and every pause from the tracked case itself.
 */
import type { IssueLevel, ReassignmentReason } from '../case';
import type { CaseStatus, ScenarioLetter, TrackedCase } from '../tracking/tracked-case';
import {
  type ComplaintHistory,
  type HistoryCases,
  type HistoryEvent,
  HISTORY_MAX_AGE_MS,
  HISTORY_MAX_COMPLAINTS,
  HISTORY_MAX_EVENTS,
  lastEventMs,
} from './case-history';

/** The state the events of one complaint describe. */
export interface KnownState {
  level?: IssueLevel;
  scenario?: ScenarioLetter;
  /** An open reassignment request, with its reason when one was chosen. */
  reassign?: { reason?: ReassignmentReason };
  resolution?: string;
  status: CaseStatus;
  /** Instants of the pauses and resumes recorded (a tracked pause is known by its start). */
  pauses: Set<string>;
  resumes: Set<string>;
}

export function knownState(history: ComplaintHistory): KnownState {
  const state: KnownState = { status: 'open', pauses: new Set(), resumes: new Set() };
  for (const e of history.events) {
    if (e.t === 'level') state.level = e.level;
    else if (e.t === 'scenario') state.scenario = e.scenario;
    else if (e.t === 'reassign') state.reassign = e.reason ? { reason: e.reason } : {};
    else if (e.t === 'reassign-end') delete state.reassign;
    else if (e.t === 'pause') state.pauses.add(e.at);
    else if (e.t === 'resume') state.resumes.add(e.at);
    else if (e.t === 'resolution') state.resolution = e.date;
    else if (e.t === 'status') state.status = e.status;
  }
  return state;
}

/**
 * The events `next` adds to what `known` says (undefined: the complaint has no history yet).
 * Page facts are dated when the page showed them (`lastSeen`); a done mark, which the page does
 * not show, at `now`.
 */
export function historyEvents(known: KnownState | undefined, next: TrackedCase, now: number): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const at = next.lastSeen;
  const state = known ?? { status: 'open' as CaseStatus, pauses: new Set<string>(), resumes: new Set<string>() };
  if (!known) events.push({ t: 'seen', at: next.firstSeen });
  if (next.issueLevel && next.issueLevel !== state.level) events.push({ t: 'level', at, level: next.issueLevel });
  if (next.scenario && next.scenario !== state.scenario) events.push({ t: 'scenario', at, scenario: next.scenario });
  if (next.reassignmentRequested) {
    if (!state.reassign || state.reassign.reason !== next.reassignmentReason) {
      const since = state.reassign ? at : (next.reassignmentRequestedAt ?? at);
      events.push(next.reassignmentReason ? { t: 'reassign', at: since, reason: next.reassignmentReason } : { t: 'reassign', at: since });
    }
  } else if (state.reassign) {
    events.push({ t: 'reassign-end', at });
  }
  for (const pause of next.pauses) {
    if (!state.pauses.has(pause.from)) events.push({ t: 'pause', at: pause.from });
    if (pause.to && !state.resumes.has(pause.to)) events.push({ t: 'resume', at: pause.to });
  }
  if (next.resolutionDate !== state.resolution) {
    events.push(next.resolutionDate ? { t: 'resolution', at, date: next.resolutionDate } : { t: 'resolution', at });
  }
  if (next.status !== state.status) {
    // The caseworker's mark (or its undo) is not on the page: it happened now.
    const byUser = next.status === 'done' || state.status === 'done';
    events.push({ t: 'status', at: byUser ? new Date(now).toISOString() : at, status: next.status });
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The history with `next` recorded; the same object when nothing changed. */
export function recordCase(cases: HistoryCases, next: TrackedCase, now: number): HistoryCases {
  const old = cases[next.complaintId];
  const events = historyEvents(old ? knownState(old) : undefined, next, now);
  const entry: ComplaintHistory = { ...(old ?? { events: [] }) };
  let changed = events.length > 0;
  for (const [key, value] of [['contract', next.contractNumber], ['received', next.receivedDate], ['assigned', next.assignedDate]] as const) {
    if (value !== undefined && entry[key] !== value) {
      entry[key] = value;
      changed = true;
    }
  }
  if (!changed) return cases;
  let all = [...entry.events, ...events];
  // Past the cap the oldest go, but never the first seen.
  // Stryker disable next-line EqualityOperator: at exactly the cap, the first plus the rest is the same list
  if (all.length > HISTORY_MAX_EVENTS) all = [all[0]!, ...all.slice(all.length - HISTORY_MAX_EVENTS + 1)];
  entry.events = all;
  return { ...cases, [next.complaintId]: entry };
}

/** Drops complaints with no event in the last 2 years, then the oldest beyond 5,000. */
export function pruneHistory(cases: HistoryCases, now: number): HistoryCases {
  const entries = Object.entries(cases).map(([id, h]) => ({ id, h, last: lastEventMs(h) }));
  const young = entries.filter((e) => now - e.last <= HISTORY_MAX_AGE_MS);
  // Stryker disable next-line EqualityOperator: at exactly 5,000 recent complaints the long way keeps them all too
  if (young.length === entries.length && entries.length <= HISTORY_MAX_COMPLAINTS) return cases;
  young.sort((a, b) => b.last - a.last);
  const kept: HistoryCases = {};
  for (const e of young.slice(0, HISTORY_MAX_COMPLAINTS)) kept[e.id] = e.h;
  return kept;
}
