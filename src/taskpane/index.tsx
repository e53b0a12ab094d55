/**
 * The pane's entry. taskpane.html loads this bundle only in a browser that can run it (its guard shows the
 * "unsupported Office version" text in IE11 and old WebViews); here we wait for office.js, pick the language
 * and check the Excel API version before showing any screen.
 */
import { createRoot } from 'react-dom/client';
import { isExcelApiSupported, whenOfficeReady } from '../office/host';
import { App } from './App';
import { chooseLanguage } from './i18n';

/** ExcelApi 1.8: Excel.createWorkbook(base64), Microsoft 365 / Office 2021. Also in manifest.xml. */
const REQUIRED_EXCEL_API = '1.8';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const host = await whenOfficeReady();
  const language = chooseLanguage(host.displayLanguage);
  document.documentElement.lang = language;
  // Outside Office (a browser page, tests) there is no workbook, but the pane still works.
  const supported = host.host === 'none' || isExcelApiSupported(REQUIRED_EXCEL_API);
  container.dataset.state = supported ? 'ready' : 'unsupported';
  createRoot(container).render(<App host={host} language={language} supported={supported} />);
}

void start();
