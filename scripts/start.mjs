#!/usr/bin/env node
/**
 * `npm start`: builds the pane and serves it on https://localhost:3000 (webpack dev server, which compiles
 * before it serves and rebuilds on change), then
 *  - on Windows and macOS, with office-addin-debugging installed (an optional dependency), sideloads
 *    manifest.xml into desktop Excel (`office-addin-debugging start manifest.xml desktop`);
 *  - otherwise (Linux, or the package is absent, or sideloading failed) prints how to sideload manifest.xml
 *    into Excel on the web and how to trust the development certificate, in Russian and English.
 * The office tools' usage data (telemetry) is turned off before any of them runs. Ctrl+C stops cleanly:
 * the sideloaded add-in is unregistered and the dev server stopped.
 *
 *     npm start                      serve and sideload where possible
 *     npm start -- --no-sideload     only serve, and print the instructions
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { turnOfficeToolsUsageDataOff } = require('./office-tools.cjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'manifest.xml');
const PORT = 3000;
const PANE_URL = `https://localhost:${PORT}/taskpane.html`;
const READY_TIMEOUT_MS = 180_000;
const noSideload = process.argv.includes('--no-sideload');

/** The path of a package's command-line script, or null when the package is not installed. */
function binOf(packageName, command) {
  try {
    const packageJson = require.resolve(`${packageName}/package.json`);
    const { bin } = JSON.parse(readFileSync(packageJson, 'utf8'));
    const relative = typeof bin === 'string' ? bin : bin?.[command];
    return relative ? join(dirname(packageJson), relative) : null;
  } catch {
    return null;
  }
}

function log(lines) {
  console.log(['', ...lines, ''].join('\n'));
}

/** Resolves once the dev server answers over https (its certificate need not be trusted yet). */
function waitForServer(server) {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const attempt = () => {
      if (server.exitCode !== null) {
        reject(new Error(`the dev server stopped (exit code ${server.exitCode})`));
        return;
      }
      const probe = request(PANE_URL, { method: 'HEAD', rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolvePromise();
        else retry();
      });
      probe.on('error', retry);
      probe.on('timeout', () => probe.destroy());
      probe.end();
    };
    const retry = () => {
      if (Date.now() - started > READY_TIMEOUT_MS) reject(new Error(`no answer from ${PANE_URL} after ${READY_TIMEOUT_MS / 1000} s`));
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function printWebInstructions(reason) {
  const caPath = join(homedir(), '.office-addin-dev-certs', 'ca.crt');
  log([
    `Панель работает: ${PANE_URL}${reason ? `  (${reason})` : ''}`,
    '',
    'Как подключить надстройку к Excel в браузере:',
    '  1. Откройте книгу в Excel в браузере (Excel для интернета).',
    '  2. Вставка → Надстройки → Мои надстройки → Загрузить мою надстройку.',
    `  3. Выберите файл ${manifest} и нажмите «Загрузить».`,
    '  4. На вкладке «Главная» нажмите кнопку «Перепроверка».',
    'Сертификат разработчика (браузер должен доверять https://localhost:3000):',
    '  - Windows, macOS: npx office-addin-dev-certs install',
    `  - Linux: sudo npx office-addin-dev-certs install; для Chrome/Chromium ещё`,
    `    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${caPath}`,
    `  - или откройте ${PANE_URL} в том же браузере и примите сертификат («Дополнительно» → «Перейти на сайт»).`,
    '',
    `The pane is served at ${PANE_URL}${reason ? `  (${reason})` : ''}`,
    '',
    'To sideload the add-in into Excel on the web:',
    '  1. Open a workbook in Excel on the web.',
    '  2. Insert → Add-ins → My Add-ins → Upload My Add-in.',
    `  3. Choose ${manifest} and select Upload.`,
    '  4. On the Home tab, select Recheck.',
    'Development certificate (the browser must trust https://localhost:3000):',
    '  - Windows, macOS: npx office-addin-dev-certs install',
    '  - Linux: sudo npx office-addin-dev-certs install; for Chrome/Chromium also',
    `    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${caPath}`,
    `  - or open ${PANE_URL} in the same browser and accept the certificate (Advanced → Proceed).`,
    '',
    'Ctrl+C — остановить / stop.',
  ]);
}

function runOfficeDebugging(bin, args) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit', timeout: 300_000 });
}

async function main() {
  turnOfficeToolsUsageDataOff();
  if (!existsSync(manifest)) throw new Error(`no manifest at ${manifest}`);

  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
  let sideloadedWith = null;
  let stopping = false;

  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: остановка / stopping…`);
    if (sideloadedWith) runOfficeDebugging(sideloadedWith, ['stop', manifest]);
    if (server.exitCode === null) server.kill('SIGTERM');
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    force.unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.on('exit', (code, signal) => {
    if (!stopping) console.error(`webpack dev server stopped (${signal ?? `exit code ${code}`})`);
    process.exit(stopping ? 0 : (code ?? 1));
  });

  await waitForServer(server);
  if (stopping) return;

  const debugging = binOf('office-addin-debugging', 'office-addin-debugging');
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  if (noSideload) {
    printWebInstructions('--no-sideload');
  } else if (!desktop) {
    printWebInstructions(`${process.platform}: настольного Excel нет / no desktop Excel`);
  } else if (!debugging) {
    printWebInstructions('office-addin-debugging не установлен / is not installed');
  } else {
    const result = runOfficeDebugging(debugging, ['start', manifest, 'desktop']);
    if (result.status === 0) {
      sideloadedWith = debugging;
      log(['Надстройка загружена в Excel. Ctrl+C — остановить.', 'The add-in is sideloaded into Excel. Ctrl+C to stop.']);
    } else {
      printWebInstructions(`office-addin-debugging: ${result.error?.message ?? `exit code ${result.status}`}`);
    }
  }
}

main().catch((error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
