import type { Language } from '../i18n';

/** What the school's view says (issue 9), in both languages, kept beside the view. */
export interface SchoolMessages {
  title: string;
  school: (school: string, code: string) => string;
  test: (subject: string, grade: number) => string;
  deadline: (date: string) => string;
  totalsTitle: string;
  columns: { measure: string; school: string; municipality: string; region: string };
  attentionTitle: string;
  noAttention: string;
  answersTitle: string;
  answersIntro: string;
  progress: (filled: number, total: number) => string;
  item: (index: number, total: number) => string;
  reasons: string;
  measures: string;
  responsible: string;
  due: string;
  save: string;
  saving: string;
  saved: string;
  previous: string;
  next: string;
  noItems: string;
  ownItems: string;
  allDone: (municipality: string) => string;
  withoutAddIn: string;
  reading: string;
}

const ru: SchoolMessages = {
  title: 'Протокол перепроверки',
  school: (school, code) => `${school} (код ОО ${code})`,
  test: (subject, grade) => `${subject}, ${grade} класс`,
  deadline: (date) => `Муниципалитет публикует отчёт о причинах не позднее ${date}: заполните «Причины и меры» раньше.`,
  totalsTitle: 'Итоги школы',
  columns: { measure: 'Показатель', school: 'Школа', municipality: 'Муницип.', region: 'Регион' },
  attentionTitle: 'Школа требует внимания',
  noAttention: 'Ни одно правило не сработало: баллы школы согласуются с баллами экспертов.',
  answersTitle: 'Причины и меры',
  answersIntro: 'По каждому пункту запишите выявленные причины, меры, ответственного и срок. Ответы записываются в лист «Причины и меры» этой книги.',
  progress: (filled, total) => `Заполнено ${filled} из ${total}`,
  item: (index, total) => `Пункт ${index} из ${total}`,
  reasons: 'Выявленные причины',
  measures: 'Планируемые меры',
  responsible: 'Ответственный',
  due: 'Срок',
  save: 'Записать в книгу',
  saving: 'Записывается…',
  saved: 'Записано в книгу.',
  previous: 'Назад',
  next: 'Дальше',
  noItems: 'Пунктов для ответа нет: эксперты не нашли расхождений. Свои наблюдения можно записать в пустые строки листа «Причины и меры».',
  ownItems: 'Свои пункты можно добавить в пустые строки листа «Причины и меры».',
  allDone: (municipality) => `Все пункты заполнены. Сохраните книгу и направьте её в муниципалитет (${municipality}).`,
  withoutAddIn: 'Без надстройки книга читается так же: итоги — на листе «Итоги», ответы — в жёлтых ячейках листа «Причины и меры».',
  reading: 'Читается книга…',
};

const en: SchoolMessages = {
  title: 'Re-check protocol',
  school: (school, code) => `${school} (school code ${code})`,
  test: (subject, grade) => `${subject}, grade ${grade}`,
  deadline: (date) => `The municipality publishes its report on the reasons by ${date}: fill in «Причины и меры» before then.`,
  totalsTitle: 'School totals',
  columns: { measure: 'Measure', school: 'School', municipality: 'Municip.', region: 'Region' },
  attentionTitle: 'The school needs attention',
  noAttention: 'No rule fired: the school’s scores agree with the experts’.',
  answersTitle: 'Reasons and measures',
  answersIntro: 'For each item, write the reasons found, the measures, who is responsible and by when. The answers go into the «Причины и меры» sheet of this workbook.',
  progress: (filled, total) => `${filled} of ${total} filled in`,
  item: (index, total) => `Item ${index} of ${total}`,
  reasons: 'Reasons found',
  measures: 'Measures planned',
  responsible: 'Responsible',
  due: 'By',
  save: 'Write to the workbook',
  saving: 'Writing…',
  saved: 'Written to the workbook.',
  previous: 'Back',
  next: 'Next',
  noItems: 'Nothing to answer: the experts found no differences. Your own findings can go into the empty rows of «Причины и меры».',
  ownItems: 'Your own items can go into the empty rows of «Причины и меры».',
  allDone: (municipality) => `Every item is filled in. Save the workbook and send it to the municipality (${municipality}).`,
  withoutAddIn: 'Without the add-in the workbook reads the same: totals on «Итоги», answers in the yellow cells of «Причины и меры».',
  reading: 'Reading the workbook…',
};

export function schoolMessages(language: Language): SchoolMessages {
  return language === 'ru' ? ru : en;
}
