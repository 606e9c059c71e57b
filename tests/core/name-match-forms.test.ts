// The forms derived from an employer name (shown as "We look for: …"), the names that are not looked
// for, the edge cases of stripping legal forms, and the cost of a match with many aliases and long texts.
import { describe, expect, it } from 'vitest';
import { createEmployerMatcher } from '@/core/name-match';

const matcherFor = (name: string, aliases: string[] = []) =>
  createEmployerMatcher({ name, aliases, companyPageUrl: null });
const formsOf = (name: string, aliases: string[] = []) => matcherFor(name, aliases).forms.map((f) => f.text);

describe('derived forms', () => {
  it('drops the legal form and adds the hashtag', () => {
    expect(formsOf('Bakker Installatietechniek B.V.')).toEqual([
      'Bakker Installatietechniek B.V.',
      'Bakker Installatietechniek',
      '#BakkerInstallatietechniek',
    ]);
    expect(formsOf('Contoso Inc.')).toEqual(['Contoso Inc.', 'Contoso', '#Contoso']);
  });

  it('recognises legal forms with or without dots, in any case', () => {
    for (const name of [
      'Acme Installaties BV',
      'Acme Installaties b.v.',
      'Acme Installaties B.V',
      'ACME INSTALLATIES N.V.',
    ]) {
      expect(formsOf(name)).toContain(
        name.toUpperCase().startsWith('ACME INSTALLATIES N') ? 'ACME INSTALLATIES' : 'Acme Installaties',
      );
    }
    for (const legal of [
      'V.O.F.',
      'VOF',
      'C.V.',
      'GmbH',
      'AG',
      'Ltd',
      'Limited',
      'Inc.',
      'LLC',
      'S.A.',
      'SA',
      'SE',
      'plc',
    ]) {
      expect(formsOf(`Acme Installaties ${legal}`)).toContain('Acme Installaties');
    }
  });

  it('drops group words only while two words remain: "Bakker Groep" is not "Bakker"', () => {
    expect(formsOf('Zonneveld Energie Holding B.V.')).toEqual([
      'Zonneveld Energie Holding B.V.',
      'Zonneveld Energie Holding',
      'Zonneveld Energie',
      '#ZonneveldEnergieHolding',
      '#ZonneveldEnergie',
    ]);
    const bakkerGroep = matcherFor('Bakker Groep B.V.');
    expect(bakkerGroep.forms.map((f) => f.text)).not.toContain('Bakker');
    expect(bakkerGroep.signalsInText('Bakker Groep zoekt collega’s')).toEqual(['name']);
    expect(bakkerGroep.signalsInText('Meneer Bakker zoekt collega’s')).toEqual([]);
    expect(bakkerGroep.signalsInText('#Bakker')).toEqual([]);
  });

  it('drops a leading N.V. or B.V.', () => {
    const ns = matcherFor('N.V. Nederlandsche Spoorwegen');
    expect(ns.forms.map((f) => f.text)).toContain('Nederlandsche Spoorwegen');
    expect(ns.signalsInText('Vertraging bij de Nederlandsche Spoorwegen')).toEqual(['name']);
  });

  it('keeps the legal form when what remains is a surname: "De Vries B.V." is not the person "de Vries"', () => {
    const deVries = matcherFor('De Vries B.V.');
    expect(deVries.forms.map((f) => f.text)).toEqual(['De Vries B.V.', 'De Vries BV', '#DeVriesBV']);
    expect(deVries.signalsInText('Meeting met meneer de Vries')).toEqual([]);
    expect(deVries.signalsInText('Werken bij De Vries BV')).toEqual(['name']);
    expect(deVries.signalsInText('werken bij de vries b.v')).toEqual(['name']);
    expect(matcherFor('Van der Berg B.V.').signalsInText('Jan van der Berg')).toEqual([]);
  });

  it('separates a company from a person with its surname: "De Vries Bouw B.V."', () => {
    const bouw = matcherFor('De Vries Bouw B.V.');
    expect(bouw.signalsInText('Gesprek met de heer De Vries')).toEqual([]);
    expect(bouw.signalsInText('De Vries Bouw levert op')).toEqual(['name']);
  });

  it('matches a company by its own words only: "Philips" vs "Philips Lighting"', () => {
    expect(matcherFor('Philips Lighting B.V.').signalsInText('Mijn Philips scheerapparaat')).toEqual([]);
    expect(matcherFor('Philips N.V.').signalsInText('Philips Lighting is a Philips company')).toEqual([
      'name',
    ]);
    expect(matcherFor('Philips N.V.').signalsInText('Philipsstraat 3, Eindhoven')).toEqual([]);
  });

  it('includes the aliases with their own derived forms', () => {
    const m = matcherFor('Bakker Installatietechniek B.V.', ['BIT Groep B.V.', 'Bakker Warmte']);
    expect(m.forms.map((f) => f.text)).toEqual([
      'Bakker Installatietechniek B.V.',
      'Bakker Installatietechniek',
      'BIT Groep B.V.',
      'BIT Groep',
      'Bakker Warmte',
      '#BakkerInstallatietechniek',
      '#BITGroep',
      '#BakkerWarmte',
    ]);
    expect(m.signalsInText('Koud? Bel BIT Groep')).toEqual(['name']);
    expect(m.findInText('Koud? Bel #BakkerWarmte')).toEqual([{ signal: 'hashtag', form: '#BakkerWarmte' }]);
  });

  it('reports the form it found', () => {
    const m = matcherFor('Bakker Installatietechniek B.V.');
    expect(m.findInText('Trots op BAKKER INSTALLATIETECHNIEK!')).toEqual([
      { signal: 'name', form: 'Bakker Installatietechniek' },
    ]);
    expect(m.findInText('Een gewone dag')).toEqual([]);
  });

  it('reads names a reader sees through full-width letters, zero-width spaces and soft hyphens', () => {
    const m = matcherFor('Bakker Installatietechniek B.V.');
    expect(m.signalsInText('Ｂａｋｋｅｒ Installatie\u200btechniek')).toEqual(['name']);
    expect(m.signalsInText('Bakker Installatie\u00adtechniek')).toEqual(['name']);
    expect(matcherFor('Straße Bau GmbH').signalsInText('Werken bij STRASSE BAU')).toEqual(['name']);
  });
});

