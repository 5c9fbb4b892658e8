/**
 * A small first script: it starts the storage reads, then loads the popup. The reads run while
 * the popup's code (preact, the list, the deadline rules) downloads and compiles.
 */
import { startEarlyRead } from './early-read';
import '../../components/extension-page.css';
import '../../components/popup/deadlines.css';
import '../../components/email/email.css';
import '../../components/scenarios/scenarios.css';
import './popup.css';

startEarlyRead();
void import('./mount');
