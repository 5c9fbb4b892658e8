/** `preact` for the later part: the panel module's own instance (see ../index.ts and wxt.config.ts). */
import { sharedPreact } from '../../../lib/panel-module';

export const { Component, Fragment, createElement, h } = sharedPreact().preact;
