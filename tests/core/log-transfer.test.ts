import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  applyRetention,
  csvCell,
  type DecisionLog,
  emptyLog,
  exportLogCsv,
  exportLogJson,
  importLogJson,
  verifyChain,
} from '@/core/log';
import { buildEntries, policyRecord, sha256, websiteRecord } from './log-fixtures';

async function sampleLog(): Promise<DecisionLog> {
  return {
    ...emptyLog(),
    entries: await buildEntries(4),
    notes: { 2: 'Asked HR, "no" is fine', 3: '=HYPERLINK("x")' },
  };
}

describe('notes beside the chain', () => {
  it('adding, editing or removing a note does not affect integrity', async () => {
    const log = await sampleLog();
    const edited: DecisionLog = { ...log, notes: { ...log.notes, 1: 'new note', 2: 'changed' } };
    delete edited.notes[3];
    expect(await verifyChain(edited.entries, sha256, edited.anchor)).toEqual({ intact: true });
    const imported = await importLogJson(exportLogJson(edited), sha256);
    expect(imported).toEqual({ ok: true, log: edited });
  });
});

describe('exportLogJson / importLogJson', () => {
  it('round trips entries, hashes, notes and anchor', async () => {
    const log = await sampleLog();
    const json = exportLogJson(log, new Date('2026-02-01T00:00:00Z'));
    const file = JSON.parse(json);
    expect(file).toMatchObject({
      format: 'exposure-guard-log',
      version: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(file.entries[1].hash).toBe(log.entries[1]?.hash);
    expect(await importLogJson(json, sha256)).toEqual({ ok: true, log });
  });

  it('round trips a log shortened by retention', async () => {
    const log = applyRetention(await sampleLog(), 2, new Date(Date.UTC(2025, 4, 1)));
    expect(log.entries[0]?.seq).toBe(3);
    expect(await importLogJson(exportLogJson(log), sha256)).toEqual({ ok: true, log });
  });

  it('an empty log imports with the genesis anchor, so the next entry is seq 1', async () => {
    const json = JSON.stringify({
      format: 'exposure-guard-log',
      version: 1,
      anchor: { seq: 5, hash: 'a'.repeat(64) },
      entries: [],
      notes: {},
    });
    expect(await importLogJson(json, sha256)).toEqual({ ok: true, log: emptyLog() });
  });

  const tamper = async (
    change: (file: Record<string, unknown> & { entries: Record<string, unknown>[] }) => void,
  ) => {
    const file = JSON.parse(exportLogJson(await sampleLog()));
    change(file);
    return JSON.stringify(file);
  };

  const refusals: [string, () => Promise<string>, RegExp, RegExp][] = [
    [
      'malformed JSON',
      async () => '{"format":"exposure-guard-log",',
      /not readable JSON/,
      /geen leesbare JSON/,
    ],
    ['an empty file', async () => '', /not readable JSON/, /geen leesbare JSON/],
    [
      'a foreign file',
      async () => JSON.stringify({ format: 'something-else', version: 1, entries: [] }),
      /not an Exposure Guard decision log/,
      /geen beslissingenlogboek/,
    ],
    [
      'a settings file',
      async () => JSON.stringify({ format: 'exposure-guard-settings', version: 1, settings: {} }),
      /not an Exposure Guard decision log/,
      /geen beslissingenlogboek/,
    ],
    [
      'a file without entries',
      async () => JSON.stringify({ format: 'exposure-guard-log', version: 1 }),
      /not an Exposure Guard decision log/,
      /geen beslissingenlogboek/,
    ],
    [
      'a newer version',
      () =>
        tamper((f) => {
          f.version = 2;
        }),
      /newer version.*2/,
      /nieuwere versie.*2/,
    ],
    [
      'an entry with post text',
      () =>
        tamper((f) => {
          (f.entries[1] as Record<string, unknown>).text = 'my post';
        }),
      /Entry 2 .*record\.text/,
      /Regel 2 .*record\.text/,
    ],
    [
      'an entry with a bad hash',
      () =>
        tamper((f) => {
          (f.entries[2] as Record<string, unknown>).hash = 'xyz';
        }),
      /Entry 3 .*entry\.hash/,
      /Regel 3/,
    ],
    [
      'a changed entry',
      () =>
        tamper((f) => {
          (f.entries[2] as Record<string, unknown>).decision =
            'proceed' === f.entries[2]?.decision ? 'cancel' : 'proceed';
        }),
      /broken at entry 3/,
      /verbroken bij regel 3/,
    ],
    [
      'a deleted entry',
      () =>
        tamper((f) => {
          f.entries.splice(1, 1);
        }),
      /broken at entry 2/,
      /verbroken bij regel 2/,
    ],
    [
      'entries deleted at the start',
      () =>
        tamper((f) => {
          f.entries.splice(0, 2);
        }),
      /broken at entry 1/,
      /verbroken bij regel 1/,
    ],
    [
      'a bad anchor',
      () =>
        tamper((f) => {
          f.anchor = { seq: -1, hash: 'x' };
        }),
      /starting point/,
      /beginpunt/,
    ],
    [
      'a note for a missing entry',
      () =>
        tamper((f) => {
          f.notes = { 9: 'orphan' };
        }),
      /note for entry 9/,
      /notitie bij regel 9/,
    ],
    [
      'a note that is not text',
      () =>
        tamper((f) => {
          f.notes = { 1: 42 };
        }),
      /note for entry 1/,
      /notitie bij regel 1/,
    ],
    ...['01', '1.0', ' 1', '1e0', '+1'].map((key): (typeof refusals)[number] => [
      `a note under the ambiguous key ${JSON.stringify(key)} beside entry 1's own`,
      () =>
        tamper((f) => {
          f.notes = { 1: 'first', [key]: 'second' };
        }),
      /note under ".*", which is not an entry number/,
      /notitie onder ".*", en dat is geen regelnummer/,
    ]),
  ];

  for (const [name, make, en, nl] of refusals) {
    it(`refuses ${name}, saying what is wrong, and touches nothing`, async () => {
      const existing = await sampleLog();
      const before = structuredClone(existing);
      const json = await make();
      const result = await importLogJson(json, sha256);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.en).toMatch(en);
      expect(result.error.nl).toMatch(nl);
      expect(result.error.en).toMatch(/has not been changed/);
      expect(result.error.nl).toMatch(/niet gewijzigd/);
      expect(existing).toEqual(before);
    });
  }
});

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('')).toBe('');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('keeps a note safe for a spreadsheet that splits on semicolons (Dutch list separator) or commas', () => {
    expect(csvCell('ok;=1+1')).toBe(`"ok;'=1+1"`);
    expect(csvCell('ok; =1+1')).toBe(`"ok; '=1+1"`);
    expect(csvCell('a,@SUM(A1)')).toBe(`"a,'@SUM(A1)"`);
    expect(csvCell('one;two')).toBe('"one;two"');
    // Every piece a split can make starts harmless: no piece begins with a formula character.
    for (const cell of ['ok;=1+1', 'x;+1;-2,@3', 'a\n=b']) {
      for (const piece of csvCell(cell)
        .replaceAll('"', '')
        .split(/[;,\n]/))
        expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
    }
  });

  it('writes a header in the chosen language and one row per entry with its note and hashes', async () => {
    const log = await sampleLog();
    const csv = exportLogCsv(log.entries, log.notes, 'nl');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Regel,Tijd,Activiteit,Plek,Werkgever betrokken,Uitkomst,Regels,Beslissing,Pagina,Website,Getoond,Gewijzigde velden,Gecontroleerd beleid,Notitie,Vorige hash,Hash',
    );
    expect(lines).toHaveLength(log.entries.length + 2); // header, rows, final empty line after the last CRLF
    expect(lines[1]).toBe(
      `1,2025-01-10T09:30:00.000Z,feed-post,feed-composer,ja,not-allowed,R1,geannuleerd,/groups/1000/,,,,,,${log.entries[0]?.prevHash},${log.entries[0]?.hash}`,
    );
    expect(lines[2]).toContain(',"Asked HR, ""no"" is fine",');
    expect(lines[3]).toContain(',"\'=HYPERLINK(""x"")",');
    expect(exportLogCsv(log.entries, log.notes, 'en').split('\r\n')[0]).toMatch(/^Entry,Time,Activity,/);
  });

  it('writes the website and what it shows for a website finding, "noticed" as its decision', async () => {
    const entries = await buildEntries(1);
    const finding = await appendEntry(entries, websiteRecord(), sha256);
    const csv = exportLogCsv([...entries, finding], {}, 'nl').split('\r\n');
    expect(csv[2]).toBe(
      `2,2026-01-15T10:00:00.000Z,website-photo,employer-website,ja,unassessed,,opgemerkt,/team,www.acme-installaties.nl,name job-title photo,,,,${finding.prevHash},${finding.hash}`,
    );
    expect(exportLogCsv([finding], {}, 'en')).toContain(',noticed,/team,www.acme-installaties.nl,');
  });

  it('round trips a log with website findings through JSON, hashes checked again', async () => {
    const entries = await buildEntries(2);
    const finding = await appendEntry(entries, websiteRecord(), sha256);
    const log: DecisionLog = { ...emptyLog(), entries: [...entries, finding] };
    expect(await importLogJson(exportLogJson(log), sha256)).toEqual({ ok: true, log });
    const file = JSON.parse(exportLogJson(log));
    file.entries[2].exposed = ['name'];
    expect(await importLogJson(JSON.stringify(file), sha256)).toMatchObject({ ok: false });
  });

  it('round trips a saved policy report through JSON and CSV: ids and counts, never text', async () => {
    const entries = await buildEntries(1);
    const report = await appendEntry(entries, policyRecord(), sha256);
    const log: DecisionLog = { ...emptyLog(), entries: [...entries, report] };
    expect(await importLogJson(exportLogJson(log), sha256)).toEqual({ ok: true, log });
    const file = JSON.parse(exportLogJson(log));
    file.entries[1].policy.findings[0].clauses = 1;
    expect(await importLogJson(JSON.stringify(file), sha256)).toMatchObject({ ok: false });
    const forged = JSON.parse(exportLogJson(log));
    forged.entries[1].policy.text = 'Everyone must add a photo';
    expect(await importLogJson(JSON.stringify(forged), sha256)).toMatchObject({ ok: false });
    const row = exportLogCsv(log.entries, {}, 'nl').split('\r\n')[2];
    expect(row).toContain(',policy-check,ja,voluntary-only,R3 R7,opgeslagen,/options.html,,,,');
    expect(row).toContain(
      '"nl; sales; profile-photo=voluntary-only/may-not-require×2; feed-post=legitimate-interest/contested×1; intranet-photo=required-by-job/fine×3"',
    );
    expect(exportLogCsv(log.entries, {}, 'en')).toContain(',saved,/options.html,');
  });

  it('an empty log gives the header alone', () => {
    expect(exportLogCsv([], {}, 'en')).toBe(
      'Entry,Time,Activity,Surface,Employer-linked,Outcome,Rules,Decision,Page,Website,Shown,Fields changed,Policy checked,Note,Previous hash,Hash\r\n',
    );
  });
});
