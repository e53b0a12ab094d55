import { Body1, Caption1, MessageBar, MessageBarBody, Subtitle1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { returnedTotals, russianDate } from '../../engine';
import type { OpenedReturned } from '../../office/excel';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { AnswersSection } from './AnswersSection';
import { schoolMessages } from './schoolMessages';
import { TotalsSection } from './TotalsSection';

/** The school's view of its returned protocol (issue 9): its totals beside the municipality and region, and «Причины и меры». */
export function SchoolView({ opened }: { opened: OpenedReturned }) {
  const language = useMessages().language;
  const text = schoolMessages(language);
  const layout = useLayoutStyles();
  const { meta } = opened;
  const totals = useMemo(() => returnedTotals(opened.totals, opened.works), [opened]);
  return (
    <div className={layout.screen} data-view="school">
      <header className={layout.section}>
        <Subtitle1 as="h1" className={layout.heading}>{text.title}</Subtitle1>
        <Body1 className={layout.breakWords}>{text.school(meta.school, meta.schoolCode)}</Body1>
        <Body1>{text.test(meta.subject, meta.grade)}</Body1>
      </header>
      {meta.reportDue && (
        <MessageBar intent="info" layout="multiline" data-deadline={meta.reportDue}>
          <MessageBarBody>{text.deadline(russianDate(meta.reportDue))}</MessageBarBody>
        </MessageBar>
      )}
      <TotalsSection totals={totals} text={text} language={language} />
      <AnswersSection rows={opened.answers} municipality={meta.municipality} text={text} />
      <Caption1 className={layout.muted}>{text.withoutAddIn}</Caption1>
    </div>
  );
}
