/**
 * The RO disagreed with the plan's reassignment request ("Note to Plan", SOP A.4, C.4, D.5,
 * G.5.e, H.4, L.6): the case is back with the plan. The note itself is not repeated here.
 */
export function RoDisagreedNotice() {
  return (
    <div class="ctm-ro-disagreed" role="alert" data-ro-disagreed="">
      <strong class="ctm-ro-disagreed-title">The RO disagreed with your reassignment request.</strong> The case is back
      with your plan: read the Note to Plan, then continue the casework.
    </div>
  );
}
