import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { usePackagePdf } from './usePackagePdf';
import type { ProtocolProblem, ProtocolRow } from '../../engine';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { WorkViewer } from '../viewer';
import { materialsForVariant, workKey, type PackageMaterial } from '../../engine';
import type { ProtocolWorkEntry } from './protocolWorks';
import type { PackageSession } from './usePackage';

export interface WorkSectionProps {
  row: ProtocolRow | null;
  /** What the current row needs (the engine's rules), shown beside its task. */
  rowProblems: readonly ProtocolProblem[];
  works: ProtocolWorkEntry[];
  pkg: PackageSession;
  onShowCurrentRow: () => void;
  /** Moves the cursor to a work's first row (Балл эксперта) and shows it. */
  onGoToWork: (work: ProtocolWorkEntry) => void;
  /** The viewer window shows the work: the pane's viewer steps aside (one pdf.js at work, not two). */
  viewerInWindow?: boolean;
}

const useStyles = makeStyles({
  identity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  task: { fontWeight: tokens.fontWeightSemibold },
  rowProblems: { color: tokens.colorPaletteRedForeground1 },
  materials: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  viewer: { minHeight: '240px' },
  currentRow: { alignSelf: 'stretch' },
});

/** The current row's work beside the grid: which work and task, the scan, previous/next, the materials. */
export function WorkSection({ row, rowProblems, works, pkg, onShowCurrentRow, onGoToWork, viewerInWindow = false }: WorkSectionProps) {
  const messages = useMessages();
  const text = messages.expert.work;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [material, setMaterial] = useState<PackageMaterial | null>(null);

  const key = row ? workKey(row.schoolCode, row.workCode) : null;
  const index = key ? works.findIndex((work) => work.key === key) : -1;
  const work = index >= 0 ? works[index] : null;
  const nextWork = index >= 0 && index + 1 < works.length ? works[index + 1] : null;
  const names = pkg.archive?.names ?? null;
  const scanPath = key && names ? (names.works.get(key) ?? null) : null;
  const nextPath = nextWork && names ? (names.works.get(nextWork.key) ?? null) : null;

  // A new row shows its work again, not the material that was open.
  useEffect(() => setMaterial(null), [row?.row]);

  const shownPath = viewerInWindow ? null : material ? material.path : scanPath;
  const shown = usePackagePdf(pkg, shownPath);
  const next = usePackagePdf(pkg, material || viewerInWindow ? null : nextPath);
  const materials = useMemo(() => (names ? materialsForVariant(names.materials, work?.variant ?? null) : []), [names, work?.variant]);

  const label = material
    ? text.material(material.kind, material.number)
    : work
      ? text.workLine(work.schoolCode, work.workCode, work.variant)
      : '';
  const shownPdf = shown && 'pdf' in shown ? shown.pdf : null;
  const shownId = material ? `material:${material.path}` : (key ?? '');
  // Stable objects: the viewer reopens a document only when the work really changes.
  const viewerWork = useMemo(() => (shownPdf ? { id: shownId, label, pdf: shownPdf } : null), [shownId, label, shownPdf]);
  const nextPdf = next && 'pdf' in next ? next.pdf : null;
  const nextId = nextWork?.key ?? null;
  const viewerNext = useMemo(() => (nextPdf && nextId ? { id: nextId, pdf: nextPdf } : null), [nextId, nextPdf]);

  return (
    <section className={layout.section} aria-label={text.title} data-current-row={row?.row ?? ''} data-work={key ?? ''}>
      <Subtitle2 as="h2" className={layout.heading}>{text.title}</Subtitle2>
      {row && work ? (
        <div className={styles.identity} data-testid="current-work">
          <Body1>{text.workLine(work.schoolCode, work.workCode, work.variant)}</Body1>
          <Text className={styles.task}>{text.rowLine(row.task, row.max)}</Text>
          {rowProblems.length > 0 && (
            <Caption1 className={styles.rowProblems} data-row-problems>
              {messages.expert.attention.thisRow}: {[...new Set(rowProblems.map((problem) => messages.problems.titles[problem.problem] ?? problem.problem))].join('; ')}
            </Caption1>
          )}
          <Caption1 className={layout.muted}>{text.position(index + 1, works.length)}</Caption1>
        </div>
      ) : (
        <Body1>{text.noRow}</Body1>
      )}
      <Button className={styles.currentRow} size="small" onClick={onShowCurrentRow} title={text.showCurrentRowHint}>
        {text.showCurrentRow}
      </Button>

      {material && (
        <div className={styles.materials}>
          <Caption1>{text.showingMaterial(text.material(material.kind, material.number))}</Caption1>
          <Button size="small" appearance="primary" onClick={() => setMaterial(null)}>
            {text.backToWork}
          </Button>
        </div>
      )}
      {!pkg.archive && row && <Caption1 className={layout.muted}>{text.noPackage}</Caption1>}
      {pkg.archive && work && !scanPath && !material && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.scanMissing(work.key)}</MessageBarBody>
        </MessageBar>
      )}
      {shown && 'failed' in shown && (
        <MessageBar intent="error">
          <MessageBarBody>{text.scanUnreadable}</MessageBarBody>
        </MessageBar>
      )}
      {pkg.archive && !viewerInWindow && (viewerWork || row) && (
        <WorkViewer
          className={styles.viewer}
          work={viewerWork}
          next={viewerNext}
          rotationStore={pkg.rotations}
          onPrevious={index > 0 ? () => onGoToWork(works[index - 1]) : undefined}
          onNext={nextWork ? () => onGoToWork(nextWork) : undefined}
        />
      )}

      {materials.length > 0 && (
        <div className={layout.section}>
          <Caption1 className={layout.muted}>{text.materialsTitle}</Caption1>
          <div className={styles.materials}>
            {materials.map((item) =>
              item.pdf ? (
                <Button
                  key={item.path}
                  size="small"
                  appearance={material?.path === item.path ? 'primary' : 'secondary'}
                  onClick={() => setMaterial(item)}
                >
                  {text.material(item.kind, item.number)}
                </Button>
              ) : (
                <Caption1 key={item.path}>{text.materialNotPdf(item.path)}</Caption1>
              ),
            )}
          </div>
        </div>
      )}
    </section>
  );
}
