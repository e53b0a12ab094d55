import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { HostInfo } from '../office/host';
import { ArchiveView } from './coordinator/ArchiveView';
import { MessagesContext, messagesFor, type Language } from './i18n';
import { StartScreen } from './start/StartScreen';
import { UnsupportedVersion } from './unsupported/UnsupportedVersion';

export interface AppProps {
  host: HostInfo;
  language: Language;
  /** False when the host lacks ExcelApi 1.8: the pane shows why instead of its screens. */
  supported: boolean;
}

type Screen = 'start' | 'archives';

/** The pane: theme, language and the screen the person is on. */
export function App({ host, language, supported }: AppProps) {
  const [screen, setScreen] = useState<Screen>('start');
  return (
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={messagesFor(language)}>
        <main>
          {!supported ? (
            <UnsupportedVersion host={host} />
          ) : screen === 'start' ? (
            <StartScreen host={host} onLoadArchives={() => setScreen('archives')} />
          ) : (
            <ArchiveView host={host} onBack={() => setScreen('start')} />
          )}
        </main>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
