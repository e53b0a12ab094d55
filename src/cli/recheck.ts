import { UsageError } from './args';

const HELP = `recheck — командная строка Recheck (перепроверка работ ВПР)

Использование:
  recheck index АРХИВ.zip... [--password ПАРОЛЬ] [--json] [--lang en]
      Читает архивы муниципалитетов и показывает банк работ: по школам — число работ и страниц,
      документы школ и все проблемы с файлами. --json печатает один объект JSON.

  recheck prepare --works АРХИВ.zip... --experts ЭКСПЕРТЫ.xlsx --out ПАПКА [--sheets ПРОТОКОЛ.xlsx...]
                  [--password ПАРОЛЬ] [--seed N] [--deadline ГГГГ-ММ-ДД] [--copies 2 [--share 0.2]] [--json] [--lang en]
      Готовит обезличенные пакеты экспертам: ПАПКА/packages/*.zip, письма в ПАПКА/letters и ключ
      координатора «Ключ перепроверки.xlsx» (хранить у себя). --copies 2: каждую работу (или долю --share)
      независимо проверяют два эксперта (туры 1 и 2).

  recheck check ПРОТОКОЛ.xlsx [--key КЛЮЧ.xlsx] [--json] [--lang en]
      Проверяет заполненный протокол эксперта; с ключом — и подпись координатора.

  recheck merge ПРОТОКОЛ.xlsx|ПАПКА|АРХИВ.zip... --key КЛЮЧ.xlsx [--scales ШКАЛЫ.xlsx|csv] [--out СВОД.xlsx]
                [--report СПРАВКА.docx] [--region РЕГИОН] [--centre ЦЕНТР] [--period ПЕРИОД]
                [--task-difference 2] [--total-difference 3] [--first-primary] [--answers КНИГИ_ШКОЛ...] [--json] [--lang en]
      Сводит вернувшиеся протоколы экспертов: у каждого файла — состояние и причина, статистика по тестам,
      муниципалитетам, школам и экспертам; --out пишет сводную книгу, --report — справку .docx;
      --answers КНИГИ_ШКОЛ... добавляет в сводную книгу лист «Причины и меры» из ответов школ.

  recheck return ПРОТОКОЛ.xlsx|ПАПКА|АРХИВ.zip... --key КЛЮЧ.xlsx --out ПАПКА [--scales ШКАЛЫ.xlsx|csv]
                 [--received ГГГГ-ММ-ДД] [--period-end ГГГГ-ММ-ДД] [--zip] [--json] [--lang en]
      Возвращает протоколы: ПАПКА/<муниципалитет>/ — книга на каждую школу и тест, сводка по муниципалитету и
      сопроводительное письмо со сроком (10 рабочих дней после --received по производственному календарю);
      --period-end — последний день периода ВПР (срок перепроверки — 60 дней); --zip — ещё и ZIP на муниципалитет.

  recheck adjudicate ПРОТОКОЛ.xlsx|ПАПКА|АРХИВ.zip... --key КЛЮЧ.xlsx --out ПАПКА [--packages ПАПКА]
                     [--seed N] [--deadline ГГГГ-ММ-ДД] [--task-difference 2] [--total-difference 3] [--json] [--lang en]
      Третья проверка: работы, баллы двух экспертов за которые существенно расходятся, — третьему эксперту
      (пакеты с обоими баллами только для чтения); новый ключ с третьим туром — в ПАПКА.

--lang en печатает отчёт и тексты проблем по-английски (по умолчанию — по-русски); в --json коды проблем
(problem) и их подробности (details) те же, меняется только message.

Коды выхода: 0 — готово (index, merge, return: проблемы с файлами — часть результата; check: протокол заполнен);
1 — файл не найден или не читается (merge, return: не читается ключ); 2 — ошибка в командной строке; 3 (check) — в протоколе есть замечания.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Each command is loaded when asked for: `recheck --help` stays cheap, and `check` never loads the archive reader.
      case 'index':
        return await (await import('./indexCommand')).runIndex(rest);
      case 'prepare':
        return await (await import('./prepareCommand')).runPrepare(rest);
      case 'check':
        return await (await import('./checkCommand')).runCheck(rest);
      case 'merge':
        return await (await import('./mergeCommand')).runMerge(rest);
      case 'adjudicate':
        return await (await import('./adjudicateCommand')).runAdjudicate(rest);
      case 'return':
        return await (await import('./returnCommand')).runReturn(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${HELP}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Неизвестная команда «${command}».`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${HELP}\n`);
      return 2;
    }
    // A bug, not bad input: say so briefly; the stack goes only where a developer asked for it.
    process.stderr.write(`Внутренняя ошибка Recheck: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.RECHECK_DEBUG) console.error(error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
