import { mergeClasses } from '@fluentui/react-components';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useMessages } from '../i18n';
import type { Rotation } from './pageGeometry';
import { useWorkViewerStyles } from './useWorkViewerStyles';
import type { ViewerSession } from './viewerSession';
import { viewerStats } from './viewerStats';

/** CSS width of a thumbnail: four or five fit beside each other in a 320 px pane. */
export const THUMBNAIL_WIDTH = 44;

export interface ThumbnailsProps {
  session: ViewerSession<HTMLCanvasElement>;
  workId: string;
  numPages: number;
  page: number;
  rotation: Rotation;
  devicePixelRatio: number;
  onSelect: (page: number) => void;
  /** The pages of the shown work inside a larger file: marked, and told to screen readers. */
  highlight?: { first: number; last: number };
}

/**
 * The work's pages as small pictures. Lazy: a thumbnail is rendered only once it scrolls into view, and only
 * after the shown page and the next work's first page (the session orders it). Unmounted thumbnails free their
 * canvases; a new work gets new ones.
 */
export function Thumbnails({ session, workId, numPages, page, rotation, devicePixelRatio, onSelect, highlight }: ThumbnailsProps) {
  const styles = useWorkViewerStyles();
  const messages = useMessages();
  const stripRef = useRef<HTMLDivElement | null>(null);
  const pages = Array.from({ length: numPages }, (_, index) => index + 1);
  return (
    <div ref={stripRef} className={styles.thumbnails} role="toolbar" aria-label={messages.viewer.thumbnails} data-thumbnails={workId}>
      {pages.map((number) => (
        <Thumbnail
          key={number}
          session={session}
          workId={workId}
          page={number}
          numPages={numPages}
          current={number === page}
          inWork={highlight !== undefined && number >= highlight.first && number <= highlight.last}
          rotation={rotation}
          devicePixelRatio={devicePixelRatio}
          strip={stripRef}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}

interface ThumbnailProps {
  session: ViewerSession<HTMLCanvasElement>;
  workId: string;
  page: number;
  numPages: number;
  current: boolean;
  inWork: boolean;
  rotation: Rotation;
  devicePixelRatio: number;
  strip: RefObject<HTMLDivElement | null>;
  onSelect: (page: number) => void;
}

function Thumbnail({ session, workId, page, numPages, current, inWork, rotation, devicePixelRatio, strip, onSelect }: ThumbnailProps) {
  const styles = useWorkViewerStyles();
  const messages = useMessages();
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [seen, setSeen] = useState(false);

  // Counted while mounted; its pixels freed when it goes.
  useEffect(() => {
    const canvas = canvasRef.current;
    viewerStats.thumbnailCanvases += 1;
    return () => {
      viewerStats.thumbnailCanvases -= 1;
      if (canvas) {
        canvas.width = 0;
        canvas.height = 0;
      }
    };
  }, []);

  useEffect(() => {
    const button = buttonRef.current;
    if (!button || seen) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { root: strip.current, rootMargin: `0px ${THUMBNAIL_WIDTH * 2}px` },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [seen, strip]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!seen || !canvas) return;
    return session.requestThumbnail({ workId, page, canvas, width: THUMBNAIL_WIDTH, rotation, devicePixelRatio });
  }, [seen, session, workId, page, rotation, devicePixelRatio]);

  useEffect(() => {
    if (current) buttonRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);

  return (
    <button
      ref={buttonRef}
      type="button"
      className={mergeClasses(styles.thumbnail, inWork && styles.thumbnailInWork, current && styles.thumbnailCurrent)}
      aria-label={inWork ? `${messages.viewer.pageOf(page, numPages)}, ${messages.viewer.inWork}` : messages.viewer.pageOf(page, numPages)}
      data-in-work={inWork ? '' : undefined}
      aria-current={current ? 'page' : undefined}
      data-page={page}
      tabIndex={-1}
      onClick={() => onSelect(page)}
    >
      <canvas ref={canvasRef} className={styles.thumbnailCanvas} width={0} height={0} />
      <span>{page}</span>
    </button>
  );
}
