import { Button, Caption1, Field, Input, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FilePickButton } from '../coordinator/prepare/FilePickButton';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { ProtocolFile } from './protocolFiles';
import { ProtocolPicker } from './ProtocolPicker';

export interface AnalystInputs {
  protocols: ProtocolFile[];
  key: File | null;
  scales: File | null;
  region: string;
  centre: string;
  period: string;
}

export interface AnalystFormProps {
  inputs: AnalystInputs;
  onChange: (change: Partial<AnalystInputs>) => void;
  onProtocols: (files: File[]) => void;
  skipped: string[];
  dragging: boolean;
}

/** How many chosen files are named before "+N". */
const FILES_SHOWN = 8;

const useStyles = makeStyles({
  fileLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  fileName: { flexGrow: 1, minWidth: '0', overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  skipped: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The analyst's inputs: protocols (files, folders, ZIPs), the key, the optional marks scales, the report's header. */
export function AnalystForm({ inputs, onChange, onProtocols, skipped, dragging }: AnalystFormProps) {
  const text = useMessages().analyst;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const shown = inputs.protocols.slice(0, FILES_SHOWN);
  return (
    <>
      <section className={layout.section} aria-labelledby="analyst-protocols">
        <Subtitle2 as="h2" id="analyst-protocols" className={layout.heading}>{text.protocolsTitle}</Subtitle2>
        <Caption1 className={layout.muted}>{text.protocolsHint}</Caption1>
        <ProtocolPicker onFiles={onProtocols} dragging={dragging} />
        {skipped.length > 0 && <Caption1 className={styles.skipped}>{text.skipped(skipped)}</Caption1>}
        {inputs.protocols.length > 0 && (
          <>
            <Text weight="semibold" data-protocols-count={inputs.protocols.length}>{text.protocolsChosen(inputs.protocols.length)}</Text>
            <ul className={styles.list}>
              {shown.map((entry) => (
                <li key={entry.file} className={styles.fileLine} data-file="protocol">
                  <Caption1 className={styles.fileName}>{entry.file}</Caption1>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={text.removeFile(entry.file)}
                    title={text.removeFile(entry.file)}
                    onClick={() => onChange({ protocols: inputs.protocols.filter((other) => other !== entry) })}
                  >
                    ✕
                  </Button>
                </li>
              ))}
              {inputs.protocols.length > FILES_SHOWN && <li><Caption1>… +{inputs.protocols.length - FILES_SHOWN}</Caption1></li>}
            </ul>
            <div className={styles.actions}>
              <Button size="small" onClick={() => onChange({ protocols: [] })}>{text.clearProtocols}</Button>
            </div>
          </>
        )}
      </section>

      <section className={layout.section} aria-labelledby="analyst-key">
        <Subtitle2 as="h2" id="analyst-key" className={layout.heading}>{text.keyTitle}</Subtitle2>
        <Caption1 className={layout.muted}>{text.keyHint}</Caption1>
        {inputs.key && (
          <div className={styles.fileLine} data-file="key">
            <Text className={styles.fileName}>{inputs.key.name}</Text>
          </div>
        )}
        <div className={styles.actions}>
          <FilePickButton name="key" accept=".xlsx" appearance={inputs.key ? 'secondary' : 'primary'} onFiles={(files) => onChange({ key: files[0] })}>
            {inputs.key ? text.replaceKey : text.chooseKey}
          </FilePickButton>
        </div>
      </section>

      <section className={layout.section} aria-labelledby="analyst-scales">
        <Subtitle2 as="h2" id="analyst-scales" className={layout.heading}>{text.scalesTitle}</Subtitle2>
        <Caption1 className={layout.muted}>{text.scalesHint}</Caption1>
        {inputs.scales && (
          <div className={styles.fileLine} data-file="scales">
            <Text className={styles.fileName}>{inputs.scales.name}</Text>
            <Button size="small" appearance="subtle" onClick={() => onChange({ scales: null })}>{text.removeScales}</Button>
          </div>
        )}
        <div className={styles.actions}>
          <FilePickButton name="scales" accept=".xlsx,.csv,text/csv" onFiles={(files) => onChange({ scales: files[0] })}>
            {text.chooseScales}
          </FilePickButton>
        </div>
      </section>

      <section className={layout.section} aria-labelledby="analyst-header">
        <Subtitle2 as="h2" id="analyst-header" className={layout.heading}>{text.headerTitle}</Subtitle2>
        <Field label={text.regionLabel}>
          <Input value={inputs.region} onChange={(_, data) => onChange({ region: data.value })} />
        </Field>
        <Field label={text.centreLabel}>
          <Input value={inputs.centre} onChange={(_, data) => onChange({ centre: data.value })} />
        </Field>
        <Field label={text.periodLabel}>
          <Input value={inputs.period} onChange={(_, data) => onChange({ period: data.value })} />
        </Field>
      </section>
    </>
  );
}
