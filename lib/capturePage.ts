/**
 * "Capture this page": the background injects the bundled capture script (entrypoints/
 * capture-page.ts) into one tab and takes what it returns. That needs access to the tab, which
 * activeTab gives only after the user invoked LeadLens on it (toolbar button, keyboard shortcut,
 * context menu); without it the reply says so with NO_PAGE_ACCESS and the panel explains how.
 */

/** The error a capture of a tab LeadLens may not read fails with. */
export const NO_PAGE_ACCESS = 'no access to this page';
/** Where WXT writes entrypoints/capture-page.ts in the build. */
export const CAPTURE_SCRIPT_FILE = '/capture-page.js';

/** The parts of the extension API a tab capture uses (the background passes `browser`). */
export interface TabCaptureApi {
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
  };
  tabs: { get(tabId: number): Promise<{ url?: string }> };
}

/** Runs the capture script in a tab: its URL and the script's (unvalidated) result. */
export async function readTab(api: TabCaptureApi, tabId: number): Promise<{ url: string; result: unknown }> {
  let results: { result?: unknown }[];
  try {
    results = await api.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT_FILE] });
  } catch {
    // Chrome and Firefox word it differently ("Cannot access contents of the page", "Missing host
    // permission for the tab"); a tab we may not script is the only way this call fails here.
    throw new Error(NO_PAGE_ACCESS);
  }
  // The URL is readable now: the injection proved LeadLens has access to this tab.
  const { url } = await api.tabs.get(tabId);
  if (!url) throw new Error(NO_PAGE_ACCESS);
  return { url, result: results[0]?.result };
}
