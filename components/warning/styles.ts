// The warning's and the notice's only CSS, adopted inside our shadow roots: the design tokens shared
// with the popup and the options page (light and dark), then the warning's own layout. Colours meet
// WCAG AA in both themes; state is never shown by colour alone.
import TOKENS_CSS from '@/components/ui/tokens.css?raw';

export const WARNING_CSS = `
:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647}
${TOKENS_CSS}
*{box-sizing:border-box}
dialog,[popover]{font:var(--eg-text)/var(--eg-line) var(--eg-font);color:var(--eg-fg);background:var(--eg-bg);border:2px solid var(--eg-fg);border-radius:var(--eg-radius)}
dialog{width:min(36em,calc(100vw - 2em));max-height:calc(100vh - 2em);overflow:auto;padding:1.25em 1.5em}
dialog::backdrop{background:rgb(0 0 0/.5)}
h2{font-size:1.25em;margin:0 0 .5em}
h3{font-size:1em;margin:1em 0 .25em}
p,ul{margin:.25em 0 .75em}
ul{padding-left:1.25em}
.audience{font-weight:600}
.outcome{font-size:1.05em;margin:0}
.result{border-left:4px solid var(--eg-accent);border-radius:var(--eg-radius-sm);padding:.5em .75em;margin:.75em 0;background:var(--eg-info-bg)}
.provisional ul{list-style:none;padding:0;margin:.25em 0}
.provisional li{margin:.25em 0}
.depends{color:var(--eg-muted);margin:.5em 0 0}
.exposure{color:var(--eg-muted)}
.exposure p,.exposure ul{display:inline;margin:0;padding:0}
.exposure li{display:inline}
.exposure li+li::before{content:", "}
.exposure p.audience{display:block;margin:.25em 0 .75em}
fieldset{border:1px solid var(--eg-border);border-radius:var(--eg-radius-sm);margin:0 0 .75em;padding:.5em .75em}
legend{font-weight:600;padding:0 .25em}
fieldset label,.choice{display:block;padding:.2em 0;cursor:pointer}
.hint,.fine-print,.unchecked{color:var(--eg-muted);font-size:var(--eg-text-min)}
summary{cursor:pointer;color:var(--eg-accent);text-decoration:underline}
a{color:var(--eg-accent)}
.actions{display:flex;flex-wrap:wrap;gap:.75em;justify-content:flex-end;position:sticky;bottom:-1.25em;background:var(--eg-bg);padding:.75em 0 1.25em;margin-bottom:-1.25em}
[data-question=role] label{display:inline-block;width:50%}
button{font:inherit;padding:.5em 1.1em;border-radius:999px;cursor:pointer;border:2px solid var(--eg-accent);background:var(--eg-bg);color:var(--eg-accent);min-height:44px}
[data-action=cancel]{background:var(--eg-accent);color:var(--eg-on-accent)}
:focus-visible{outline:var(--eg-focus-width) solid var(--eg-focus);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
[popover]{position:fixed;inset:auto;margin:0;max-width:22em;padding:.6em .8em;display:none;gap:.5em;align-items:start;box-shadow:0 4px 16px rgb(0 0 0/.25)}
[popover]:popover-open{display:flex}
[popover] p{margin:0}
[popover] button{min-height:32px;padding:.1em .6em}
`;
