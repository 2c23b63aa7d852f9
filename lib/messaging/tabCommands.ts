/** Sent by the side panel to the content script of a tab (tabs.sendMessage): extract the page again. */
export const RECAPTURE = 'leadlens:recapture';
