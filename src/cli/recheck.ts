import { runIndex } from './indexCommand';
import { UsageError } from './args';

const HELP = `recheck — командная строка Recheck (перепроверка работ ВПР)

Использование:
  recheck index АРХИВ.zip... [--password ПАРОЛЬ] [--json]
      Читает архивы муниципалитетов и показывает банк работ: по школам — число работ и страниц,
      документы школ и все проблемы с файлами. --json печатает один объект JSON.

Коды выхода: 0 — архивы прочитаны (проблемы с файлами — часть результата); 1 — архив не читается;
2 — ошибка в командной строке.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'index':
        return await runIndex(rest);
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
