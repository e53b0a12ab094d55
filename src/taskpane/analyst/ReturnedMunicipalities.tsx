import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { saveFile } from '../coordinator/prepare/saveFile';
import type { ReturnedZips } from '../engineRun';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { useNextStepStyles } from './useNextStepStyles';

export interface ReturnedMunicipalitiesProps {
  municipalities: ReturnedZips['municipalities'];
  canSave: boolean;
}

const useStyles = makeStyles({
  schools: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  school: { display: 'flex', flexDirection: 'column' },
  flag: { alignSelf: 'flex-start' },
  save: { alignSelf: 'flex-start' },
});

/** What each municipality gets: its deadline and its schools (flagged first, as the engine orders them), and its ZIP. */
export function ReturnedMunicipalities({ municipalities, canSave }: ReturnedMunicipalitiesProps) {
  const text = useMessages().analystReturn;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const shared = useNextStepStyles();
  return (
    <ul className={shared.list}>
      {municipalities.map((zip) => (
        <li key={zip.fileName} className={layout.card} data-municipality={zip.municipality}>
          <Text weight="semibold" className={layout.breakWords}>{zip.municipality}</Text>
          <Caption1 data-deadline={zip.deadline}>{text.deadline(zip.deadline)}</Caption1>
          <ul className={styles.schools}>
            {zip.schools.map((school) => (
              <li key={school.file} className={styles.school} data-school={school.schoolCode} data-flagged={school.flagged}>
                <Caption1 className={layout.breakWords}>{text.schoolLine(school.school, school.schoolCode, school.subject, school.grade)}</Caption1>
                <Caption1 className={layout.muted}>{text.worksLine(school.works, school.worksChanged)}</Caption1>
                {school.flagged && (
                  <Badge className={styles.flag} size="small" appearance="tint" color="danger">
                    {text.flagged}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
          {canSave && (
            <Button className={styles.save} size="small" onClick={() => saveFile(zip.zip, zip.fileName)}>
              {text.saveOne(zip.fileName)}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
