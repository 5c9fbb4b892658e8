import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '../../components/extension-page.css';
import '../../components/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
