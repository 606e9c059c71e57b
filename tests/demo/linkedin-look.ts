// The demo's LinkedIn-like look: the e2e fixture pages (whose markup the detectors recognise) dressed
// with our own stylesheet and believable Dutch or English content about a fictional installer. No
// LinkedIn assets, logos or styles: only the name, in text. CSS anchors on structure and the fixtures'
// data attributes, as the fixtures' class names are hashed anew on every build.
import type { FixtureOptions } from '../fixtures/linkedin';
import { FIXTURE_GROUP, FIXTURE_USER, LINKEDIN_FIXTURES } from '../fixtures/linkedin';

export const DEMO_EMPLOYER = {
  name: 'Bakker Installatietechniek B.V.',
  aliases: ['Bakker Installatietechniek'],
  companyPageUrl: 'https://www.linkedin.com/company/12345/',
};
export const DEMO_USER = 'Sanne de Vries';

const CONTENT = {
  en: {
    group: 'Heat pump installers Netherlands',
    author1: 'Pieter Jansen',
    body1:
      'Commissioned a 12 kW heat pump in a 1930s house in Haarlem today. Insulation first, then the pump: the customer’s gas bill went from €210 a month to nothing.',
    author2: 'Fatima El Amrani',
    body2:
      'Who else is going to the installation trade fair in Gorinchem next week? Looking for tips on F-gas certification for two new colleagues.',
    comment: 'Nice work! We see the same with our customers in Zaanstad.',
  },
  nl: {
    group: 'Warmtepompinstallateurs Nederland',
    author1: 'Pieter Jansen',
    body1:
      'Vandaag een warmtepomp van 12 kW in bedrijf gesteld in een jarendertigwoning in Haarlem. Eerst isoleren, dan de pomp: de gasrekening van de klant ging van € 210 per maand naar niets.',
    author2: 'Fatima El Amrani',
    body2:
      'Wie gaat er volgende week naar de Installatievakbeurs in Gorinchem? Ik zoek tips voor de F-gassencertificering van twee nieuwe collega’s.',
    comment: 'Mooi werk! Wij zien hetzelfde bij onze klanten in Zaanstad.',
  },
} as const;

const CSS = `
body{margin:0;background:#f4f2ee;color:#1f1f1f;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body>header{position:sticky;top:0;z-index:5;display:flex;align-items:center;gap:12px;height:52px;padding:0 max(16px,calc(50% - 540px));background:#fff;border-bottom:1px solid #e0dfdc}
body>header::before{content:"LinkedIn · demo";font-weight:700;color:#0a66c2;font-size:16px;white-space:nowrap}
body>header input{height:34px;width:260px;border:0;border-radius:4px;background:#edf3f8;padding:0 12px;font:inherit}
body>header button,svg{display:none}
main{max-width:560px;margin:20px auto;display:grid;gap:10px}
main>section{background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgb(140 140 140/.2);padding:72px 16px 16px;position:relative;overflow:hidden}
main>section::before{content:"";position:absolute;inset:0 0 auto 0;height:56px;background:linear-gradient(90deg,#0a66c2,#5aa0d8 60%,#a8d1f0)}
main>section h1{font-size:22px;margin:0 0 2px}
main>section span{color:#666;margin-right:12px}
main>section button{border:1px solid #0a66c2;color:#0a66c2;background:#fff;border-radius:16px;padding:4px 14px;font-weight:600}
main>div:has([data-fixture-launch]){display:flex;align-items:center;gap:10px;background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgb(140 140 140/.2);padding:12px 16px}
img[src="data:,"]{width:44px;height:44px;border-radius:50%;background:#c7d5e2;flex:none}
[data-fixture-launch]{flex:1;border:1px solid #b0b0b0;border-radius:24px;padding:12px 16px;color:#555;font-weight:600;cursor:pointer}
main>div:has([data-fixture-launch])>button{display:none}
[data-fixture-card]{background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgb(140 140 140/.2);padding:12px 16px 4px;margin-bottom:8px}
[data-fixture-card]>h2{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
[data-fixture-card] a[href^="/in/"]{font-weight:600;color:#1f1f1f;text-decoration:none;display:flex;align-items:center;gap:8px}
[data-fixture-card] a[href^="/in/"]::before{content:"";width:40px;height:40px;border-radius:50%;background:#d9c9b6}
[data-testid=expandable-text-box]{margin:10px 0;white-space:pre-line}
[data-fixture-card] button{background:none;border:0;color:#555;font-weight:600;padding:10px 12px;border-radius:4px}
[data-fixture-card]>div:last-of-type{display:flex;justify-content:space-around;border-top:1px solid #e8e8e8}
[data-testid=post-commentList]{background:#fff;border-radius:0 0 8px 8px;margin:-14px 0 8px;padding:4px 16px 12px}
[data-testid=post-commentList] article{background:#f2f2f2;border-radius:8px;padding:8px 12px}
[data-testid=post-commentList] button{background:none;border:0;color:#666;font-size:12px}
[data-testid=post-commentList] a{font-weight:600;color:#1f1f1f;text-decoration:none;display:block}
aside[data-fixture-messaging]{display:none}
dialog[data-fixture-surface],[data-fixture-surface$=composer]{width:552px;max-width:calc(100vw - 32px);border:0;border-radius:8px;background:#fff;box-shadow:0 4px 24px rgb(0 0 0/.3);padding:16px}
dialog[data-fixture-surface]::backdrop{background:rgb(0 0 0/.6)}
[data-fixture-surface] [contenteditable=true]{min-height:140px;padding:8px 0;font-size:18px;outline:none}
[data-fixture-surface] [aria-haspopup=true]{background:none;border:0;font-weight:600;font-size:16px;text-align:left}
[data-fixture-surface] [aria-haspopup=true] span:last-child{display:block;font-size:13px;font-weight:400;color:#666}
[data-fixture-commit]{background:#0a66c2;color:#fff;border:0;border-radius:16px;padding:6px 16px;font-weight:600;float:right}
[data-fixture-commit]:disabled{background:#e8e8e8;color:#999}
[data-fixture-dismiss]{float:right;background:none;border:0}
`;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A fixture page with the demo's look and content. */
export function dressed(html: string, lang: 'en' | 'nl'): string {
  const c = CONTENT[lang];
  const swaps: [string, string][] = [
    ['Lorem ipsum dolor sit amet.', c.body1],
    ['Placeholder post text.', c.body2],
    ['Placeholder comment text about Acme Installaties.', c.comment],
    ['Sam Sample', c.author1],
    ['Alex Example', c.author2],
    [FIXTURE_GROUP.name, c.group],
    [FIXTURE_USER, DEMO_USER],
  ];
  let out = html;
  for (const [from, to] of swaps) out = out.split(escapeHtml(from)).join(escapeHtml(to));
  return out.replace('</head>', `<style>${CSS}</style></head>`);
}

/** The fixture routes, dressed, for serveLinkedIn; `options()` says which UI and language to serve. */
export function demoRoutes(options: () => FixtureOptions): Record<string, () => string> {
  return Object.fromEntries(
    LINKEDIN_FIXTURES.map((f) => [
      f.path,
      () => dressed(f.build(options()), options().lang === 'nl' ? 'nl' : 'en'),
    ]),
  );
}
