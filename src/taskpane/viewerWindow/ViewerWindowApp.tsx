/**
 * The viewer window (issue 12): the selected row's work at full size in an Office dialog beside the workbook,
 * while typing stays in Excel. The pane tells it what to show (`show`: ids and paths only); the window reads the
 * package from IndexedDB, shows the work at the page remembered for the task, keeps the next work rendered
 * ahead, and offers the variant's criteria (K) and variant (V) in a second panel at the task's page. Navigation
 * keys are sent back to the pane, which moves the cursor in Excel — the grid stays the one source of truth.
 */
import { Button, Caption1, Text, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { materialsForVariant, type PackageMaterial } from '../../engine';
import { usePackagePdf } from '../expert/usePackagePdf';
import { useMessages } from '../i18n';
import { WorkViewer, type RotationStore } from '../viewer';
import { commandForKey } from '../viewer/viewerKeys';
import { useTaskPageInMaterial } from './useTaskPageInMaterial';
import { useWindowPackage } from './useWindowPackage';
import type { Navigation, ShowMessage, WindowToPane } from './windowMessages';
import { windowTextsFor } from './windowTexts';

export interface ViewerWindowAppProps {
  /** The pane's latest `show`; null until the first arrives. */
  show: ShowMessage | null;
  send(message: WindowToPane): void;
}

type Panel = 'criteria' | 'variant' | null;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box', padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, minWidth: '0' },
  identity: { fontWeight: tokens.fontWeightSemibold },
  task: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  spacer: { flexGrow: 1 },
  body: { display: 'flex', flexGrow: 1, minHeight: '0', gap: tokens.spacingHorizontalS },
  main: { flexGrow: 1, flexBasis: '0', minWidth: '0' },
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 0, flexShrink: 0, flexBasis: '42%', minWidth: '0', gap: tokens.spacingVerticalXS },
  panelViewer: { flexGrow: 1, minHeight: '0' },
  message: { padding: tokens.spacingVerticalL },
});

function ownMaterial(materials: readonly PackageMaterial[], kind: PackageMaterial['kind'], variant: number | null): PackageMaterial | null {
  const pdfs = materialsForVariant(materials, variant).filter((material) => material.kind === kind && material.pdf);
  return pdfs[0] ?? null;
}

