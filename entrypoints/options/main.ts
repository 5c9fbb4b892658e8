import { h, render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '../../components/extension-page.css';
import '../../components/options/options.css';

render(h(OptionsApp, null), document.getElementById('app')!);
