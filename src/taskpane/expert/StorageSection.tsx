import { Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { PackageSession } from './usePackage';

/** How much this computer keeps for the pane, and a way to remove the stored packages. */
export function StorageSection({ pkg }: { pkg: PackageSession }) {
  const text = useMessages().expert.storage;
  const layout = useLayoutStyles();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clear = async () => {
    setBusy(true);
    const removed = await pkg.clear();
    setBusy(false);
    setOutcome(removed === null ? text.clearFailed : text.cleared(removed));
  };
  return (
    <section className={layout.section} aria-label={text.title}>
      <Subtitle2 as="h2" className={layout.heading}>{text.title}</Subtitle2>
      <Caption1 data-testid="storage-usage">{pkg.estimate ? text.usage(pkg.estimate.usage, pkg.estimate.quota) : text.unknown}</Caption1>
      <Button size="small" disabled={busy} onClick={() => void clear()}>
        {text.clear}
      </Button>
      {outcome && <Caption1 role="status">{outcome}</Caption1>}
    </section>
  );
}
