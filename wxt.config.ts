import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The extension pages' (popup, options) Content Security Policy: everything they load is a file
 * of the package itself, and nothing else may run, be embedded, be fetched, submit or re-base
 * links. WXT writes it as MV3's `extension_pages` for Chrome and as MV2's string for Firefox.
 * The dev server (`npm run dev`) keeps WXT's own development policy, which has to allow it.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  // Data updates fetched from an https address the reader gives (also refuses an http redirect).
  "connect-src 'self' https:",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Icons drawn in `assets/icon.svg`, rasterised into `public/icon/` by `scripts/icons.ts`. */
const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
};

/**
 * The end-to-end test build (`npm run build:e2e`, `wxt build --mode e2e`) is the production build
 * plus the test hooks (`utils/background/exposeTestHooks.ts`), so the end-to-end tests run what
 * ships. WXT defines `process.env.NODE_ENV` as the mode, which would give the libraries their
 * development code; this keeps it "production" (the script also sets `NODE_ENV=production`, from
 * which Vite and Preact's preset decide on production JSX).
 */
const productionNodeEnv = (): Plugin => ({
  name: 'dramatis:production-node-env',
  config: () => ({ define: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
});

/**
 * WXT build configuration. Preact is wired through its Vite preset; the `browser` global
 * comes from webextension-polyfill so Chrome and Firefox share one promise-based API.
 * Permissions are the least the extension needs; the README lists each one and why.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: ({ mode }) => ({
    plugins: [preact(), ...(mode === 'e2e' ? [productionNodeEnv()] : [])],
  }),
  zip: {
    // Firefox's sources zip is what addons.mozilla.org reviewers rebuild the add-on from
    // (`npm ci && npm run zip`): sources and configuration, not screenshots or benchmark output.
    excludeSources: ['docs/**', 'bench/**'],
  },
  manifest: ({ browser, command, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    // Commands (keyboard shortcuts) need no permission; `storage` keeps the data and switches;
    // `alarms` runs the optional daily data refresh.
    permissions: ['storage', 'alarms'],
    // Data updates from a URL: the reader grants its host when fetching it (options page). WXT
    // drops `optional_host_permissions` for MV2 instead of converting it, so Firefox gets the key
    // MV2 knows.
    [manifestVersion === 2 ? 'optional_permissions' : 'optional_host_permissions']: ['https://*/*'],
    // The toolbar button. WXT adds the popup to MV2's `browser_action` before it would convert
    // `action`, so MV2 (Firefox) gets that key directly or the icon would be lost.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: '__MSG_extName__',
      default_icon: { 16: ICONS[16], 32: ICONS[32], 48: ICONS[48] },
    },
    ...(command === 'build' && {
      content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    }),
    commands: {
      'focus-next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMention__',
      },
      'focus-previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'dramatis@dramatis.example',
          // Dramatis collects and transmits nothing. Firefox understands this key from 140 on
          // (142 on Android), hence the minimum versions.
          data_collection_permissions: { required: ['none'] },
          strict_min_version: '140.0',
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
