import { defineConfig } from 'wxt';

// LeadLens manifest: least privilege. LinkedIn is the only host we run on by default;
// CRM hosts arrive later as optional permissions the user grants.
const EXTENSION_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, mode }) => ({
    // Name and description from public/_locales/<lang>/messages.json, in the browser's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the LeadLens panel',
      },
    },
    action: { default_title: 'Open LeadLens' },
    // No remote code, no plugins, no network from extension pages (captures come by message).
    // Development builds keep WXT's own policy, which lets the dev server reload the pages.
    ...(mode === 'production'
      ? { content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP } }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadlens@leadlens.app',
              strict_min_version: '140.0',
              // LeadLens sends nothing anywhere: no data leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
