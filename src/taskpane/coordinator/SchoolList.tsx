import { Body1, Caption1, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DocumentKind, SchoolSummary } from '../../engine';
import { useMessages, type Messages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';

export interface SchoolListProps {
  schools: SchoolSummary[];
}

const useStyles = makeStyles({
  municipality: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  school: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const DOCUMENT_ORDER: readonly DocumentKind[] = ['score-sheet', 'variant', 'criteria', 'cover-letter', 'document'];

function documentsLine(school: SchoolSummary, text: Messages['archives']): string {
  return DOCUMENT_ORDER.filter((kind) => school.documents[kind] > 0)
    .map((kind) => text.documentCount(text.documentKinds[kind], school.documents[kind]))
    .join(', ');
}

/** Per municipality, each school folder: subject and grade, works and pages, the documents found. */
export function SchoolList({ schools }: SchoolListProps) {
  const text = useMessages().archives;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const municipalities = [...new Set(schools.map((school) => school.municipality))];
  return (
    <section className={layout.section}>
      <Subtitle2 as="h2" className={layout.heading}>{text.schoolsTitle}</Subtitle2>
      {municipalities.map((municipality) => (
        <div key={municipality} className={styles.municipality}>
          <Text as="h3" weight="semibold" className={mergeClasses(layout.heading, layout.breakWords)}>
            {municipality || '—'}
          </Text>
          <ul className={styles.list}>
            {schools
              .filter((school) => school.municipality === municipality)
              .map((school) => {
                const documents = documentsLine(school, text);
                const noScoreSheet = school.kind === 'work' && school.documents['score-sheet'] === 0;
                return (
                  <li key={[school.school, school.subject, school.grade].join('|')} className={styles.school} data-school={school.school}>
                    <Text weight="semibold" className={layout.breakWords}>
                      {school.school}
                    </Text>
                    <Caption1>{text.classLine(school.subject, school.grade)}</Caption1>
                    <Body1>{school.kind === 'classroom' ? text.classroomScansLine(school.works, school.pages) : text.worksLine(school.works, school.pages)}</Body1>
                    {(documents || noScoreSheet) && (
                      <Caption1 className={layout.breakWords}>
                        {documents}
                        {documents && noScoreSheet ? '; ' : ''}
                        {noScoreSheet && <span className={styles.missing}>{text.noScoreSheet}</span>}
                      </Caption1>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
