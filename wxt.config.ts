import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * WXT build configuration. Preact is wired through its Vite preset; the `browser` global
 * comes from webextension-polyfill so Chrome and Firefox share one promise-based API.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
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
          // Dramatis collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
