/** `preact/hooks` for the later part: the panel module's own, bound to the Preact that renders the panel. */
import type * as Hooks from 'preact/hooks';
import { sharedPreact } from '../../../lib/panel-module';

const hooks = sharedPreact().hooks as typeof Hooks;

export const {
  useCallback,
  useContext,
  useDebugValue,
  useEffect,
  useErrorBoundary,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} = hooks;