export function ViewerWindowApp({ show, send }: ViewerWindowAppProps) {
  const messages = useMessages();
  const texts = windowTextsFor(messages.language);
  const styles = useStyles();
  const pkg = useWindowPackage(show?.packageId ?? null);
  const [panel, setPanel] = useState<Panel>(null);
  const [showKeys, setShowKeys] = useState(false);
  const sendRef = useRef(send);
  sendRef.current = send;

  const work = show?.work ?? null;
  const task = show?.task ?? null;
  const variant = work?.variant ?? null;

  // --- The work, at the page remembered for its task («По заданиям») ----------------------------------------
  const shown = usePackagePdf(pkg, work?.path ?? null);
  const next = usePackagePdf(pkg, show?.next?.path ?? null);
  const startPage = show?.byTask && task && pkg.taskPages ? (pkg.taskPages.get(variant, task) ?? 1) : 1;
  const label = work ? texts.workLine(work.workCode, work.schoolCode, variant) : '';
  const shownPdf = shown && 'pdf' in shown ? shown.pdf : null;
  const viewerWork = useMemo(() => (work && shownPdf ? { id: work.key, label, pdf: shownPdf } : null), [work, label, shownPdf]);
  const nextPdf = next && 'pdf' in next ? next.pdf : null;
  const nextKey = show?.next?.key ?? null;
  const viewerNext = useMemo(() => (nextKey && nextPdf ? { id: nextKey, pdf: nextPdf } : null), [nextKey, nextPdf]);

  // Rotations shared with the pane: written to the same storage, and told to the pane's copy.
  const rotations = useMemo<RotationStore | undefined>(() => {
    const store = pkg.rotations;
    if (!store) return undefined;
    return {
      get: (id) => store.get(id),
      set: (id, degrees) => {
        store.set(id, degrees);
        sendRef.current({ kind: 'rotated', key: id, degrees });
      },
    };
  }, [pkg.rotations]);

  const byTask = show?.byTask ?? false;
  const { taskPages } = pkg;
  const onPageShown = useCallback(
    (workId: string, page: number, pages: number) => {
      sendRef.current({ kind: 'shown', key: workId, page, pages });
      // In «По заданиям» the page the expert reads a task on is remembered for the next works of the variant.
      if (byTask && task && taskPages && work && workId === work.key) taskPages.remember(variant, task, page);
    },
    [byTask, task, taskPages, work, variant],
  );

  const navigate = useCallback((to: Navigation) => sendRef.current({ kind: 'navigate', to }), []);
  const onNext = show && show.index + 1 < show.total ? () => navigate('next-work') : undefined;
  const onPrevious = show && show.index > 0 ? () => navigate('previous-work') : undefined;

  // --- The second panel: criteria or variant, at the task's page -------------------------------------------
  const names = pkg.archive?.names ?? null;
  const material = panel && names ? ownMaterial(names.materials, panel, variant) : null;
  const materialLoaded = usePackagePdf(pkg, material?.path ?? null);
  const materialPdf = materialLoaded && 'pdf' in materialLoaded ? materialLoaded.pdf : null;
  const place = useTaskPageInMaterial(material?.path ?? null, materialPdf, task);
  const materialWork = useMemo(
    () => (material && materialPdf && place ? { id: `material:${material.path}`, label: material.kind === 'criteria' ? texts.criteria(material.number) : texts.variant(material.number), pdf: materialPdf } : null),
    [material, materialPdf, place, texts],
  );

  // --- Keys of the window (the viewer's own keys are handled inside it) --------------------------------------
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      let handled = true;
      switch (event.code) {
        case 'KeyK':
          setPanel((open) => (open === 'criteria' ? null : 'criteria'));
          break;
        case 'KeyV':
          setPanel((open) => (open === 'variant' ? null : 'variant'));
          break;
        case 'Escape':
          setPanel(null);
          break;
        case 'KeyT':
          navigate(event.shiftKey ? 'previous-same-task' : 'next-same-task');
          break;
        default: {
          // N/P pressed outside the viewer (the header focused): still the next and previous work.
          const command = commandForKey(event);
          if (command === 'next-work') navigate('next-work');
          else if (command === 'previous-work') navigate('previous-work');
          else handled = false;
        }
      }
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(() => {
    document.title = work ? `${label} — ${texts.title}` : texts.title;
  }, [work, label, texts.title]);

  const criteria = names ? ownMaterial(names.materials, 'criteria', variant) : null;
  const variantPdf = names ? ownMaterial(names.materials, 'variant', variant) : null;

  return (
    <div className={styles.root} data-window-work={work?.key ?? ''} data-window-task={task ?? ''} data-window-panel={panel ?? ''}>
      <header className={styles.header}>
        <Text className={styles.identity} data-window-label>
          {work ? label : texts.waiting}
        </Text>
        {task && (
          <Text className={styles.task} data-window-task-label>
            {texts.taskLine(task)}
          </Text>
        )}
        {show && show.total > 0 && work && <Caption1 className={styles.muted}>{texts.position(show.index + 1, show.total)}</Caption1>}
        {byTask && <Caption1 className={styles.task}>{texts.byTask}</Caption1>}
        <span className={styles.spacer} />
        {task && (
          <>
            <Button size="small" onClick={() => navigate('previous-same-task')} data-command="previous-same-task">
              {texts.previousSameTask}
            </Button>
            <Button size="small" onClick={() => navigate('next-same-task')} data-command="next-same-task">
              {texts.nextSameTask}
            </Button>
          </>
        )}
        <Button size="small" appearance={panel === 'criteria' ? 'primary' : 'secondary'} disabled={!criteria} onClick={() => setPanel((open) => (open === 'criteria' ? null : 'criteria'))} data-command="criteria">
          {texts.criteria(criteria?.number ?? variant ?? 1)}
        </Button>
        <Button size="small" appearance={panel === 'variant' ? 'primary' : 'secondary'} disabled={!variantPdf} onClick={() => setPanel((open) => (open === 'variant' ? null : 'variant'))} data-command="variant">
          {texts.variant(variantPdf?.number ?? variant ?? 1)}
        </Button>
        <Tooltip content={texts.keysHelp} relationship="description" withArrow>
          <Button size="small" appearance="subtle" onClick={() => setShowKeys((open) => !open)}>
            ?
          </Button>
        </Tooltip>
      </header>
      {showKeys && <Caption1 className={styles.muted}>{texts.keysHelp}</Caption1>}
      {pkg.status === 'missing' ? (
        <Text className={styles.message} data-window-problem="no-package">
          {texts.noPackage}
        </Text>
      ) : (
        <div className={styles.body}>
          <WorkViewer
            className={styles.main}
            work={viewerWork}
            next={viewerNext}
            rotationStore={rotations}
            page={startPage}
            onPageShown={onPageShown}
            onNext={onNext}
            onPrevious={onPrevious}
            fitPage
          />
          {panel && (
            <aside className={styles.panel} data-material={material?.path ?? ''} data-material-page={place?.page ?? ''}>
              {!material ? (
                <Caption1>{texts.noCriteria}</Caption1>
              ) : (
                task && place && <Caption1 className={mergeClasses(styles.muted)} data-material-found={place.found}>{texts.criteriaAt(task, place.found)}</Caption1>
              )}
              {materialWork && <WorkViewer className={styles.panelViewer} work={materialWork} page={place?.page ?? 1} fitPage />}
              <Button size="small" onClick={() => setPanel(null)}>
                {texts.closePanel}
              </Button>
            </aside>
          )}
        </div>
      )}
    </div>
  );
}
