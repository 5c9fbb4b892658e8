import { render } from 'preact';
import { WelcomeApp } from './WelcomeApp';
import '../../components/extension-page.css';
import './welcome.css';

render(<WelcomeApp />, document.getElementById('app')!);
