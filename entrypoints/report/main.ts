import { h, render } from 'preact';
import { ReportApp } from './ReportApp';
import '../../components/extension-page.css';
import './report.css';

render(h(ReportApp, null), document.getElementById('app')!);
