/**
 * The popup's first script: a classic one, loaded by popup/index.html before its styles and
 * module scripts, that starts the storage reads (see popup/early-read.ts). Kept to a few hundred
 * bytes: it blocks the page's parser while it loads.
 */
import { startEarlyRead } from './popup/early-read';

export default defineUnlistedScript(startEarlyRead);
