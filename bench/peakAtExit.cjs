// Preloaded (`node -r`) where there is no /usr/bin/time: prints the process's peak RSS (VmHWM) to stderr at exit.
const { readFileSync, writeSync } = require('node:fs');

process.on('exit', () => {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  writeSync(2, `\nVmHWM ${match ? match[1] : process.resourceUsage().maxRSS}\n`);
});
