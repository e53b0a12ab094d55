import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import { ProblemList } from '../ProblemList';
import { KeySection } from './KeySection';
import { PackageCard } from './PackageCard';
import { SaveAllPackages } from './SaveAllPackages';
import type { PreparedResult } from './Preparation.types';
import { UnassignedList } from './UnassignedList';
import { TitledNotice } from '../../layout/TitledNotice';

export interface PrepareResultViewProps {
  result: PreparedResult;
  canSave: boolean;
  inExcel: boolean;
  onEdit: () => void;
}

const useStyles = makeStyles({
  summary: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * What the preparation produced, nothing left out: the key, one line per package with its actions, the experts
 * who got no works, the works no expert could take, and every problem met on the way, grouped by code.
 */
export function PrepareResultView({ result, canSave, inExcel, onEdit }: PrepareResultViewProps) {
  const text = useMessages().prepare;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const expertsWithWorks = new Set(result.packages.map((pkg) => pkg.expertId)).size;
  return (
    <>
      <div className={styles.summary} role="status">
        <Text weight="semibold">{text.summary(result.packages.length, expertsWithWorks, result.works)}</Text>
      </div>
      {result.experts === 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text.noExperts}</MessageBarBody>
        </MessageBar>
      ) : (
        result.packages.length === 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{text.noPackages}</MessageBarBody>
          </MessageBar>
        )
      )}
      {!canSave && <TitledNotice intent="warning" title={text.macTitle} body={text.macBody} />}

      <KeySection keyWorkbook={result.keyWorkbook} canSave={canSave} inExcel={inExcel} />

      {result.packages.length > 0 && (
        <section className={layout.section} aria-labelledby="prepare-packages">
          <Subtitle2 as="h2" id="prepare-packages" className={layout.heading}>{text.packagesTitle(result.packages.length)}</Subtitle2>
          {canSave && result.packages.length > 1 && <SaveAllPackages packages={result.packages} />}
          <ul className={styles.list}>
            {result.packages.map((pkg) => (
              <PackageCard key={pkg.packageId} pkg={pkg} canSave={canSave} inExcel={inExcel} />
            ))}
          </ul>
        </section>
      )}

      {result.expertsWithoutWorks.length > 0 && (
        <section className={layout.section} aria-labelledby="prepare-idle-experts" data-section="without-works">
          <Subtitle2 as="h2" id="prepare-idle-experts" className={layout.heading}>{text.withoutWorksTitle(result.expertsWithoutWorks.length)}</Subtitle2>
          <Body1 className={layout.breakWords}>{result.expertsWithoutWorks.join(', ')}</Body1>
          <Caption1 className={layout.muted}>{text.withoutWorks}</Caption1>
        </section>
      )}

      <UnassignedList works={result.unassigned} showArchive={result.severalArchives} />
      <ProblemList problems={result.problems} showArchive={result.severalArchives} />

      <div className={styles.actions}>
        <Button onClick={onEdit}>{text.again}</Button>
      </div>
    </>
  );
}
