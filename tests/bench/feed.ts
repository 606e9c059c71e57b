// A synthetic LinkedIn-like SDUI feed (modelled on shared/domain/linkedin-dom.md §3.1 and §3.3) for the
// performance benchmark. It is served at https://www.linkedin.com/feed/ so the content script runs on it.
//
// The page script exposes `window.__bench`:
// - run(n): appends n post cards like infinite scroll (batches with a frame between), opens and closes the
//   share composer now and then and opens comment boxes on cards; resolves with what it did;
// - openComposer() / setComposerText(text) / closeComposer(): the share composer (native <dialog>,
//   Tiptap-like editor, text-only Post button enabled with text), also reachable by trusted clicks;
// - armWarningProbe(): resolves with the time from the next trusted pointer release to the first paint of
//   our warning dialog (host [data-exposure-guard] with an open shadow root holding an open <dialog>);
// - longTasks: 'longtask' entries observed from the start of the page (the page cannot tell whose code ran:
//   extension scripts are hidden from it, so attribution comes from a CDP trace, see measure.ts).
// Classes are hashed names generated per build (from the seed), as on LinkedIn: nothing may rely on them.

export interface FeedOptions {
  /** Seed for hashed class names and post texts. */
  seed?: number;
  /** Posts already in the feed when the page loads. */
  initialPosts?: number;
}

/** What `__bench.run(n)` resolves with. */
export interface FeedRunSummary {
  posts: number;
  batches: number;
  composerOpens: number;
  commentBoxes: number;
  ms: number;
}

/** What `__bench.armWarningProbe()` resolves with (ms from the trusted pointer release). */
export interface WarningProbeResult {
  /** Our host element appeared (null when it already existed). */
  hostMs: number | null;
  /** A frame callback first saw the dialog open. */
  openMs: number;
  /** That frame was rendered (a task queued from the frame callback ran). */
  paintMs: number;
}

