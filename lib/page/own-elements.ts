/** The elements CTM Assist adds to the page: their changes and events are not the page's. */
export const PANEL_TAG = 'ctm-assist-panel';
export const INLINE_WARNING_TAG = 'ctm-assist-inline-warning';
