/** Case links open only on HPMS: a stored page URL is data, and data can be damaged. */
export const HPMS_ORIGIN = 'https://hpms.cms.gov';

export function isHpmsUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return new URL(url).origin === HPMS_ORIGIN;
  } catch {
    return false;
  }
}
