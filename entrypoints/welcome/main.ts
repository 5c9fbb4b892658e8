import { h, render } from 'preact';
import { WelcomeApp } from './WelcomeApp';
import '../../components/extension-page.css';
import './welcome.css';

render(h(WelcomeApp, null), document.getElementById('app')!);
