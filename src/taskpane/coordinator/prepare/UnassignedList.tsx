import { Caption1, CounterBadge, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import { groupUnassigned, type UnassignedGroup } from './groupUnassigned';
import type { UnassignedWork } from './Preparation.types';

export interface UnassignedListProps {
  works: UnassignedWork[];
  showArchive: boolean;
}

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
  },
  message: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  folder: { display: 'flex', flexDirection: 'column' },
  files: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** `folder/file.pdf` → [`folder`, `file.pdf`]. */
function splitPath(path: string): [string, string] {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? ['', path] : [path.slice(0, slash), path.slice(slash + 1)];
}

/** The works of a group by their folder (and archive): a school's works share one, so it is named once. */
function byFolder(group: UnassignedGroup): { archive: string; folder: string; files: string[] }[] {
  const folders = new Map<string, { archive: string; folder: string; files: string[] }>();
  for (const work of group.works) {
    const [folder, file] = splitPath(work.path);
    const key = `${work.archive}\u0000${folder}`;
    const entry = folders.get(key) ?? { archive: work.archive, folder, files: [] };
    entry.files.push(file);
    folders.set(key, entry);
  }
  return [...folders.values()];
}

/** The works no expert could take: the engine's reason and what to do, then every work's file, by folder. */
export function UnassignedList({ works, showArchive }: UnassignedListProps) {
  const text = useMessages();
  const layout = useLayoutStyles();
  const styles = useStyles();
  if (works.length === 0) return null;
  return (
    <section className={layout.section} aria-labelledby="prepare-unassigned" data-section="unassigned">
      <Subtitle2 as="h2" id="prepare-unassigned" className={layout.heading}>{text.prepare.unassignedTitle(works.length)}</Subtitle2>
      {groupUnassigned(works, text.language).map((group) => (
        <div key={`${group.reason}\u0000${group.message}`} className={styles.group} data-reason={group.reason}>
          <div className={styles.message}>
            <Caption1>{group.message}</Caption1>
            <CounterBadge count={group.works.length} overflowCount={99999} size="small" color="danger" />
          </div>
          {byFolder(group).map((folder) => (
            <div key={`${folder.archive}\u0000${folder.folder}`} className={styles.folder}>
              {folder.folder && <Caption1 className={mergeClasses(layout.muted, layout.breakWords)}>{folder.folder}</Caption1>}
              {showArchive && <Caption1 className={layout.muted}>{text.problems.inArchive(folder.archive)}</Caption1>}
              <span className={mergeClasses(styles.files, layout.breakWords)}>{folder.files.join(', ')}</span>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
