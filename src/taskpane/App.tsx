import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { HostInfo } from '../office/host';
import { ExpertGate } from './expert';
import { SchoolGate } from './school';
import { MessagesContext, messagesFor, type Language } from './i18n';
import { SessionProvider } from './session';
import { StartScreen } from './start/StartScreen';
import { UnsupportedVersion } from './unsupported/UnsupportedVersion';
import { ScreenLoading } from './layout/ScreenLoading';

// The coordinator's screens: loaded when asked for, not at pane start-up (their engine runs in its own worker).
const ArchiveView = lazy(() => import('./coordinator/ArchiveView').then((module) => ({ default: module.ArchiveView })));
// The analyst's screen, likewise loaded when asked for.
const AnalystView = lazy(() => import('./analyst/AnalystView').then((module) => ({ default: module.AnalystView })));
// The cross-check's screens (issue 10): the school's results, the checking commission.
const FillFormView = lazy(() => import('./cross/FillFormView').then((module) => ({ default: module.FillFormView })));
// Issue 10, the coordinator's cross-check preparation.
const CrossPrepareView = lazy(() => import('./cross/CrossPrepareView').then((module) => ({ default: module.CrossPrepareView })));
const CommissionView = lazy(() => import('./cross/CommissionView').then((module) => ({ default: module.CommissionView })));

export interface AppProps {
  host: HostInfo;
  language: Language;
  /** False when the host lacks ExcelApi 1.8: the pane shows why instead of its screens. */
  supported: boolean;
}

type Screen = 'start' | 'archives' | 'analyst' | 'cross-fill' | 'commission' | 'cross-prepare';

/** The pane: theme, language, the session the screens share, and the screen the person is on. */
export function App({ host, language, supported }: AppProps) {
  const [screen, setScreen] = useState<Screen>('start');
  return (
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={messagesFor(language)}>
        <SessionProvider host={host}>
          <main>
            {!supported ? (
              <UnsupportedVersion />
            ) : (
              // A protocol workbook opens the expert's view; any other workbook gets these screens.
              <ExpertGate>
                {/* Issue 9: a school's returned protocol opens the school's view. */}
                <SchoolGate>
                  {screen === 'start' ? (
                    <StartScreen
                      onLoadArchives={() => setScreen('archives')}
                      onMergeProtocols={() => setScreen('analyst')}
                      onCrossResults={() => setScreen('cross-fill')}
                      onCommission={() => setScreen('commission')}
                      onCrossPrepare={() => setScreen('cross-prepare')}
                    />
                  ) : (
                    <Suspense fallback={<ScreenLoading />}>
                      {screen === 'archives' ? (
                        <ArchiveView onBack={() => setScreen('start')} />
                      ) : screen === 'analyst' ? (
                        <AnalystView onBack={() => setScreen('start')} />
                      ) : screen === 'cross-prepare' ? (
                        <CrossPrepareView onBack={() => setScreen('start')} />
                      ) : screen === 'commission' ? (
                        <CommissionView onBack={() => setScreen('start')} />
                      ) : (
                        <FillFormView onBack={() => setScreen('start')} />
                      )}
                    </Suspense>
                  )}
                </SchoolGate>
              </ExpertGate>
            )}
          </main>
        </SessionProvider>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
