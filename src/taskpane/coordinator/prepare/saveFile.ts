import type { HostInfo } from '../../../office/host';

/** How long an object URL outlives its click: revoking at once can cancel the download in some hosts. */
const URL_LIFETIME = 60_000;

/**
 * Whether the pane can save a file with `<a download>`: it can in Excel on Windows, on the web and in a plain
 * browser; in Excel on Mac the click does nothing and says nothing (ENGINEERING.md), so the pane must say so.
 */
export function canSaveFiles(host: HostInfo): boolean {
  return host.platform !== 'mac';
}

/** Saves a Blob under a file name through the browser's download, without copying its bytes. */
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME);
}

/** Between two downloads of «Сохранить все»: hosts drop a download that starts while the previous one is starting. */
export const SAVE_ALL_GAP = 400;

/**
 * Saves several files in one action, one download after another, and tells how many have started. The browser
 * may ask once whether the page may download several files.
 */
export async function saveAllFiles(
  files: ReadonlyArray<{ data: Blob; fileName: string }>,
  onSaved: (saved: number) => void = () => undefined,
  gap: number = SAVE_ALL_GAP,
): Promise<void> {
  for (const [index, file] of files.entries()) {
    if (index > 0) await new Promise((resolve) => window.setTimeout(resolve, gap));
    saveFile(file.data, file.fileName);
    onSaved(index + 1);
  }
}
