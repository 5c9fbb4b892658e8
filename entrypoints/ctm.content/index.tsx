/**
 * The CTM content script: on every HPMS page (and frame), decide from the labels whether this is
 * a complaint page; if so, dock the panel and keep it current as the caseworker works.
 */
import './style.css';
import '../../components/note/note.css';
import '../../components/scenarios/scenarios.css';
import '../../components/email/email.css';
import { startCaseSession } from './case-session';

export default defineContentScript({
  matches: ['https://hpms.cms.gov/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startCaseSession(ctx);
  },
});
