// Preloaded (`node -r`) where there is no /usr/bin/time: prints the process's peak RSS (VmHWM, KB) and CPU time
// (user and system, µs) to stderr at exit.
const { readFileSync, writeSync } = require('node:fs');

process.on('exit', () => {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  const cpu = process.cpuUsage();
  writeSync(2, `\nVmHWM ${match ? match[1] : process.resourceUsage().maxRSS} CPU ${cpu.user} ${cpu.system}\n`);
});
