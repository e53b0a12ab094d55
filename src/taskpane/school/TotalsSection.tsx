import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReturnedTotals } from '../../engine';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { SchoolMessages } from './schoolMessages';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'right' },
  label: { textAlign: 'left' },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
});

function figure(value: number | null, share: boolean, language: string): string {
  if (value === null) return '—';
  const locale = language === 'ru' ? 'ru-RU' : 'en-GB';
  if (share) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The school's figures beside the municipality's and the region's, and the flags in plain words. */
export function TotalsSection({ totals, text, language }: { totals: ReturnedTotals; text: SchoolMessages; language: string }) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const flagged = totals.attention.length > 0 && !/^(Нет|No)\b/.test(totals.attention[0]);
  return (
    <section className={layout.section} aria-labelledby="school-totals">
      <Subtitle2 as="h2" id="school-totals" className={layout.heading}>{text.totalsTitle}</Subtitle2>
      <table className={styles.table} data-totals="">
        <thead>
          <tr>
            <th className={mergeClasses(styles.cell, styles.label)}>{text.columns.measure}</th>
            <th className={styles.cell}>{text.columns.school}</th>
            <th className={styles.cell}>{text.columns.municipality}</th>
            <th className={styles.cell}>{text.columns.region}</th>
          </tr>
        </thead>
        <tbody>
          {totals.lines.map((line) => (
            <tr key={line.label}>
              <td className={mergeClasses(styles.cell, styles.label)}>{line.label}</td>
              <td className={styles.cell}>{figure(line.school, line.share, language)}</td>
              <td className={styles.cell}>{figure(line.municipality, line.share, language)}</td>
              <td className={styles.cell}>{figure(line.region, line.share, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {flagged ? (
        <MessageBar intent="warning" layout="multiline" data-attention="flagged">
          <MessageBarBody>
            <MessageBarTitle>{text.attentionTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {totals.attention.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success" data-attention="none">
          <MessageBarBody>{text.noAttention}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
