/** The plan time zone when settings name none (DOMAIN.md "Due moments"). */
export const DEFAULT_TIME_ZONE = 'America/New_York';
