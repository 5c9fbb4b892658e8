/**
 * Follow-up dates for the access scenarios that live in the popup: N (CTM access requested,
 * not yet granted) and O (HPMS user set-up). The caseworker enters the dates; the popup
 * entrypoint stores them.
 */
import { accessRequestFollowUp, hpmsSetupExpected } from '../../lib/deadlines/access-follow-ups';
import { startOfDayIn } from '../../lib/deadlines/end-of-day';

export interface AccessFollowUpsProps {
  timeZone: string;
  /** YYYY-MM-DD: the day CMS confirmed receipt of the CTM access request (SOP N.1). */
  accessConfirmedDate?: string;
  /** YYYY-MM-DD: the day the HPMS user request was submitted (SOP O.1). */
  hpmsRequestedDate?: string;
  onAccessConfirmedDate: (date: string | undefined) => void;
  onHpmsRequestedDate: (date: string | undefined) => void;
}

const longDate = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const show = (date: string) => longDate.format(new Date(`${date}T12:00:00Z`));
const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement).value || undefined;

export function AccessFollowUps(props: AccessFollowUpsProps) {
  const n = props.accessConfirmedDate ? accessRequestFollowUp(props.accessConfirmedDate, props.timeZone) : undefined;
  const o = props.hpmsRequestedDate ? hpmsSetupExpected(props.hpmsRequestedDate, props.timeZone) : undefined;
  const mayWriteDate = n ? n.mayWriteFrom.iso.slice(0, 10) : undefined;
  return (
    <section class="access-follow-ups" aria-labelledby="access-title">
      <h2 id="access-title">Access follow-ups</h2>
      <div data-follow-ups="N">
        <label for="access-confirmed">CMS confirmed my CTM access request on</label>{' '}
        <input id="access-confirmed" type="date" value={props.accessConfirmedDate ?? ''} onChange={(e) => props.onAccessConfirmedDate(valueOf(e))} />
        {n && mayWriteDate ? (
          <ul>
            <li data-follow-up="N.1">
              Check for access on{' '}
              <time datetime={startOfDayIn(n.checkAccessOn, props.timeZone).iso}>{show(n.checkAccessOn)}</time> (5 business days;
              CMS does not send notice, SOP N.1).
            </li>
            <li data-follow-up="N.2">
              If access is still missing, write to CTM@cms.hhs.gov from <time datetime={n.mayWriteFrom.iso}>{show(mayWriteDate)}</time>{' '}
              (after 6 business days, SOP N.2–N.4).
            </li>
          </ul>
        ) : null}
      </div>
      <div data-follow-ups="O">
        <label for="hpms-requested">I requested an HPMS user ID on</label>{' '}
        <input id="hpms-requested" type="date" value={props.hpmsRequestedDate ?? ''} onChange={(e) => props.onHpmsRequestedDate(valueOf(e))} />
        {o ? (
          <p data-follow-up="O.2">
            Expect HPMS access no sooner than <time datetime={o.iso}>{show(o.date)}</time>: set-up takes 2 weeks or longer (SOP O.2).
            CTM access can be requested only after that (SOP M.1).
          </p>
        ) : null}
      </div>
    </section>
  );
}
