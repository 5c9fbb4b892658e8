/**
 * The popup's module entry. The storage reads started earlier, in a classic script in the page's
 * head (lib/store/popup-list.ts); the list's code is imported statically, so the page fetches all
 * of it at once, in parallel with the reads, instead of after this module has run.
 */
import { startEarlyRead } from '../../lib/store/popup-early-read';
import '../../components/extension-page.css';
import '../../components/popup/deadlines.css';
import '../../components/email/email.css';
import '../../components/scenarios/scenarios.css';
import './popup.css';
import { mount } from './mount';

// In case the early script did not run (it is a no-op when it did).
startEarlyRead();
void mount();
