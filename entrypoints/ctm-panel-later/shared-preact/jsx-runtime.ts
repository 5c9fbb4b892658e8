/** `preact/jsx-runtime` for the later part (compiled JSX imports it): the panel module's own. */
import type * as JsxRuntime from 'preact/jsx-runtime';
import { sharedPreact } from '../../../lib/panel-module';

const runtime = sharedPreact().jsxRuntime as typeof JsxRuntime;

export const { Fragment, jsx, jsxAttr, jsxDEV, jsxEscape, jsxTemplate, jsxs } = runtime;
