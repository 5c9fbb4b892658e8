/**
 * The background worker: the single writer of tracked cases and checklist progress, and the
 * deadline keeper (alarms wake it; deadlines are data). Messages are validated with zod here.
 */
import { messaging } from '../../lib/messages';
import { handleCaseSeen, handlePickScenario, handleSetTick } from './case-messages';

export default defineBackground(() => {
  messaging.onMessage('caseSeen', ({ data }) => handleCaseSeen(data));
  messaging.onMessage('setTick', ({ data }) => handleSetTick(data));
  messaging.onMessage('pickScenario', ({ data }) => handlePickScenario(data));
});
