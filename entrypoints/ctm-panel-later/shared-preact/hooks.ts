/** `preact/hooks` for the later part: the panel module's own, bound to the Preact that renders the panel. */
import { sharedPreact } from '../../../lib/panel-module';

export const { useCallback, useEffect, useMemo, useReducer, useRef, useState } = sharedPreact().hooks;
