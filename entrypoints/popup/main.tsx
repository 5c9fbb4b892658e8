import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '../../components/extension-page.css';
import '../../components/popup/deadlines.css';
import '../../components/email/email.css';
import '../../components/scenarios/scenarios.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
