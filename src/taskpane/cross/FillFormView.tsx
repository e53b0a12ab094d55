import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { problemText, type ProblemCode, type ProblemFacts } from '../../engine';
import { FilePickButton } from '../coordinator/prepare/FilePickButton';
import { useMessages } from '../i18n';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import { crossTexts } from './crossTexts';
import { useFormFill } from './useFormFill';

export interface FillFormViewProps {
  onBack: () => void;
}

/** The origin school's screen: its open ФИС ОКО form filled from the check protocol the coordinator returned. */
export function FillFormView({ onBack }: FillFormViewProps) {
  const { language } = useMessages();
  const text = crossTexts(language);
  const layout = useLayoutStyles();
  const { state, choose, write } = useFormFill();
  const [confirmed, setConfirmed] = useState(false);
  const plan = state.stage === 'planned' || state.stage === 'writing' ? state : null;
  const overwriting = plan ? plan.plan.overwritten.length : 0;

  return (
    <div className={layout.screen} data-screen="cross-fill">
      <header className={layout.header}>
        <Title3 as="h1" className={layout.heading}>{text.title}</Title3>
      </header>
      <Body1 as="p" className={layout.heading}>{text.intro}</Body1>
      <FilePickButton accept=".xlsx,.xlsm" name="check-protocol" appearance={plan ? 'secondary' : 'primary'} onFiles={(files) => { setConfirmed(false); void choose(files[0]); }}>
        {text.pickProtocol}
      </FilePickButton>
      {state.stage === 'reading' && <Spinner size="small" label={text.reading} />}
      {state.stage === 'refused' && (
        <MessageBar intent="error" data-refused={state.reason}>
          <MessageBarBody>{state.reason === 'not-a-protocol' ? text.notAProtocol : state.reason === 'tampered' ? text.tampered : state.reason === 'no-form' ? text.noForm : text.failed(state.detail ?? '')}</MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <section className={layout.section} data-plan>
          <Subtitle2 as="h2" className={layout.heading}>{plan.protocolFile}</Subtitle2>
          <Body1 data-summary>{text.summary(plan.plan.filled, plan.plan.writes.length, plan.sheetName)}</Body1>
          {plan.plan.notInForm.length > 0 && (
            <MessageBar intent="warning" data-not-in-form>
              <MessageBarBody>
                <MessageBarTitle>{text.notInFormTitle(plan.plan.notInForm.length)}</MessageBarTitle>
                <span className={layout.paragraph}>{plan.plan.notInForm.join(', ')}</span>
                <span className={layout.paragraph}>{text.notInFormBody}</span>
              </MessageBarBody>
            </MessageBar>
          )}
          {plan.plan.problems.length > 0 && (
            <MessageBar intent="warning" data-form-problems>
              <MessageBarBody>
                <MessageBarTitle>{text.problemsTitle(plan.plan.problems.length)}</MessageBarTitle>
                {groupedProblems(plan.plan.problems.map((p) => p.facts)).map((group) => (
                  <span key={group.code} className={layout.paragraph} data-problem={group.code}>
                    {problemText(group.first, language)}
                    {group.participants.length > 1 && ` ${text.alsoParticipants(group.participants.slice(1))}`}
                  </span>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {overwriting > 0 && (
            <MessageBar intent="warning" data-overwritten>
              <MessageBarBody>
                <MessageBarTitle>{text.overwriteTitle(overwriting)}</MessageBarTitle>
                <ul className={layout.heading}>
                  {plan.plan.overwritten.map((cell) => (
                    <li key={cell.cell}>
                      <Caption1>{`${cell.cell}: ${cell.before} → ${cell.after}`}</Caption1>
                    </li>
                  ))}
                </ul>
                <Checkbox checked={confirmed} onChange={(_, data) => setConfirmed(data.checked === true)} label={text.overwriteConfirm(overwriting)} />
              </MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" disabled={state.stage === 'writing' || plan.plan.writes.length === 0 || (overwriting > 0 && !confirmed)} onClick={() => void write()}>
            {state.stage === 'writing' ? text.writing : text.write}
          </Button>
        </section>
      )}
      {state.stage === 'written' && (
        <MessageBar intent="success" data-written>
          <MessageBarBody>{text.written(state.cells)}</MessageBarBody>
        </MessageBar>
      )}
      {state.stage === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{text.failed(state.detail)}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="subtle" onClick={onBack}>{text.back}</Button>
    </div>
  );
}

/** One line per kind of problem: the first one's text, the other participants it concerns listed after it. */
function groupedProblems(problems: readonly ProblemFacts[]): { code: ProblemCode; first: ProblemFacts; participants: string[] }[] {
  const groups = new Map<ProblemCode, { code: ProblemCode; first: ProblemFacts; participants: string[] }>();
  for (const facts of problems) {
    const group = groups.get(facts.problem) ?? { code: facts.problem, first: facts, participants: [] };
    if ('participant' in facts && typeof facts.participant === 'string') group.participants.push(facts.participant);
    groups.set(facts.problem, group);
  }
  return [...groups.values()];
}
