import { readFile } from 'node:fs/promises';
import { checkProtocol, problemDetails, problemText, PROTOCOL_PROBLEM_PLACE, readKeySecret } from '../engine';
import { parseArgs, UsageError } from './args';
import { cliTexts, languageOf } from './texts';

/** `recheck check PROTOCOL.xlsx [--key KEY.xlsx] [--json] [--lang en]`: exit 0 complete, 3 with problems, 1 unreadable. */
export async function runCheck(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['key', 'lang'], ['json']);
  const { positional, options } = args;
  const language = languageOf(args);
  const text = cliTexts(language);
  if (positional.length !== 1) throw new UsageError('Укажите один файл протокола: recheck check ПРОТОКОЛ.xlsx');
  const json = options.has('json');
  const bytes = await readFile(positional[0]).catch(() => null);
  if (!bytes) {
    process.stderr.write(`Файл не найден или не читается: ${positional[0]}\n`);
    return 1;
  }
  let secret: string | undefined;
  const keyPath = options.get('key');
  if (typeof keyPath === 'string') {
    const keyBytes = await readFile(keyPath).catch(() => null);
    secret = keyBytes ? ((await readKeySecret(new Uint8Array(keyBytes))) ?? undefined) : undefined;
    if (!secret) {
      process.stderr.write(`${keyPath} — не ключ перепроверки Recheck (нет листа «Ключ» с секретом подписи).\n`);
      return 1;
    }
  }

  const check = await checkProtocol(new Uint8Array(bytes), { secret });
  const result = {
    complete: check.complete,
    works: check.works,
    rows: check.rows,
    problems: check.problems.map((p) => ({
      cell: p.cell, work: p.work, task: p.task, problem: p.problem, details: problemDetails(p, PROTOCOL_PROBLEM_PLACE), message: problemText(p, language),
    })),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else if (!check.readable) {
    process.stderr.write(`${result.problems.map((p) => p.message).join('\n')}\n`);
  } else {
    const lines = [
      check.complete ? text.protocolComplete(check.works, check.rows) : text.protocolNeedsAttention(check.problems.length, check.works, check.rows),
      ...(secret ? [] : [text.signatureNotChecked]),
      ...result.problems.map((p) => `  ${p.cell || '—'} ${p.work} ${p.task ? text.task(p.task) : ''}: ${p.message}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!check.readable) return 1;
  return check.complete ? 0 : 3;
}
