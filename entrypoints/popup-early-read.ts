/**
 * The popup's first script: a classic one, loaded by popup/index.html before its styles and
 * module scripts, that starts the storage reads (lib/store/popup-list.ts says how the popup reads
 * its list). Kept to a few hundred bytes: it blocks the page's parser while it loads.
 */
import { startEarlyRead } from '../lib/store/popup-early-read';

export default defineUnlistedScript(startEarlyRead);
