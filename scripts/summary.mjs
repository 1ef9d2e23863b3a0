// Prints the one closing line CI reads: vitest's JSON report plus the static checks.
import { existsSync, readFileSync } from 'node:fs';

const [file, checksPassed = '0', checksFailed = '0'] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
let skipped = 0;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load counts as a failure even though it ran no test.
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  failed += report.numFailedTests + brokenSuites;
} else {
  failed += 1; // the stack or vitest never produced a report
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
