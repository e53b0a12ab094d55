import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  ToggleButton,
  Tooltip,
  mergeClasses,
} from '@fluentui/react-components';
import { ArrowAutofitWidth20Regular } from '@fluentui/react-icons/svg/arrow-autofit-width';
import { ArrowMaximize20Regular } from '@fluentui/react-icons/svg/arrow-maximize';
import { ArrowRotateClockwise20Regular } from '@fluentui/react-icons/svg/arrow-rotate-clockwise';
import { ChevronLeft20Regular } from '@fluentui/react-icons/svg/chevron-left';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';
import { Keyboard20Regular } from '@fluentui/react-icons/svg/keyboard';
import { ArrowDown20Regular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUp20Regular } from '@fluentui/react-icons/svg/arrow-up';
import { ZoomIn20Regular } from '@fluentui/react-icons/svg/zoom-in';
import { ZoomOut20Regular } from '@fluentui/react-icons/svg/zoom-out';
import { useId, useState, type ReactElement } from 'react';
import { useMessages } from '../i18n';
import { MAX_ZOOM, MIN_ZOOM } from './pageGeometry';
import { Thumbnails } from './Thumbnails';
import { useWorkViewer } from './useWorkViewer';
import { useWorkViewerStyles } from './useWorkViewerStyles';
import type { WorkViewerProps } from './WorkViewer.types';

const KEY_SHORTCUTS = 'PageUp PageDown ArrowLeft ArrowRight Home End + - 0 R Shift+R N P Shift+PageDown Shift+PageUp';

interface IconButtonProps {
  label: string;
  icon: ReactElement;
  onClick: () => void;
  disabled?: boolean;
  name: string;
}

function IconButton({ label, icon, onClick, disabled, name }: IconButtonProps) {
  return (
    <Tooltip content={label} relationship="label" withArrow>
      <Button appearance="subtle" size="small" icon={icon} onClick={onClick} disabled={disabled} data-command={name} />
    </Tooltip>
  );
}

/**
 * The work's scan beside the grid: its first page fitted to the pane's width, zoom, rotation (remembered per
 * work), pages and thumbnails, previous/next work, all from the keyboard too. The embedding view gives the work
 * and the next one; the viewer keeps pdf.js, its documents and canvases within fixed bounds however many works
 * pass through it in a day.
 */
