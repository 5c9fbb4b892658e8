/**
 * The panel's styles, bundled with the panel module as text and put in its shadow root, so the
 * panel needs no stylesheet file of its own and pages that are not complaints load none. The
 * emails' styles come with the panel's later part (components/email/PanelEmails.tsx).
 */
import shell from './style.css?inline';
import note from '../../components/note/note.css?inline';
import scenarios from '../../components/scenarios/scenarios.css?inline';

export const PANEL_CSS = [shell, note, scenarios].join('\n');
