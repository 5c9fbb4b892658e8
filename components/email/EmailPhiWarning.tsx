/** The PHI guard's alert inside an email card: what was found and where, never the value. */
export interface LocatedHit {
  /** e.g. "the beneficiary's HICN" */
  what: string;
  /** e.g. "subject" or "body, line 3" */
  where: string;
}

export interface EmailPhiWarningProps {
  hits: LocatedHit[];
  /** Hits in the body can be redacted; the subject is not editable. */
  canRedact: boolean;
  onRedact: () => void;
}

export function EmailPhiWarning({ hits, canRedact, onRedact }: EmailPhiWarningProps) {
  return (
    <div class="ctm-email-phi" data-phi-warning="" role="alert">
      <p>
        This email contains beneficiary information (PHI). Email leaves CMS systems, so sending and copying are
        off until it is removed:
      </p>
      <ul>
        {hits.map((hit, i) => (
          <li key={i} data-phi-hit={hit.where}>
            {hit.what}, in the {hit.where}
          </li>
        ))}
      </ul>
      {canRedact ? (
        <button type="button" data-phi-redact="" onClick={onRedact}>
          Redact
        </button>
      ) : null}
    </div>
  );
}