describe('names that are not looked for', () => {
  it('skips a name that is only a legal form, only group words or shorter than two letters', () => {
    expect(matcherFor('B.V.').skipped).toEqual([{ text: 'B.V.', reason: 'onlyLegalForm' }]);
    expect(matcherFor('Groep B.V.').skipped).toEqual([{ text: 'Groep B.V.', reason: 'tooGeneral' }]);
    expect(matcherFor('Holding B.V.').skipped).toEqual([{ text: 'Holding B.V.', reason: 'tooGeneral' }]);
    expect(matcherFor('De Groep').skipped).toEqual([{ text: 'De Groep', reason: 'tooGeneral' }]);
    expect(matcherFor('X').skipped).toEqual([{ text: 'X', reason: 'tooShort' }]);
    expect(matcherFor('Acme', ['  ']).skipped).toEqual([]);
  });

  it('then matches nothing, not every post about any company', () => {
    for (const name of ['B.V.', 'Groep B.V.', 'Holding B.V.', 'X']) {
      const m = matcherFor(name);
      expect(m.forms).toEqual([]);
      expect(
        m.signalsInText('Jansen Groep B.V. en Pietersen Holding B.V. zoeken x-mensen #groep #bv'),
      ).toEqual([]);
    }
  });

  it('still looks for the other names', () => {
    const m = matcherFor('Groep B.V.', ['Acme']);
    expect(m.signalsInText('Werken bij Acme')).toEqual(['name']);
  });
});

describe('cost', () => {
  const post = `${'Vandaag weer een mooie dag met het team, we hebben veel geleerd over warmtepompen. '.repeat(36)}Trots op Bakker Installatietechniek!`;
  const quietPost = post.replace('Bakker Installatietechniek', 'het team');

  function medianMs(run: () => void, times = 50): number {
    const samples: number[] = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? 0;
  }

  const aliases = (count: number) =>
    Array.from({ length: count }, (_, i) => `Vestiging ${i} Bakker Regio ${i * 7} B.V.`);

  it.each([50, 10_000])('a 3,000-character post with %i aliases takes well under a few ms', (count) => {
    expect(post.length).toBeGreaterThanOrEqual(3000);
    const m = matcherFor('Bakker Installatietechniek B.V.', aliases(count));
    expect(m.signalsInText(post)).toEqual(['name']);
    expect(m.signalsInText(quietPost)).toEqual([]);
    const median = medianMs(() => m.signalsInText(quietPost));
    console.info(
      `match over ${quietPost.length} chars with ${count} aliases: median ${median.toFixed(3)} ms`,
    );
    expect(median).toBeLessThan(count === 50 ? 1 : 3);
  });

  it('handles a 100,000-character name and a 100,000-character post without failing', () => {
    const longName = `${'Bakker '.repeat(14_285)}Installatietechniek B.V.`;
    expect(longName.length).toBeGreaterThan(100_000);
    const m = matcherFor(longName);
    const text = `${'a '.repeat(50_000)}${longName}`;
    expect(m.signalsInText(text)).toEqual(['name']);
    expect(
      matcherFor('Bakker Installatietechniek B.V.').signalsInText(
        `${'bakker '.repeat(20_000)}installatietechniek`,
      ),
    ).toEqual(['name']);
  });
});
