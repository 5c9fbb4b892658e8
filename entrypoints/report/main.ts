import { render } from 'preact';
import { ReportApp } from './ReportApp';
import '../../components/extension-page.css';
import './report.css';

render(<ReportApp />, document.getElementById('app')!);