export function WorkViewer(props: WorkViewerProps) {
  const { work, onPrevious, onNext, className } = props;
  const messages = useMessages();
  const text = messages.viewer;
  const styles = useWorkViewerStyles();
  const viewer = useWorkViewer(props);
  const { state, run } = viewer;
  const [showKeys, setShowKeys] = useState(false);
  const helpId = useId();
  // Zoom and rotation act on a page: none while nothing is shown or the scan does not open.
  const hasPage = work !== null && (state.status === 'ready' || state.status === 'loading');
  const numPages = state.numPages ?? 0;
  const zoomNumber = typeof state.zoom === 'number' ? state.zoom : null;

  return (
    <section
      className={mergeClasses(styles.root, className)}
      tabIndex={0}
      aria-label={work ? text.region(work.label) : text.noWork}
      aria-keyshortcuts={props.fitPage ? `${KEY_SHORTCUTS} F` : KEY_SHORTCUTS}
      aria-describedby={showKeys ? helpId : undefined}
      onKeyDown={viewer.onKeyDown}
      data-viewer-status={state.status}
      data-work={work?.id}
    >
      <div className={styles.header}>
        {onPrevious && <IconButton name="previous-work" label={text.previousWork} icon={<ArrowUp20Regular />} onClick={onPrevious} />}
        <Text size={200} className={styles.label} data-label>
          {work ? work.label : text.noWork}
        </Text>
        {work?.pages && numPages > 0 && (
          <Caption1 className={styles.workPages} data-work-pages>
            {text.workPages(work.pages.first, Math.min(work.pages.last, numPages), numPages)}
          </Caption1>
        )}
        {onNext && <IconButton name="next-work" label={text.nextWork} icon={<ArrowDown20Regular />} onClick={onNext} />}
      </div>

      <div className={styles.toolbar} role="toolbar" aria-label={work?.label ?? text.noWork}>
        <IconButton name="zoom-out" label={text.zoomOut} icon={<ZoomOut20Regular />} onClick={() => run('zoom-out')} disabled={!hasPage || zoomNumber === MIN_ZOOM} />
        <Caption1 className={styles.zoomLevel} data-zoom aria-live="polite">
          {state.zoomPercent === null ? '' : text.zoomLevel(state.zoomPercent)}
        </Caption1>
        <IconButton name="zoom-in" label={text.zoomIn} icon={<ZoomIn20Regular />} onClick={() => run('zoom-in')} disabled={!hasPage || zoomNumber === MAX_ZOOM} />
        <IconButton name="fit-width" label={text.fitWidth} icon={<ArrowAutofitWidth20Regular />} onClick={() => run('fit-width')} disabled={!hasPage} />
        {props.fitPage && <IconButton name="fit-page" label={text.fitPage} icon={<ArrowMaximize20Regular />} onClick={() => run('fit-page')} disabled={!hasPage} />}
        <IconButton name="rotate" label={text.rotate} icon={<ArrowRotateClockwise20Regular />} onClick={() => run('rotate-clockwise')} disabled={!hasPage} />
        <span className={styles.spacer} />
        <IconButton name="previous-page" label={text.previousPage} icon={<ChevronLeft20Regular />} onClick={() => run('previous-page')} disabled={state.page <= 1} />
        <Caption1 className={styles.pageCounter} data-page-counter aria-label={numPages > 0 ? text.pageOf(state.page, numPages) : undefined}>
          {numPages > 0 ? text.pageCounter(state.page, numPages) : ''}
        </Caption1>
        <IconButton name="next-page" label={text.nextPage} icon={<ChevronRight20Regular />} onClick={() => run('next-page')} disabled={state.page >= numPages} />
        <Tooltip content={text.keys} relationship="label" withArrow>
          <ToggleButton appearance="subtle" size="small" icon={<Keyboard20Regular />} checked={showKeys} onClick={() => setShowKeys((shown) => !shown)} data-command="keys" />
        </Tooltip>
      </div>
      {showKeys && (
        <Caption1 id={helpId} className={styles.help} data-keys-help>
          {text.keysHelp}
        </Caption1>
      )}

      <div ref={viewer.areaRef} className={styles.area} data-page-area>
        {/* The hook puts the page canvas here itself, the moment it is painted (no React render in between). */}
        <div ref={viewer.pageHostRef} className={styles.pageHost} data-page-host />
        {state.status === 'loading' && (
          <div className={mergeClasses(styles.overlay, styles.delayed)}>
            <Spinner size="small" label={text.loading} />
          </div>
        )}
        {state.status === 'problem' && state.problem && (
          <div className={styles.message}>
            <MessageBar intent="error" layout="multiline" data-problem={state.problem.problem}>
              <MessageBarBody>
                {text.problem(state.problem)}
                {'detail' in state.problem && state.problem.detail && (
                  <Caption1 as="span" className={styles.help}>
                    {text.detail(state.problem.detail)}
                  </Caption1>
                )}
              </MessageBarBody>
            </MessageBar>
          </div>
        )}
        {state.status === 'empty' && (
          <div className={styles.message}>
            <Caption1>{text.noWork}</Caption1>
          </div>
        )}
      </div>

      {work && viewer.session && numPages > 1 && state.status !== 'problem' && (
        <Thumbnails
          key={work.id}
          session={viewer.session}
          workId={work.id}
          numPages={numPages}
          page={state.page}
          rotation={state.rotation}
          devicePixelRatio={viewer.devicePixelRatio}
          onSelect={viewer.goToPage}
          highlight={work.pages}
        />
      )}
    </section>
  );
}
