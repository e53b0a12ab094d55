import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { openReturnedWorkbook, type OpenedReturned } from '../../office/excel';
import { useMessages } from '../i18n';
import { ScreenLoading } from '../layout/ScreenLoading';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useSession } from '../session';
import { schoolMessages } from './schoolMessages';

const SchoolView = lazy(() => import('./SchoolView').then((module) => ({ default: module.SchoolView })));

type Gate = { kind: 'reading' } | { kind: 'returned'; opened: OpenedReturned } | { kind: 'other' };

/**
 * Opens the school's view when the workbook is a returned protocol (its hidden sheet, issue 9); any other
 * workbook, or a returned one that cannot be read right now, gets `children` (the start screen).
 */
export function SchoolGate({ children }: { children: ReactNode }) {
  const { host } = useSession();
  const text = schoolMessages(useMessages().language);
  const layout = useLayoutStyles();
  const inExcel = host.host === 'excel';
  const [gate, setGate] = useState<Gate>(inExcel ? { kind: 'reading' } : { kind: 'other' });

  useEffect(() => {
    if (!inExcel) return;
    let active = true;
    void openReturnedWorkbook().then((result) => {
      if (active) setGate(result.ok ? { kind: 'returned', opened: result.value } : { kind: 'other' });
    });
    return () => {
      active = false;
    };
  }, [inExcel]);

  if (gate.kind === 'reading') {
    return (
      <div className={layout.screen}>
        <Spinner size="small" label={text.reading} />
      </div>
    );
  }
  if (gate.kind === 'returned') {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <SchoolView opened={gate.opened} />
      </Suspense>
    );
  }
  return <>{children}</>;
}
