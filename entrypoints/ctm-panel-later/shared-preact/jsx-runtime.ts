/** `preact/jsx-runtime` for the later part (compiled JSX imports it): the panel module's own. */
import { sharedPreact } from '../../../lib/panel-module';

export const { Fragment, jsx, jsxs } = sharedPreact().jsxRuntime;
