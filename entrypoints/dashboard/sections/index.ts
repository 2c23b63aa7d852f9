export const DASHBOARD_SECTIONS = ['leads', 'reports', 'model', 'data', 'settings'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** The section a URL hash asks for ("#model", "#leads?lead=…"); the leads table when none or unknown. */
export function sectionFromHash(hash: string): DashboardSection {
  const name = hash.replace(/^#/, '').split(/[?/]/)[0];
  return (DASHBOARD_SECTIONS as readonly string[]).includes(name ?? '') ? (name as DashboardSection) : 'leads';
}
