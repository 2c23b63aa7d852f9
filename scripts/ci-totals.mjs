// Prints CI's last line, "N passed, N failed": the tests of the unit and e2e suites (from their
// JSON reports) plus the other gates. A suite that failed without a failing test (a crash, a
// missing report) counts as one failure, so a broken suite can never look green.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, gatesPassed, gatesFailed, seconds] = process.argv.slice(2);
let passed = Number(gatesPassed);
let failed = Number(gatesFailed);

const suites = {
  unit: (r) => [r.numPassedTests, r.numFailedTests],
  e2e: (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected],
};
for (const [name, count] of Object.entries(suites)) {
  const reportFile = path.join(dir, `${name}.json`);
  const rcFile = path.join(dir, `${name}.rc`);
  const rc = existsSync(rcFile) ? Number(readFileSync(rcFile, 'utf8').trim()) : 1;
  const [p, f] = existsSync(reportFile) ? count(JSON.parse(readFileSync(reportFile, 'utf8'))) : [0, 0];
  passed += p;
  failed += f;
  if (rc !== 0 && f === 0) {
    failed += 1;
    console.log(`::: ${name} suite failed (exit ${rc}) without a failing test: counted as one failure`);
  }
}
console.log(`::: CI took ${seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
