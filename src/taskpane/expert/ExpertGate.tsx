import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { openProtocol, type ExcelFailure, type OpenedProtocol } from '../../office/excel';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { ScreenLoading } from '../layout/ScreenLoading';
import { useSession } from '../session';

// The expert's view (viewer, pdf.js, zip.js) is loaded only for a protocol workbook.
const ExpertView = lazy(() => import('./ExpertView').then((module) => ({ default: module.ExpertView })));

export interface ExpertGateProps {
  /** What the pane shows for any other workbook (and outside Excel): the start screen. */
  children: ReactNode;
}

type Gate = { kind: 'reading' } | { kind: 'protocol'; opened: OpenedProtocol } | { kind: 'other' } | { kind: 'failed'; failure: ExcelFailure };

/** Failures that mean "this is simply not a protocol": the start screen, with nothing to say. */
const NOT_A_PROTOCOL = new Set(['not-a-protocol', 'not-in-excel']);

/**
 * Opens the expert view when the workbook is a protocol (its hidden sheet); any other workbook gets the start
 * screen. A protocol that cannot be read right now (a cell being edited, another version) says why, with a retry.
 */
export function ExpertGate({ children }: ExpertGateProps) {
  const { host } = useSession();
  const text = useMessages().expert;
  const layout = useLayoutStyles();
  const inExcel = host.host === 'excel';
  const [gate, setGate] = useState<Gate>(inExcel ? { kind: 'reading' } : { kind: 'other' });
  const [attempt, setAttempt] = useState(0);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!inExcel) return;
    let active = true;
    setGate({ kind: 'reading' });
    void openProtocol().then((result) => {
      if (!active) return;
      if (result.ok) setGate({ kind: 'protocol', opened: result.value });
      else setGate(NOT_A_PROTOCOL.has(result.problem) ? { kind: 'other' } : { kind: 'failed', failure: result });
    });
    return () => {
      active = false;
    };
  }, [inExcel, attempt]);

  if (gate.kind === 'reading') {
    return (
      <div className={layout.screen}>
        <Spinner size="small" label={text.reading} />
      </div>
    );
  }
  if (gate.kind === 'protocol') {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <ExpertView opened={gate.opened} />
      </Suspense>
    );
  }
  if (gate.kind === 'failed' && !dismissed) {
    return (
      <div className={layout.screen}>
        <MessageBar intent="warning" layout="multiline" data-excel-problem={gate.failure.problem}>
          <MessageBarBody>
            <MessageBarTitle>{text.workbook.failedTitle}</MessageBarTitle>
            <div className={layout.paragraph}>{text.excelProblem(gate.failure.problem, gate.failure.message)}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setAttempt(attempt + 1)}>
              {text.retry}
            </Button>
            <Button size="small" appearance="transparent" onClick={() => setDismissed(true)}>
              {text.workbook.continueWithout}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  return <>{children}</>;
}
