// The README's test command: type check, lint, unit tests, then the browser tests against a fresh build.
// Ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const outDir = 'test-output';
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${label} failed`);
  }
}

/** One step of several commands: it passes when all of them do (each still runs and prints its errors). */
function checkAll(label, commands) {
  const results = commands.map(([command, args]) => run(`${label}: ${args.at(-1)}`, command, args));
  if (results.every(Boolean)) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${label} failed`);
  }
}

function jest(label, config, reportFile) {
  rmSync(reportFile, { force: true });
  const ok = run(label, 'npx', ['jest', '-c', config, '--json', `--outputFile=${reportFile}`]);
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that fails to load has no failed tests but must still fail the run.
    failed += report.numRuntimeErrorTestSuites;
    if (!ok && report.numFailedTests === 0 && report.numRuntimeErrorTestSuites === 0) failed += 1;
  } catch {
    failed += 1;
    console.log(`✖ ${label}: no report`);
  }
}

// The whole project (DOM, Node, Office types), then the engine alone as its hosts see it (no DOM, no Node).
checkAll('type check', [
  ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.engine.json']],
]);
check('lint', 'npx', ['eslint', 'src', 'test', 'scripts', 'bench']);
jest('unit tests', 'jest.config.js', `${outDir}/unit.json`);
// Browser tests need office.js from dist/office/ (no network): see webpack.config.js.
if (run('build', 'npx', ['webpack', '--mode', 'production', '--env', 'officeJs=local'])) {
  jest('browser tests', 'jest.e2e.config.js', `${outDir}/e2e.json`);
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
