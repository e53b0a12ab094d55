import { Button, Caption1, Field, Input, SpinButton, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import { DoubleCheckFields } from './DoubleCheckFields';
import { FilePickButton } from './FilePickButton';
import type { PrepareInputs } from './Preparation.types';

export interface PrepareFormProps {
  inputs: PrepareInputs;
  onChange: (change: Partial<PrepareInputs>) => void;
  /** The file names to give the score sheets of school folders that have none. */
  missingSheets: string[];
  onStart: () => void;
}

/** How many missing score sheets are named before "and N more". */
const MISSING_SHOWN = 5;
const SEED_MAX = 999_999;

const useStyles = makeStyles({
  fileLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  fileName: { flexGrow: 1, minWidth: '0', overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  suggested: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  missing: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  start: { width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function seedOf(value: number | null | undefined, typed: string | undefined): number | null {
  const seed = value ?? (typed === undefined ? null : Number.parseInt(typed, 10));
  return seed === null || !Number.isFinite(seed) ? null : Math.min(SEED_MAX, Math.max(0, Math.trunc(seed)));
}

/** The coordinator's inputs: the experts list, score sheets sent separately, the seed and the deadline. */
export function PrepareForm({ inputs, onChange, missingSheets, onStart }: PrepareFormProps) {
  const text = useMessages().prepare;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const [askedForExperts, setAskedForExperts] = useState(false);

  const start = () => {
    if (!inputs.experts) {
      setAskedForExperts(true);
      return;
    }
    onStart();
  };

  // A folder whose sheet was just added under the suggested name is no longer listed as missing.
  const added = new Set(inputs.sheets.map((file) => file.name.toLocaleLowerCase('ru')));
  const stillMissing = missingSheets.filter((name) => !added.has(name.toLocaleLowerCase('ru')));

  // A file chosen again under the same name replaces the one added before.
  const addSheets = (files: File[]) => {
    const names = new Set(files.map((file) => file.name));
    onChange({ sheets: [...inputs.sheets.filter((file) => !names.has(file.name)), ...files] });
  };

  return (
    <>
      <section className={layout.section} aria-labelledby="prepare-experts">
        <Subtitle2 as="h2" id="prepare-experts" className={layout.heading}>{text.expertsTitle}</Subtitle2>
        <Caption1 className={layout.muted}>{text.expertsHint}</Caption1>
        {inputs.experts && (
          <div className={styles.fileLine} data-file="experts">
            <Text className={styles.fileName}>{inputs.experts.name}</Text>
          </div>
        )}
        <div className={styles.actions}>
          <FilePickButton
            name="experts"
            accept=".xlsx,.csv,text/csv"
            appearance={inputs.experts ? 'secondary' : 'primary'}
            onFiles={(files) => {
              onChange({ experts: files[0] });
              setAskedForExperts(false);
            }}
          >
            {inputs.experts ? text.replaceExperts : text.chooseExperts}
          </FilePickButton>
        </div>
        {askedForExperts && !inputs.experts && (
          <Caption1 role="alert" className={styles.error}>
            {text.expertsRequired}
          </Caption1>
        )}
      </section>

      <section className={layout.section} aria-labelledby="prepare-sheets">
        <Subtitle2 as="h2" id="prepare-sheets" className={layout.heading}>{text.sheetsTitle}</Subtitle2>
        <Caption1 className={layout.muted}>{text.sheetsHint}</Caption1>
        {stillMissing.length > 0 && (
          <div className={styles.missing} data-missing-sheets={stillMissing.length}>
            <Caption1>{text.missingSheets(stillMissing.length)}</Caption1>
            <ul className={styles.list}>
              {stillMissing.slice(0, MISSING_SHOWN).map((name) => (
                <li key={name} className={styles.suggested}>
                  {name}
                </li>
              ))}
              {stillMissing.length > MISSING_SHOWN && <li className={styles.suggested}>… +{stillMissing.length - MISSING_SHOWN}</li>}
            </ul>
          </div>
        )}
        {inputs.sheets.length > 0 && (
          <ul className={styles.list}>
            {inputs.sheets.map((file) => (
              <li key={file.name} className={styles.fileLine} data-file="sheet">
                <Text className={styles.fileName}>{file.name}</Text>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={text.removeSheet(file.name)}
                  title={text.removeSheet(file.name)}
                  onClick={() => onChange({ sheets: inputs.sheets.filter((other) => other !== file) })}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.actions}>
          <FilePickButton name="sheets" accept=".xlsx" multiple onFiles={addSheets}>
            {text.addSheets}
          </FilePickButton>
        </div>
      </section>

      <section className={layout.section}>
        <Field label={text.seedLabel} hint={text.seedHint}>
          <SpinButton
            value={inputs.seed}
            min={0}
            max={SEED_MAX}
            onChange={(_, data) => {
              const seed = seedOf(data.value, data.displayValue);
              if (seed !== null) onChange({ seed });
            }}
          />
        </Field>
        <Field label={text.deadlineLabel} hint={text.deadlineHint}>
          <Input type="date" value={inputs.deadline} onChange={(_, data) => onChange({ deadline: data.value })} />
        </Field>
      </section>
      <DoubleCheckFields inputs={inputs} onChange={onChange} />

      <Button className={styles.start} appearance="primary" size="large" onClick={start}>
        {text.start}
      </Button>
    </>
  );
}
