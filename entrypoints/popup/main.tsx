import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '../../components/extension-page.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
