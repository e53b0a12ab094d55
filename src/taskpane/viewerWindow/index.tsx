/**
 * The viewer window's entry (viewer-window.html, opened by the pane with Office's displayDialogAsync): waits for
 * office.js, listens to the pane, says it is ready, and renders the window. Closing the window unmounts React,
 * which destroys the pdf.js documents and closes the package.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { listenToParent, messageParent } from '../../office/dialog';
import { whenOfficeReady } from '../../office/host';
import { chooseLanguage, MessagesContext, messagesFor, type Language } from '../i18n';
import { ViewerWindowApp } from './ViewerWindowApp';
import { encodeMessage, parsePaneMessage, type ShowMessage, type WindowToPane } from './windowMessages';

function send(message: WindowToPane): void {
  messageParent(encodeMessage(message));
}

function Window({ language }: { language: Language }) {
  const [show, setShow] = useState<ShowMessage | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let active = true;
    void listenToParent((text) => {
      const message = parsePaneMessage(text);
      if (message?.kind === 'show') setShow(message);
    }).then((unlisten) => {
      if (!active) {
        unlisten?.();
        return;
      }
      stop = unlisten;
      send({ kind: 'ready' });
    });
    return () => {
      active = false;
      stop?.();
    };
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={messagesFor(language)}>
        <main>
          <ViewerWindowApp show={show} send={send} />
        </main>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('viewer-window.html has no #root element');
  const host = await whenOfficeReady();
  const language = chooseLanguage(host.displayLanguage);
  document.documentElement.lang = language;
  const root = createRoot(container);
  root.render(<Window language={language} />);
  container.dataset.state = 'ready';
  // Leaving nothing behind: the pane hears the window go, React lets go of pdf.js and the package.
  window.addEventListener('pagehide', () => {
    send({ kind: 'closing' });
    root.unmount();
  });
}

void start();
