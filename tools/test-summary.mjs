// Adds up the test counts of the jest (--json) and Playwright (json reporter) reports of one `npm test`
// run and prints one closing line. A missing report counts as a failed tier.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    failed += 1;
    rows.push(`${file}: no report (tier did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    rows.push(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else if (report.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped: s = 0 } = report.stats;
    passed += expected + flaky;
    failed += unexpected + (report.errors?.length ?? 0);
    skipped += s;
    rows.push(`${file}: ${expected + flaky} passed, ${unexpected} failed`);
  }
}
console.log(rows.join('\n'));
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
