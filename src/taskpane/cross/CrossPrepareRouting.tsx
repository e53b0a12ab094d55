import { Caption1, Field, Select, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CrossSchoolRoute } from '../../engine';
import { useLayoutStyles } from '../layout/useLayoutStyles';
import type { CrossPrepareTexts } from './crossTexts';
import { checkerChoices, routeKey, type ChosenCheckers } from './crossPrepareModel';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  route: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export interface CrossPrepareRoutingProps {
  schools: CrossSchoolRoute[];
  chosen: ChosenCheckers;
  text: CrossPrepareTexts;
  onChoose: (key: string, checker: string) => void;
  disabled: boolean;
}

/** The proposed routing per test, with a hand-made pair per school (the other schools of the same test). */
export function CrossPrepareRouting({ schools, chosen, text, onChoose, disabled }: CrossPrepareRoutingProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const tests = [...new Map(schools.map((s) => [`${s.subject}\u0000${s.grade}`, s])).values()];
  return (
    <section className={layout.section} aria-labelledby="cross-routing" data-section="cross-routing">
      <Subtitle2 as="h2" id="cross-routing" className={layout.heading}>{text.routingTitle}</Subtitle2>
      <Caption1 className={layout.muted}>{text.routingHint}</Caption1>
      {tests.map((test) => (
        <div key={`${test.subject}-${test.grade}`} className={layout.section}>
          <Text weight="semibold">{test.subject}, {test.grade}</Text>
          <ul className={styles.list}>
            {schools.filter((s) => s.subject === test.subject && s.grade === test.grade).map((route) => {
              const key = routeKey(route);
              const choices = checkerChoices(schools, route);
              return (
                <li key={key} className={styles.route} data-route={route.school} data-checked-by={route.checkedBy ?? ''}>
                  <Text className={layout.breakWords}>{route.school}</Text>
                  <Caption1 className={layout.muted}>{text.routeLine(route.cipher, route.works)}</Caption1>
                  {choices.length === 0 ? (
                    <Caption1>{text.checkedBy}: {text.nobody}</Caption1>
                  ) : (
                    <Field label={`${text.checkedBy}: ${route.checkedBy ?? text.nobody}`} size="small">
                      <Select size="small" value={chosen[key] ?? ''} disabled={disabled} onChange={(_, data) => onChoose(key, data.value)} data-override={route.school}>
                        <option value="">{text.automatic}</option>
                        {choices.map((school) => <option key={school} value={school}>{school}</option>)}
                      </Select>
                    </Field>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
