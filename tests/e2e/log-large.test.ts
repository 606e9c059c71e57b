// The options log at 10,000 entries in headless Chromium (tests/bench/log.ts measures it): usable within
// about a second (newest entries first, the next page at once, an append shown at once) and an import of
// 10,000 that does not freeze the page. The bounds are generous for a loaded machine: they fail on a
// regression to seconds, not on noise. `npm run bench` prints the figures.
import { describe, expect, it } from 'vitest';
import { measureLog } from '../bench/log';

describe('the options log at 10,000 entries', () => {
  it('shows its newest entries, pages and follows appends quickly, and imports without freezing', async () => {
    const r = await measureLog(10_000, 5);
    expect(r.firstRowMs).toBeLessThan(2_500);
    expect(r.intactMs).toBeLessThan(6_000);
    expect(r.nextPageMs).toBeLessThan(500);
    expect(r.appendShownMs.p95).toBeLessThan(1_500);
    expect(r.importLongestFrameMs).toBeLessThan(2_000);
  }, 180_000);
});
