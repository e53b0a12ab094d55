/**
 * The definitions of the statistics in Russian, as issue 8 section 2 states them, one entry per term or
 * measure. The report's appendix prints them; the pane and the workbook's «Справка» sheet reuse them, so the
 * published wording lives here alone. Each measure's English definition is the comment of its function in
 * src/engine/statistics.
 */

/** What an entry defines: a basic term, a measure of a group (test × level), a measure of a task, a flag rule. */
export type DefinitionScope = 'term' | 'group' | 'task' | 'flag';

export interface MeasureDefinition {
  scope: DefinitionScope;
  /** The stable name: the field of the statistics and the JSON (`smd`), a flag's name, or the term's own name. */
  name: string;
  /** The Russian label, as table headers and the appendix name it. */
  label: string;
  /** The definition in Russian. */
  definition: string;
}

export const MEASURE_DEFINITIONS: readonly MeasureDefinition[] = Object.freeze([
  {
    scope: 'term',
    name: 'work',
    label: 'Работа',
    definition: 'работа одного участника по одному предмету в одном классе.',
  },
  {
    scope: 'term',
    name: 'points',
    label: 'Баллы',
    definition: 'число, которым оценено задание; «X» (нет ответа) считается как 0.',
  },
  {
    scope: 'term',
    name: 'totals',
    label: 'Суммы баллов S и E',
    definition: 'суммы баллов школы (S) и эксперта (E) по всем заданиям работы.',
  },
  {
    scope: 'term',
    name: 'changed',
    label: 'Расхождение, изменённая работа',
    definition: 'задание расходится, если его баллы различаются; работа изменена, если расходится хотя бы одно её задание.',
  },
  {
    scope: 'term',
    name: 'levels',
    label: 'Проверочная работа и уровни',
    definition:
      'показатели рассчитываются для каждой проверочной работы (предмет и класс) и на каждом уровне (регион, муниципалитет, школа, эксперт); n — число работ в группе.',
  },
  { scope: 'group', name: 'works', label: 'Работ', definition: 'число работ.' },
  { scope: 'group', name: 'worksChanged', label: 'Изменено работ', definition: 'число изменённых работ.' },
  { scope: 'group', name: 'tasks', label: 'Заданий', definition: 'число строк заданий, то есть работы × их задания.' },
  { scope: 'group', name: 'tasksChanged', label: 'Изменено заданий', definition: 'число расходящихся строк заданий.' },
  { scope: 'group', name: 'schoolMean', label: 'Средний балл школы', definition: 'среднее S.' },
  { scope: 'group', name: 'expertMean', label: 'Средний балл эксперта', definition: 'среднее E.' },
  { scope: 'group', name: 'meanDifference', label: 'Средняя разность', definition: 'среднее (S − E).' },
  { scope: 'group', name: 'exactTotals', label: 'Совпадение сумм', definition: 'доля работ, у которых S = E.' },
  { scope: 'group', name: 'adjacentTotals', label: 'Совпадение сумм ±1', definition: 'доля работ, у которых |S − E| ≤ 1.' },
  {
    scope: 'group',
    name: 'smd',
    label: 'SMD (стандартизированная разность средних)',
    definition:
      '(среднее E − среднее S) / D, где D = √((дисперсия S + дисперсия E) / 2) по всем работам данной проверочной работы в регионе (выборочные дисперсии, n − 1) — форма Williamson et al. (2012), которую RSMTool применяет для подгрупп, поэтому одно и то же смещение читается одинаково и в однородной школе, и в разнородной; не рассчитывается, если D равно 0.',
  },
  {
    scope: 'group',
    name: 'pearson',
    label: 'Коэффициент корреляции Пирсона',
    definition: 'коэффициент корреляции Пирсона между S и E; не рассчитывается, если n < 10 или одна из дисперсий равна 0.',
  },
  {
    scope: 'group',
    name: 'qwk',
    label: 'QWK (квадратично взвешенная каппа)',
    definition:
      'квадратично взвешенная каппа S относительно E по целочисленным категориям 0…M (M — наибольшая сумма максимальных баллов заданий среди вариантов проверочной работы); не рассчитывается, если n < 10 или каппа не определена.',
  },
  {
    scope: 'group',
    name: 'marksLowered',
    label: 'Отметка понижена',
    definition:
      'при наличии шкалы перевода баллов в отметки для проверочной работы — число работ, у которых отметка по E ниже отметки по S. Максимальный балл шкалы должен совпадать с суммой максимальных баллов заданий, иначе шкала не применяется. Без шкалы показатель не рассчитывается.',
  },
  {
    scope: 'group',
    name: 'marksConfirmed',
    label: 'Отметка подтверждена',
    definition: 'при наличии шкалы — число работ, у которых отметка по E совпадает с отметкой по S. Без шкалы показатель не рассчитывается.',
  },
  {
    scope: 'group',
    name: 'marksRaised',
    label: 'Отметка повышена',
    definition: 'при наличии шкалы — число работ, у которых отметка по E выше отметки по S. Без шкалы показатель не рассчитывается.',
  },
  {
    scope: 'group',
    name: 'marksMatrix',
    label: 'Матрица отметок',
    definition: 'при наличии шкалы — таблица 2–5 × 2–5: число работ с каждой парой «отметка по S, отметка по E». Без шкалы не строится.',
  },
  {
    scope: 'group',
    name: 'objectiveShare',
    label: 'Доля объективно оценённых работ',
    definition:
      'доля работ, оценённых объективно: отметка подтверждена, если шкала есть, иначе S = E. Главный показатель справки; сравнивается с целевым значением (по умолчанию 90 %, задаётся в настройках).',
  },
  { scope: 'group', name: 'errorCodes', label: 'Коды ошибок', definition: 'коды ошибок 1–7 подсчитываются на каждом уровне: для каждого кода — число строк заданий, которым эксперт его указал.' },
  { scope: 'task', name: 'rows', label: 'Строк', definition: 'по заданию (проверочная работа, вариант, задание): число строк заданий.' },
  { scope: 'task', name: 'max', label: 'Максимальный балл', definition: 'максимальный балл задания.' },
  { scope: 'task', name: 'schoolMean', label: 'Средний балл школы за задание', definition: 'средний балл школы за задание.' },
  { scope: 'task', name: 'expertMean', label: 'Средний балл эксперта за задание', definition: 'средний балл эксперта за задание.' },
  { scope: 'task', name: 'exact', label: 'Совпадение', definition: 'доля строк задания, где баллы школы и эксперта совпадают.' },
  { scope: 'task', name: 'schoolHigher', label: 'Школа выше', definition: 'доля строк задания, где школа поставила больше баллов, чем эксперт.' },
  { scope: 'task', name: 'errorCodes', label: 'Коды ошибок по заданию', definition: 'число указаний каждого кода ошибок 1–7 по заданию.' },
  { scope: 'task', name: 'hardest', label: 'Трудное (+)', definition: 'сколько экспертов отметили задание как наиболее трудное для обучающихся (+).' },
  {
    scope: 'flag',
    name: 'objectiveShare',
    label: 'Признак: доля объективно оценённых работ',
    definition: 'школа отмечается по проверочной работе, если доля объективно оценённых работ ниже целевого значения.',
  },
  { scope: 'flag', name: 'qwk', label: 'Признак: QWK', definition: 'школа отмечается, если QWK < 0,70 (при n ≥ 10).' },
  { scope: 'flag', name: 'smd', label: 'Признак: SMD', definition: 'школа отмечается, если |SMD| > 0,15 (при n ≥ 10).' },
  { scope: 'flag', name: 'meanDifference', label: 'Признак: средняя разность', definition: 'школа отмечается, если средняя разность ≥ 1 балла.' },
  {
    scope: 'flag',
    name: 'flags',
    label: 'Признаки необъективного оценивания',
    definition:
      'школа отмечается по проверочной работе, если выполнено любое из условий выше. Пороги — настройки с указанными значениями по умолчанию; перечисляются сработавшие правила. Для малых выборок приводятся разности со знаком, а не каппа.',
  },
].map((entry) => Object.freeze(entry as MeasureDefinition)));

/** The definition of a measure by scope and name; a missing one is a bug in the caller. */
export function measureDefinition(scope: DefinitionScope, name: string): MeasureDefinition {
  const entry = MEASURE_DEFINITIONS.find((definition) => definition.scope === scope && definition.name === name);
  if (entry === undefined) throw new Error(`no definition of ${scope} measure ${name}`);
  return entry;
}
