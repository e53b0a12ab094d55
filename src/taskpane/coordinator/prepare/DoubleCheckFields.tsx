import { Field, SpinButton, Switch } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { useLayoutStyles } from '../../layout/useLayoutStyles';
import type { PrepareInputs } from './Preparation.types';

export interface DoubleCheckFieldsProps {
  inputs: PrepareInputs;
  onChange: (change: Partial<PrepareInputs>) => void;
}

/** Issue 11: two blind experts per work — on or off, and the share of works (in %) scored twice. */
export function DoubleCheckFields({ inputs, onChange }: DoubleCheckFieldsProps) {
  const text = useMessages().prepare.double;
  const layout = useLayoutStyles();
  const double = inputs.copies === 2;
  const percent = inputs.sharePercent ?? 100;
  return (
    <section className={layout.section} data-double-check={double ? 'on' : 'off'}>
      <Field hint={text.hint}>
        <Switch label={text.label} checked={double} onChange={(_, data) => onChange({ copies: data.checked ? 2 : 1 })} />
      </Field>
      {double && (
        <Field label={text.shareLabel} hint={text.shareHint}>
          <SpinButton
            value={percent}
            min={1}
            max={100}
            onChange={(_, data) => {
              const typed = data.value ?? (data.displayValue === undefined ? null : Number.parseInt(data.displayValue, 10));
              if (typed !== null && Number.isFinite(typed)) onChange({ sharePercent: Math.min(100, Math.max(1, Math.trunc(typed))) });
            }}
          />
        </Field>
      )}
    </section>
  );
}
