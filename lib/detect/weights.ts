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
} as const;
