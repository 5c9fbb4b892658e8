/**
 * Signal weights. Explicit CMS fields (CIS, Press/Hill) outrank categories, which outrank what
 * the summary suggests; an RD or EE case that is also Congressional therefore shows L first
 * and G or H second (both apply: L.2 and G.5.a each ask for their own phrase).
 */
export const WEIGHT = {
  cmsFlag: 100,
  saveError: 85,
  category: 90,
  notePhrase: 85,
  medicationDays: 85,
  notPartDCategory: 80,
  otherUnknownContract: 75,
  namedContract: 70,
  notPartDSummary: 60,
  notPartDSummaryWithDrugs: 35,
  resolution: 55,
  indicator: 60,
  indicatorShared: 40,
  corroboration: 15,
  anotherPlanWords: 45,
  cmsContract: 50,
  pageError: 45,
  /** What the summary says in words the SOP uses (an RD, an EE, a member of Congress): below the CMS fields and categories. */
  summaryNamesScenario: 50,
  /** F.2.a: the page shows no category. */
  noCategory: 50,
  /** Key 17: an "Unknown" contract may not be directed toward a Part D sponsor (below A's reading of it). */
  unknownContractNotPartD: 40,
} as const;
