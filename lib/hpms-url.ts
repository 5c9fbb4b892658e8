/**
 * HPMS complaint page URLs. Case links open only on HPMS: a stored page URL is data, and data can
 * be damaged. A stored URL keeps only what identifies the complaint page: a query can carry
 * anything (`&phone=…&dob=…`), so only the parameters named below survive, and only with a
 * numeric value.
 */
export const HPMS_ORIGIN = 'https://hpms.cms.gov';

/**
 * Query parameters that identify a complaint page, compared without case, `_` or `-`: the
 * complaint ID as the WebForms page posts it (`PlanResolution.aspx?ComplaintID=…`), its likely
 * variants, and a plain record `id` (our inference: HPMS does not publish its URL scheme).
 */
export const PAGE_ID_PARAMS: readonly string[] = ['complaintid', 'complaintnumber', 'complaintno', 'ctmid', 'ctmcomplaintid', 'id'];
/** A complaint ID is a short run of digits. */
const PAGE_ID_VALUE = /^\d{1,12}$/;

export function isHpmsUrl(url: string | undefined): url is string {
  try {
    // Anything that is not a URL throws, '' and undefined (read as "undefined") too.
    return new URL(String(url)).origin === HPMS_ORIGIN;
  } catch {
    return false;
  }
}

const isPageIdParam = (name: string) => PAGE_ID_PARAMS.includes(name.toLowerCase().replace(/[-_]/g, ''));

/** The page URL with its origin, path and identifying parameters only ('' when it is not a URL). */
export function complaintPageUrl(href: string): string {
  try {
    const url = new URL(href);
    const kept = new URLSearchParams();
    url.searchParams.forEach((value, key) => {
      if (isPageIdParam(key) && PAGE_ID_VALUE.test(value)) kept.append(key, value);
    });
    const query = kept.toString();
    return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
  } catch {
    return '';
  }
}
