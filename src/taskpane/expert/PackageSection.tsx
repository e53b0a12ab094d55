import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef, type ChangeEvent } from 'react';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { PackageSession } from './usePackage';

export interface PackageSectionProps {
  pkg: PackageSession;
  expectedId: string;
  works: number;
  dragging: boolean;
}

const useStyles = makeStyles({
  readyLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, rowGap: '0' },
  replace: { paddingLeft: '0', paddingRight: '0', minWidth: '0' },
});

/** The package: a picker until it is there, then one line saying which file and that it is kept. */
export function PackageSection({ pkg, expectedId, works, dragging }: PackageSectionProps) {
  const text = useMessages().expert.package;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const { status } = pkg;

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const [file] = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (file) void pkg.choose(file);
  };
  const picker = (
    <input
      id={inputId}
      ref={input}
      className={layout.hiddenInput}
      type="file"
      accept=".zip,application/zip,application/x-zip-compressed"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="package-input"
      onChange={chosen}
    />
  );

  if (status.kind === 'loading') return <Spinner size="tiny" label={text.opening} />;

  if (status.kind === 'ready') {
    return (
      <section className={layout.section} aria-label={text.title} data-package="ready">
        <div className={styles.readyLine}>
          <Caption1 className={layout.breakWords}>{text.ready(status.fileName, works)}</Caption1>
          {status.fromStorage && <Caption1 className={layout.muted}>{text.fromStorage}</Caption1>}
          {picker}
          <Button className={styles.replace} appearance="transparent" size="small" onClick={() => input.current?.click()}>
            {text.replace}
          </Button>
        </div>
        {status.notSaved && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{status.notSaved === 'quota-exceeded' ? text.notSavedQuota : text.notSaved(status.notSavedDetail)}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    );
  }

  return (
    <section className={layout.section} aria-label={text.title} data-package={status.kind}>
      <Subtitle2 as="h2" className={layout.heading}>{text.title}</Subtitle2>
      <Body1>{text.intro}</Body1>
      {status.kind === 'refused' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {status.problem === 'not-a-zip'
              ? text.notZip(status.fileName)
              : status.problem === 'not-a-package'
                ? text.notPackage(status.fileName)
                : text.wrongPackage(status.fileName, status.foundId ?? '?', expectedId)}
          </MessageBarBody>
        </MessageBar>
      )}
      {pkg.storageUnavailable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.storageUnavailable}</MessageBarBody>
        </MessageBar>
      )}
      <div className={mergeClasses(layout.dropZone, dragging && layout.dragging)}>
        {picker}
        {status.kind === 'opening' ? (
          <Spinner size="tiny" label={text.opening} />
        ) : (
          <Button appearance="primary" onClick={() => input.current?.click()}>
            {text.choose}
          </Button>
        )}
        <Caption1>{dragging ? text.dropActive : text.dropHint}</Caption1>
      </div>
    </section>
  );
}
