/**
 * A popup email naming several tracked complaints (SOP F.4.a, G.5.b.i): the cases are read when
 * it opens; those worked under the email's scenario (and path) are offered, any other is named in
 * a confirmation before it joins (CasePicker). Each case brings the caseworker shown on it and
 * what its page showed, so the draft says only that.
 */
import { useEffect, useState } from 'preact/hooks';
import { caseFit } from '../../lib/email/case-fit';
import type { TemplateId } from '../../lib/email/templates';
import type { Settings } from '../../lib/settings';
import { isActive } from '../../lib/tracking/merge';
import type { TrackedCase } from '../../lib/tracking/tracked-case';
import { EmailComposer, type SelectableCase } from './EmailComposer';

export interface SeveralCaseEmailProps {
  templateId: TemplateId;
  settings: Settings;
  /** Reads the tracked cases (the popup's loader). */
  loadCases: () => Promise<readonly TrackedCase[]>;
  /** The cases selected on the list. */
  initialSelected: string[];
  optionsUrl?: string;
}

/** The case as the email may name it: PHI-free facts only, and why it does not fit, if so. */
export function selectableCase(templateId: TemplateId, tc: TrackedCase): SelectableCase {
  const fit = caseFit(templateId, tc);
  const c: SelectableCase = { complaintId: tc.complaintId };
  if (tc.contractNumber) c.contractNumber = tc.contractNumber;
  if (tc.caseworker) c.caseworker = tc.caseworker;
  if (tc.resolutionDate) c.resolutionDate = tc.resolutionDate;
  if (tc.category) c.category = tc.category;
  if (!fit.fits) c.notFit = fit.why;
  return c;
}

export function SeveralCaseEmail({ templateId, settings, loadCases, initialSelected, optionsUrl }: SeveralCaseEmailProps) {
  const [cases, setCases] = useState<SelectableCase[] | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadCases().then(
      (all) => {
        // The open cases, and any selected one whatever its status.
        const shown = all.filter((tc) => isActive(tc) || initialSelected.includes(tc.complaintId));
        if (live) setCases(shown.map((tc) => selectableCase(templateId, tc)));
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [templateId]);
  if (failed) {
    return (
      <p class="problem" role="alert" data-several-email-problem>
        The tracked complaints could not be read for this email. Close it and open it again.
      </p>
    );
  }
  if (!cases) return <p role="status">Reading the tracked complaints…</p>;
  return <EmailComposer templateId={templateId} settings={settings} selectableCases={cases} initialSelected={initialSelected} optionsUrl={optionsUrl} />;
}
