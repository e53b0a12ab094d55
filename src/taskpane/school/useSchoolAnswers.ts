import { useCallback, useState } from 'react';
import { isAnswered, type AnswerRow } from '../../engine';
import { writeSchoolAnswer, type AnswerInput, type ExcelFailure } from '../../office/excel';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; row: number } | { status: 'failed'; failure: ExcelFailure };

export interface SchoolAnswers {
  /** The prepared items (a topic written by Recheck), as the workbook holds them now. */
  items: AnswerRow[];
  filled: number;
  current: number;
  setCurrent: (index: number) => void;
  save: (row: number, answer: AnswerInput) => Promise<boolean>;
  state: SaveState;
}

/** The guided filling of «Причины и меры»: which item is open, what is written, writing one row through src/office. */
export function useSchoolAnswers(rows: readonly AnswerRow[]): SchoolAnswers {
  const [items, setItems] = useState<AnswerRow[]>(() => rows.filter((row) => row.topic !== ''));
  const [current, setCurrentIndex] = useState(() => Math.max(0, items.findIndex((item) => !isAnswered(item))));
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  const setCurrent = useCallback((index: number) => {
    setCurrentIndex(index);
    setState({ status: 'idle' });
  }, []);

  const save = useCallback(async (row: number, answer: AnswerInput) => {
    setState({ status: 'saving' });
    const result = await writeSchoolAnswer(row, answer);
    if (!result.ok) {
      setState({ status: 'failed', failure: result });
      return false;
    }
    setItems((list) => list.map((item) => (item.row === row ? { ...item, ...answer } : item)));
    setState({ status: 'saved', row });
    return true;
  }, []);

  return { items, filled: items.filter(isAnswered).length, current, setCurrent, save, state };
}
