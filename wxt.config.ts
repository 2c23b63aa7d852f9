import { defineConfig } from 'wxt';

// LeadLens manifest: least privilege. LinkedIn is the only host we run on by default;
// CRM hosts arrive later as optional permissions the user grants.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'LeadLens',
    description: 'Local-first B2B lead qualification: capture, score and qualify leads in a side panel.',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the LeadLens panel',
      },
    },
    action: { default_title: 'Open LeadLens' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'leadlens@leadlens.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
