/** `preact` for the later part: the panel module's own instance (see ../index.ts and wxt.config.ts). */
import type * as Preact from 'preact';
import { sharedPreact } from '../../../lib/panel-module';

const preact = sharedPreact().preact as typeof Preact;

export const { Component, Fragment, cloneElement, createContext, createElement, createRef, h, hydrate, isValidElement, options, render, toChildArray } = preact;
