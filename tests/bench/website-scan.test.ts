// The employer-website scan measure runs end to end in headless Chromium and finds the user on the
// 10,000-node page. Main-thread CPU per scan is asserted against the budget (issue 8: < 20 ms): CPU
// time is not inflated by machine load the way wall time is, and the scan uses about a tenth of it.
import { describe, expect, it } from 'vitest';
import { formatScanResult, measureWebsiteScan, SCAN_BUDGET_MS } from './website-scan';

describe('bench: employer-website scan on a 10,000-node page', () => {
  it('scans the whole page, finds the user once and stays within the main-thread budget', async () => {
    const result = await measureWebsiteScan({ runs: 10 });
    console.log(formatScanResult(result));
    expect(result.nodes).toBeGreaterThanOrEqual(10_000);
    expect(result.uncapped.truncated).toBe(false);
    expect(result.uncapped.sightings).toBe(1);
    expect(result.watched.sightings).toBe(1);
    expect(result.uncapped.cpuMs).toBeGreaterThan(0);
    expect(result.uncapped.cpuMs).toBeLessThan(SCAN_BUDGET_MS);
    expect(result.watched.cpuMs).toBeLessThan(SCAN_BUDGET_MS);
  });
});
