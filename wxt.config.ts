import { defineConfig } from 'wxt';
import { CRM_HOST_PATTERNS } from './lib/capture/crm/hosts';

// LeadLens manifest: least privilege. LinkedIn is the only host we run on by default; CRM hosts
// are optional permissions the user grants one CRM at a time (dashboard settings, "CRMs").
const EXTENSION_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'";

// The e2e variant (test/e2e/crm.spec.ts): headless Chromium cannot accept a permission prompt, so
// this build has the CRM hosts granted at install and writes to its own folder; the production
// build and its manifest gate (scripts/check-manifest.mjs) never see it. The background registers
// the CRM script from permissions.contains exactly as it does after a user grants access.
const E2E_GRANTED_CRM = process.env.LEADLENS_E2E_GRANTED_CRM === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  ...(E2E_GRANTED_CRM ? { outDir: '.output/e2e-granted-crm' } : {}),
  manifest: ({ browser, mode }) => ({
    // Name and description from public/_locales/<lang>/messages.json, in the browser's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      // Registers the CRM content script for the CRMs the user enabled, and injects the one-off
      // "Capture this page" script into the tab the user asked for.
      'scripting',
      // "Capture this page": access to the current tab only, only after the user invoked
      // LeadLens there (toolbar button, keyboard shortcut or context menu); no host permission.
      'activeTab',
      // "Add to lead as name / title / ..." on selected text, and "Capture this page with LeadLens".
      'contextMenus',
    ],
    // CRM hosts, requested when the user turns a CRM on. Chrome MV3 lists optional hosts apart;
    // Firefox MV2 lists them with the optional permissions.
    ...(E2E_GRANTED_CRM
      ? { host_permissions: [...CRM_HOST_PATTERNS] }
      : browser === 'firefox'
        ? { optional_permissions: [...CRM_HOST_PATTERNS] }
        : { optional_host_permissions: [...CRM_HOST_PATTERNS] }),
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
