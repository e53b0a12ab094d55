import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AnswerRow } from '../../engine';
import type { AnswerInput } from '../../office/excel';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { SchoolMessages } from './schoolMessages';
import { useSchoolAnswers } from './useSchoolAnswers';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  steps: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

function draftOf(item: AnswerRow | undefined): AnswerInput {
  return { reasons: item?.reasons ?? '', measures: item?.measures ?? '', responsible: item?.responsible ?? '', due: /^\d{4}-\d{2}-\d{2}$/.test(item?.due ?? '') ? item!.due : '' };
}

/** «Причины и меры», one item at a time: what was found, then the reasons, measures, responsible and date. */
export function AnswersSection({ rows, municipality, text }: { rows: readonly AnswerRow[]; municipality: string; text: SchoolMessages }) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const excelProblems = useMessages().expert.excelProblems;
  const answers = useSchoolAnswers(rows);
  const item = answers.items[answers.current];
  const [draft, setDraft] = useState<AnswerInput>(() => draftOf(item));
  useEffect(() => setDraft(draftOf(item)), [item]);
  const total = answers.items.length;
  const set = (field: keyof AnswerInput) => (_: unknown, data: { value: string }) => setDraft((current) => ({ ...current, [field]: data.value }));
  const saveAndNext = async () => {
    if (!item) return;
    const saved = await answers.save(item.row, draft);
    if (saved && answers.current < total - 1) answers.setCurrent(answers.current + 1);
  };

  return (
    <section className={layout.section} aria-labelledby="school-answers">
      <Subtitle2 as="h2" id="school-answers" className={layout.heading}>{text.answersTitle}</Subtitle2>
      {total === 0 ? (
        <Body1>{text.noItems}</Body1>
      ) : (
        <>
          <Caption1 className={layout.muted}>{text.answersIntro}</Caption1>
          <Field label={text.progress(answers.filled, total)} data-progress={`${answers.filled}/${total}`}>
            <ProgressBar value={answers.filled / total} />
          </Field>
          <div className={styles.steps} role="list">
            {answers.items.map((entry, index) => (
              <Button
                key={entry.row}
                role="listitem"
                size="small"
                appearance={index === answers.current ? 'primary' : 'subtle'}
                aria-current={index === answers.current ? 'step' : undefined}
                onClick={() => answers.setCurrent(index)}
              >
                {`${index + 1}${entry.reasons || entry.measures ? ' ✓' : ''}`}
              </Button>
            ))}
          </div>
          {item && (
            <div className={styles.card} data-answer-row={item.row}>
              <Caption1 className={layout.muted}>{text.item(answers.current + 1, total)}</Caption1>
              <Text weight="semibold">{item.topic}</Text>
              {item.details && <Body1 className={layout.breakWords}>{item.details}</Body1>}
              <Field label={text.reasons}>
                <Textarea value={draft.reasons} onChange={set('reasons')} resize="vertical" rows={3} />
              </Field>
              <Field label={text.measures}>
                <Textarea value={draft.measures} onChange={set('measures')} resize="vertical" rows={3} />
              </Field>
              <Field label={text.responsible}>
                <Input value={draft.responsible} onChange={set('responsible')} />
              </Field>
              <Field label={text.due}>
                <Input type="date" value={draft.due} onChange={set('due')} />
              </Field>
              <div className={styles.actions}>
                <Button appearance="primary" disabled={answers.state.status === 'saving'} onClick={() => void saveAndNext()}>
                  {answers.state.status === 'saving' ? text.saving : text.save}
                </Button>
                <Button disabled={answers.current === 0} onClick={() => answers.setCurrent(answers.current - 1)}>
                  {text.previous}
                </Button>
                <Button disabled={answers.current >= total - 1} onClick={() => answers.setCurrent(answers.current + 1)}>
                  {text.next}
                </Button>
              </div>
            </div>
          )}
          <div aria-live="polite">
            {answers.state.status === 'saved' && <Caption1 className={styles.done}>{text.saved}</Caption1>}
          </div>
          {answers.state.status === 'failed' && (
            <MessageBar intent="warning" layout="multiline" data-excel-problem={answers.state.failure.problem}>
              <MessageBarBody>{excelProblems[answers.state.failure.problem](answers.state.failure)}</MessageBarBody>
            </MessageBar>
          )}
          {answers.filled === total && (
            <MessageBar intent="success" layout="multiline" data-answers="done">
              <MessageBarBody>{text.allDone(municipality)}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1 className={layout.muted}>{text.ownItems}</Caption1>
        </>
      )}
    </section>
  );
}
