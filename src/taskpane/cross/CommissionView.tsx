import { Body1, Button, MessageBar, MessageBarBody, Title3 } from '@fluentui/react-components';
import { CommissionPagesBar } from './CommissionPagesBar';
import { FilePickButton } from '../coordinator/prepare/FilePickButton';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { WorkViewer } from '../viewer';
import { crossTexts } from './crossTexts';
import { useCommission } from './useCommission';

export interface CommissionViewProps {
  onBack: () => void;
}

/**
 * The checking school's commission: beside the check protocol, the work of the selected row — its classroom
 * file opened at the work's first page, its page range named above the scan and marked in the thumbnails —
 * and the buttons that split or merge works when the proposed split is wrong.
 */
export function CommissionView({ onBack }: CommissionViewProps) {
  const { language } = useMessages();
  const text = crossTexts(language);
  const layout = useLayoutStyles();
  const { pkg, work, missing, choosePackage, shownPage, onPageShown, edit, editPages } = useCommission();
  const range = work && work.row.first !== null ? `${work.row.first}–${work.row.last ?? work.row.first}` : '';
  return (
    <div className={layout.screen} data-screen="commission">
      <header className={layout.header}>
        <Title3 as="h1" className={layout.heading}>{text.commissionTitle}</Title3>
      </header>
      <Body1 as="p" className={layout.heading}>{text.commissionIntro}</Body1>
      <FilePickButton accept=".zip" name="cross-package" appearance={pkg.stage === 'ready' ? 'secondary' : 'primary'} onFiles={(files) => void choosePackage(files[0])}>
        {text.pickPackage}
      </FilePickButton>
      {pkg.stage === 'ready' && <Body1 data-package-ready>{text.packageReady(pkg.name, pkg.files)}</Body1>}
      {pkg.stage === 'not-a-package' && (
        <MessageBar intent="error">
          <MessageBarBody>{text.notAPackage}</MessageBarBody>
        </MessageBar>
      )}
      {missing && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.fileNotInPackage(missing)}</MessageBarBody>
        </MessageBar>
      )}
      {work && (
        <section className={layout.section} data-work-row={work.row.row} data-page-range={range} data-work-label={text.workLine(work.row.file, range, work.row.code)}>
          <WorkViewer
            work={{
              id: `${work.row.file}#${work.row.first ?? 1}`,
              label: text.workLine(work.row.file, range, work.row.code),
              pdf: work.pdf,
              firstPage: work.row.first ?? 1,
              pages: work.row.first !== null ? { first: work.row.first, last: work.row.last ?? work.row.first } : undefined,
            }}
            onPageShown={onPageShown}
          />
          <CommissionPagesBar row={work.row} shownPage={shownPage} edit={edit} onEdit={(action) => void editPages(action)} />
        </section>
      )}
      <Button appearance="subtle" onClick={onBack}>{text.back}</Button>
    </div>
  );
}