export interface LongTaskEntry {
  startTime: number;
  duration: number;
  attribution: string[];
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

const CLASS_ROLES = [
  'main',
  'feed',
  'sharebox',
  'launcher',
  'card',
  'actor',
  'avatar',
  'text',
  'counts',
  'actions',
  'action',
  'comments',
  'commentRow',
  'editor',
  'dialog',
  'footer',
  'post',
] as const;

/** Hashed class names, one per role, like LinkedIn's CSS-module output ("_3f9a1c"). */
export function hashedClasses(seed: number): Record<(typeof CLASS_ROLES)[number], string> {
  const random = seededRandom(seed);
  const hash = () =>
    `_${Math.floor(random() * 0xff_ffff)
      .toString(16)
      .padStart(6, '0')}`;
  return Object.fromEntries(CLASS_ROLES.map((role) => [role, `${hash()} ${hash()}`])) as Record<
    (typeof CLASS_ROLES)[number],
    string
  >;
}

const ICONS = [
  'like-small',
  'comment-small',
  'repost-small',
  'send-privately-small',
  'image-medium',
  'clock-small',
];

const STYLE = `
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; }
header { position: sticky; top: 0; height: 52px; background: #fff; border-bottom: 1px solid #ddd; z-index: 2; }
main { max-width: 560px; margin: 16px auto; }
[data-testid="mainFeed"] > div { background: #fff; border-radius: 8px; margin-bottom: 8px; padding: 12px; }
[role="listitem"] { display: block; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
img { width: 48px; height: 48px; border-radius: 50%; background: #ccc; vertical-align: middle; }
button { font: inherit; border: 0; background: none; padding: 6px 10px; cursor: pointer; }
button svg { width: 16px; height: 16px; vertical-align: middle; }
[contenteditable] { min-height: 40px; border: 1px solid #999; border-radius: 6px; padding: 6px; }
dialog[data-testid="dialog"] { width: 520px; border: 0; border-radius: 8px; }
dialog::backdrop { background: rgb(0 0 0 / 0.6); }
`;

/** The whole page as an HTML string (no external resource: everything inline). */
export function feedPage(options: FeedOptions = {}): string {
  const seed = options.seed ?? 7;
  const config = { classes: hashedClasses(seed), seed, initialPosts: options.initialPosts ?? 0 };
  const symbols = ICONS.map(
    (id) => `<symbol id="${id}" viewBox="0 0 16 16"><path d="M2 2h12v12H2z" fill="currentColor"/></symbol>`,
  ).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title><style>${STYLE}</style>
<script>${OBSERVER_SCRIPT}</script></head>
<body>
<svg width="0" height="0" style="position:absolute" aria-hidden="true">${symbols}</svg>
<header><nav aria-label="Primary Navigation"><a href="/feed/">Home</a> <a href="/mynetwork/">My Network</a></nav></header>
<main id="workspace" class="${config.classes.main}"><div data-testid="mainFeed" class="${config.classes.feed}"></div></main>
<script>window.__benchConfig = ${JSON.stringify(config)};</script>
<script>${FEED_SCRIPT}</script>
</body></html>`;
}

// Runs in <head> so the observers see the whole page life. Kept as plain JS: it runs in the page.
const OBSERVER_SCRIPT = `
window.__benchEntries = { longTasks: [] };
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__benchEntries.longTasks.push({ startTime: e.startTime, duration: e.duration,
        attribution: (e.attribution || []).map((a) => [a.name, a.containerType, a.containerSrc, a.containerName].filter(Boolean).join(' ')) });
    }
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {}
`;

// The feed application. Plain JS (it runs in the page); DOM built with createElement, never HTML strings.
const FEED_SCRIPT = `
(() => {
  const { classes: C, seed, initialPosts } = window.__benchConfig;
  let state = seed >>> 0 || 1;
  const random = () => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 0) / 4294967296; };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const uuid = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(random() * 16); return (c === 'x' ? r : (r & 3) | 8).toString(16); });
  const NAMES = ['Jane Doe', 'Sam Jansen', 'Priya Natarajan', 'Lucas de Vries', 'Amina El Idrissi', 'Tom Bakker'];
  const TEXTS = ['Proud of what our team shipped this quarter. #teamwork', 'Five lessons from ten years in field service.',
    'We are hiring! Join us in Utrecht.', 'Great panel at the conference today, thanks to everyone who came.',
    'A thread on writing clear documentation for busy people.', 'Happy to share that I started a new position.'];

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v; else if (k === 'class') node.className = v; else node.setAttribute(k, v);
    }
    for (const child of children || []) node.append(child);
    return node;
  }
  const SVG = 'http://www.w3.org/2000/svg';
  function icon(id) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16'); svg.setAttribute('aria-hidden', 'true');
    const use = document.createElementNS(SVG, 'use'); use.setAttribute('href', '#' + id);
    svg.append(use); return svg;
  }
  const iconButton = (label, id, extra) => el('button', Object.assign({ type: 'button', 'aria-label': label, class: C.action }, extra || {}), [icon(id)]);
  const avatar = () => el('img', { class: C.avatar, alt: '', src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' });
  function emptyDoc(editor) { editor.replaceChildren(el('p', {}, [el('br', { class: 'ProseMirror-trailingBreak' })])); }
  function setDoc(editor, text) {
    if (text) editor.replaceChildren(el('p', { text })); else emptyDoc(editor);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  const hasText = (editor) => editor.textContent.trim() !== '';

  const feed = document.querySelector('[data-testid="mainFeed"]');
  const list = el('div', { class: C.feed });

  // Share box launcher (S variant).
  const launcher = el('div', { class: C.launcher, role: 'button', tabindex: '0', 'aria-label': 'Start a post' },
    [el('span', {}, [el('span', { text: 'Start a post' })])]);
  launcher.addEventListener('click', () => openComposer());
  feed.append(el('div', { class: C.sharebox }, [
    el('img', { id: 'shareboxProfilePictureComponentRef', alt: '', src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }),
    launcher, iconButton('Video', 'image-medium'), iconButton('Photo', 'image-medium'), iconButton('Write article', 'image-medium'),
  ]), list);

  let posts = 0;
  function card(text) {
    const key = uuid();
    const name = pick(NAMES);
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
    const counts = el('div', { class: C.counts, text: Math.floor(random() * 300) + ' reactions' });
    const comment = iconButton('Comment', 'comment-small');
    const actions = el('div', { class: C.actions }, [
      iconButton('React Like', 'like-small', { 'aria-pressed': 'false' }), comment,
      iconButton('Repost', 'repost-small'), iconButton('Send', 'send-privately-small'),
    ]);
    const node = el('div', { role: 'listitem', componentkey: key, class: C.card }, [
      el('h2', { class: 'sr-only', text: 'Feed post' }),
      el('div', { class: C.actor }, [avatar(), el('a', { href: '/in/' + slug + '/', text: name })]),
      el('div', { class: C.text }, [
        el('span', { 'data-testid': 'expandable-text-box', text: text || pick(TEXTS) }),
        el('button', { 'data-testid': 'expandable-text-button', type: 'button', text: '…more' }),
      ]),
      counts, actions,
    ]);
    actions.firstChild.addEventListener('click', (event) => {
      const b = event.currentTarget; b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'));
    });
    comment.addEventListener('click', () => openComments(node, key));
    posts += 1;
    return node;
  }

  // Comment section (S variant): mounted inside the card, no <form> ancestor.
  let commentBoxes = 0;
  function openComments(node, key) {
    if (node.querySelector('[aria-label="Text editor for creating comment"]')) return;
    const editor = el('div', { class: 'tiptap ProseMirror ' + C.editor, contenteditable: 'true', role: 'textbox',
      'aria-label': 'Text editor for creating comment' });
    emptyDoc(editor);
    const submit = el('button', { type: 'button', class: C.post, text: 'Comment', hidden: '' });
    editor.addEventListener('input', () => { submit.hidden = !hasText(editor); });
    submit.addEventListener('click', () => {
      thread.prepend(commentItem('Jane Doe', editor.textContent)); emptyDoc(editor); submit.hidden = true;
    });
    const thread = el('div', { 'data-testid': key + '-commentList' }, [commentItem(pick(NAMES), pick(TEXTS)), commentItem(pick(NAMES), pick(TEXTS))]);
    node.append(el('div', { class: C.comments }, [
      el('div', { class: C.commentRow }, [avatar(), editor, iconButton('Open emoji keyboard', 'like-small'), iconButton('Add a photo', 'image-medium'), submit]),
      thread,
    ]));
    commentBoxes += 1;
  }
  function commentItem(name, text) {
    return el('article', {}, [
      el('a', { href: '/in/' + name.toLowerCase().replace(/[^a-z]+/g, '-') + '/', text: name }),
      el('span', { 'data-testid': 'expandable-text-box', text }),
      el('button', { type: 'button', 'aria-label': 'React Like', text: 'Like' }),
      el('button', { type: 'button', 'aria-label': 'Reply', text: 'Reply' }),
    ]);
  }

  // Share composer (S variant): native dialog in the top layer, mounted on open, removed on close.
  let composer = null;
  let composerOpens = 0;
  function openComposer() {
    if (composer) return composer;
    const editor = el('div', { class: 'tiptap ProseMirror ' + C.editor, contenteditable: 'true', role: 'textbox',
      componentkey: 'ShareBox_textEditor', 'aria-label': 'Text editor for creating content',
      'aria-placeholder': 'What do you want to talk about?' });
    emptyDoc(editor);
    const post = el('button', { type: 'button', class: C.post, disabled: '', text: 'Post' });
    const close = iconButton('Dismiss', 'like-small');
    editor.addEventListener('input', () => { post.disabled = !hasText(editor); });
    post.addEventListener('click', () => { list.prepend(card(editor.textContent)); closeComposer(); });
    close.addEventListener('click', () => closeComposer());
    const dialog = el('dialog', { 'data-testid': 'dialog', class: C.dialog }, [
      el('div', { 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.sharing.ShareCompose' }, [
        el('div', {}, [el('div', { role: 'button', 'aria-haspopup': 'dialog', tabindex: '0' }, [
          avatar(), el('span', { text: 'Jane Doe' }), el('span', { text: 'Post to Anyone' })]), close]),
        el('div', { 'data-testid': 'ui-core-tiptap-text-editor-wrapper' }, [editor]),
        el('div', { class: C.footer }, [
          iconButton('Add media', 'image-medium', { 'aria-haspopup': 'dialog' }),
          el('a', { href: '#', 'aria-label': 'Scheduled' }, [icon('clock-small')]), post,
        ]),
      ]),
    ]);
    dialog.addEventListener('close', () => { dialog.remove(); if (composer && composer.dialog === dialog) composer = null; });
    document.body.append(dialog);
    dialog.showModal();
    composerOpens += 1;
    composer = { dialog, editor, post };
    return composer;
  }
  function closeComposer() { if (composer) composer.dialog.close(); }

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  async function run(n, options) {
    const o = Object.assign({ batch: 10, composerEvery: 10, commentEvery: 5 }, options || {});
    const started = performance.now();
    const before = { posts, composerOpens, commentBoxes };
    let batches = 0;
    let added = 0;
    while (added < n) {
      const size = Math.min(o.batch, n - added);
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < size; i += 1) fragment.append(card());
      list.append(fragment);
      added += size;
      batches += 1;
      if (batches % o.commentEvery === 0) {
        const cards = list.children;
        const target = cards[cards.length - 1 - Math.floor(random() * size)];
        openComments(target, target.getAttribute('componentkey'));
      }
      if (batches % o.composerEvery === 0) {
        const c = openComposer();
        await frame();
        setDoc(c.editor, pick(TEXTS));
        await frame();
        closeComposer();
      }
      await frame();
    }
    return { posts: posts - before.posts, batches, composerOpens: composerOpens - before.composerOpens,
      commentBoxes: commentBoxes - before.commentBoxes, ms: performance.now() - started };
  }

  // Time from the next trusted pointer release to the first paint of our warning's open dialog.
  function armWarningProbe(timeoutMs) {
    const limit = timeoutMs || 5000;
    const armed = performance.now();
    let start = null;
    window.addEventListener('pointerup', (event) => { if (event.isTrusted) start = event.timeStamp; }, { capture: true, once: true });
    const openDialogHost = () => {
      for (const host of document.querySelectorAll('[data-exposure-guard]')) {
        const root = host.shadowRoot;
        if (root ? root.querySelector('dialog[open]') : host.getBoundingClientRect().width > 0) return host;
      }
      return null;
    };
    const existing = new Set(document.querySelectorAll('[data-exposure-guard]'));
    let hostAt = null;
    const observer = new MutationObserver(() => {
      if (hostAt !== null) return;
      for (const host of document.querySelectorAll('[data-exposure-guard]')) if (!existing.has(host)) hostAt = performance.now();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    return new Promise((resolve, reject) => {
      const tick = () => {
        if (start !== null && openDialogHost()) {
          const frameAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            observer.disconnect();
            resolve({ hostMs: hostAt === null ? null : hostAt - start, openMs: frameAt - start,
              paintMs: performance.now() - start });
          };
          channel.port2.postMessage(0);
          return;
        }
        if (performance.now() - armed > limit) {
          observer.disconnect();
          reject(new Error(start === null ? 'no trusted pointer release seen' : 'no warning dialog painted within ' + limit + ' ms'));
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  for (let i = 0; i < initialPosts; i += 1) list.append(card());

  window.__bench = {
    run, openComposer: () => { openComposer(); }, closeComposer,
    setComposerText: (text) => { setDoc(openComposer().editor, text); },
    composerOpen: () => composer !== null,
    postCount: () => list.children.length,
    armWarningProbe,
    get longTasks() { return window.__benchEntries.longTasks; },
  };
})();
`;
