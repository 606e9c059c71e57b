import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Preact can set `dangerouslySetInnerHTML` through innerHTML; we never use it (Biome forbids it), and the
// stores' linter rightly flags the assignment. Our bundles get it as textContent instead: page or user text
// can never become HTML, and web-ext lint has nothing to warn about.
const noInnerHtml: Plugin = {
  name: 'exposure-guard:no-inner-html',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id)) return null;
    return code.replace(/\((\w+)\.innerHTML=(\w+)\.__html\)/g, '($1.textContent=$2.__html)');
  },
};

// Permissions are kept to the minimum; README.md § Permissions says why each one exists.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [noInnerHtml, preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Employer websites: asked for one host at a time, when the user adds it in the options page.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'exposure-guard@exposure-guard.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
