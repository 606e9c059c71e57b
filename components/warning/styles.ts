// The warning's and the notice's only CSS, adopted inside our shadow roots. Colours meet WCAG AA
// (text 4.5:1 or more on white); state is never shown by colour alone.
export const WARNING_CSS = `
:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647}
*{box-sizing:border-box}
dialog,[popover]{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fff;border:2px solid #1d1d1f;border-radius:8px}
dialog{width:min(36em,calc(100vw - 2em));max-height:calc(100vh - 2em);overflow:auto;padding:1.25em 1.5em}
dialog::backdrop{background:rgb(0 0 0/.5)}
h2{font-size:1.25em;margin:0 0 .5em}
h3{font-size:1em;margin:1em 0 .25em}
p,ul{margin:.25em 0 .75em}
ul{padding-left:1.25em}
.audience{font-weight:600}
.outcome{font-size:1.05em;margin:0}
.result{border-left:4px solid #1d1d1f;padding:.5em .75em;margin:.75em 0;background:#f3f4f6}
fieldset{border:1px solid #6b6b6b;border-radius:6px;margin:0 0 .75em;padding:.5em .75em}
legend{font-weight:600;padding:0 .25em}
fieldset label,.choice{display:block;padding:.2em 0;cursor:pointer}
.hint,.fine-print,.unchecked{color:#4a4a4a;font-size:.9em}
summary{cursor:pointer;color:#0a4ea3;text-decoration:underline}
a{color:#0a4ea3}
.actions{display:flex;flex-wrap:wrap;gap:.75em;justify-content:flex-end;position:sticky;bottom:-1.25em;background:#fff;padding:.75em 0 1.25em;margin-bottom:-1.25em}
[data-question=role] label{display:inline-block;width:50%}
button{font:inherit;padding:.5em 1.1em;border-radius:999px;cursor:pointer;border:2px solid #0a4ea3;background:#fff;color:#0a4ea3;min-height:44px}
[data-action=cancel]{background:#0a4ea3;color:#fff}
:focus-visible{outline:3px solid #b3261e;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
[popover]{position:fixed;inset:auto;margin:0;max-width:22em;padding:.6em .8em;display:none;gap:.5em;align-items:start;box-shadow:0 4px 16px rgb(0 0 0/.25)}
[popover]:popover-open{display:flex}
[popover] p{margin:0}
[popover] button{min-height:32px;padding:.1em .6em}
`;
