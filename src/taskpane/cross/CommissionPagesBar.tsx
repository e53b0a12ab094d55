import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CheckSheetRow, WorkPagesAction } from '../../office/excel';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { crossTexts } from './crossTexts';
import type { PagesEdit } from './useCommission';

export interface CommissionPagesBarProps {
  row: CheckSheetRow;
  /** The page of the classroom file on screen. */
  shownPage: number | null;
  edit: PagesEdit | null;
  onEdit: (action: WorkPagesAction) => void;
}

/** «Разделить работу» at the page shown and «Объединить со следующей», with what the last one did. */
export function CommissionPagesBar({ row, shownPage, edit, onEdit }: CommissionPagesBarProps) {
  const { language } = useMessages();
  const text = crossTexts(language);
  const layout = useLayoutStyles();
  const page = shownPage ?? row.first ?? 1;
  return (
    <div className={layout.section} data-pages-bar>
      <Button size="small" data-action="split-work" onClick={() => onEdit({ action: 'split', row: row.row, page })}>
        {text.splitWork(page)}
      </Button>
      <Button size="small" data-action="merge-next" onClick={() => onEdit({ action: 'merge', row: row.row })}>
        {text.mergeNext}
      </Button>
      {edit && 'failed' in edit && (
        <MessageBar intent="error" layout="multiline" data-pages-edit="failed">
          <MessageBarBody>{text.workPagesFailed(edit.failed)}</MessageBarBody>
        </MessageBar>
      )}
      {edit && 'plan' in edit && !edit.plan.ok && (
        <MessageBar intent="warning" layout="multiline" data-pages-edit={edit.plan.refusal.reason}>
          <MessageBarBody>{text.workPagesRefused(edit.plan.refusal)}</MessageBarBody>
        </MessageBar>
      )}
      {edit && 'plan' in edit && edit.plan.ok && (
        <MessageBar intent="success" layout="multiline" data-pages-edit={edit.action}>
          <MessageBarBody>
            {edit.action === 'split'
              ? text.splitDone(Number(edit.plan.edits[1].first), Number(edit.plan.edits[1].last), edit.plan.edits[1].row)
              : text.mergeDone(Number(edit.plan.edits[0].first), Number(edit.plan.edits[0].last), edit.plan.edits[1].row)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
