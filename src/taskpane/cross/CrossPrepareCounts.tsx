import { Caption1, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { CrossPrepareTexts } from './crossTexts';
import type { CountRowView } from './crossPrepareModel';

const useStyles = makeStyles({
  // Fixed layout: the narrow pane (320 px) must not scroll sideways; the school's name wraps instead.
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  narrow: { width: '44px' },
  input: { width: '100%', minWidth: '0' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top', textAlign: 'left', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  school: { overflowWrap: 'anywhere' },
  works: { width: '64px', overflowWrap: 'anywhere' },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface CrossPrepareCountsProps {
  rows: CountRowView[];
  text: CrossPrepareTexts;
  onType: (key: string, text: string) => void;
}

/** Works per classroom file: prefilled from the letters, typed where the letter says nothing (or is wrong). */
export function CrossPrepareCounts({ rows, text, onType }: CrossPrepareCountsProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  return (
    <section className={layout.section} aria-labelledby="cross-counts" data-section="cross-counts">
      <Subtitle2 as="h2" id="cross-counts" className={layout.heading}>{text.countsTitle(rows.length)}</Subtitle2>
      <Caption1 className={layout.muted}>{text.countsHint}</Caption1>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{text.school}</th>
            <th className={`${styles.cell} ${styles.narrow}`}>{text.classLabel}</th>
            <th className={`${styles.cell} ${styles.narrow}`}>{text.pages}</th>
            <th className={`${styles.cell} ${styles.works}`}>{text.works}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.key}\u0000${row.room.path}`} data-classroom={`${row.room.school} ${row.room.class}`} data-not-multiple={row.notMultiple ? '' : undefined}>
              <td className={`${styles.cell} ${styles.school}`}>{row.room.school}</td>
              <td className={styles.cell}>{row.room.class}</td>
              <td className={styles.cell}>{row.room.pages}</td>
              <td className={`${styles.cell} ${styles.works}`}>
                <Input
                  className={styles.input}
                  size="small"
                  inputMode="numeric"
                  aria-label={`${text.works}: ${row.room.school}, ${row.room.class}`}
                  value={row.text}
                  onChange={(_, data) => onType(row.key, data.value)}
                />
                <Caption1 block className={row.invalid ? styles.error : layout.muted}>
                  {row.invalid ? text.invalid : row.works === null ? text.unknown : row.typed ? text.typed : text.fromLetter}
                </Caption1>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.filter((row) => row.notMultiple && row.works !== null).map((row) => (
        <Caption1 key={`flag-${row.key}-${row.room.path}`} className={styles.flag} data-flag="pages-not-multiple">
          {row.room.school}, {row.room.class}: {text.notMultiple(row.room.pages, row.works ?? 0)}
        </Caption1>
      ))}
    </section>
  );
}
