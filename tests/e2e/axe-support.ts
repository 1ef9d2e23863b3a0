// axe-core in the browser pages of the end-to-end suites: the serious and critical findings.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target[0]}`));
}

/** The page's serious and critical axe violations, as "rule: target" lines. */
export async function seriousViolations(page: Page, attempt = 0): Promise<string[]> {
  // The dev server may reload a page while other work edits files: start again once it is back.
  try {
    return await runAxe(page);
  } catch (error) {
    if (attempt > 2 || !/context was destroyed|navigation/i.test(String(error))) throw error;
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_000);
    return seriousViolations(page, attempt + 1);
  }
}
