import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { DASHBOARD_SECTIONS, type DashboardSection, sectionFromHash } from './sections';

// Each section is its own chunk: the dashboard paints the one asked for without loading the rest.
const SECTION_MODULES: Record<DashboardSection, () => Promise<{ default: ComponentType }>> = {
  leads: () => import('./sections/LeadsSection'),
  reports: () => import('./sections/ReportsSection'),
  model: () => import('./sections/ModelSection'),
  data: () => import('./sections/DataSection'),
  settings: () => import('./sections/SettingsSection'),
};
const SECTION_VIEWS = {
  leads: lazy(SECTION_MODULES.leads),
  reports: lazy(SECTION_MODULES.reports),
  model: lazy(SECTION_MODULES.model),
  data: lazy(SECTION_MODULES.data),
  settings: lazy(SECTION_MODULES.settings),
} satisfies Record<DashboardSection, unknown>;

/**
 * Starts loading a section's code now: the one the page opens on loads while the database opens,
 * not after the first render asks for it (an import returns the same module to React.lazy later).
 */
export function preloadSection(section: DashboardSection): void {
  SECTION_MODULES[section]().catch(() => {
    // React.lazy imports it again and shows the failure where the section would be.
  });
}

function useHashSection(): DashboardSection {
  const [section, setSection] = useState(() => sectionFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return section;
}

/** The dashboard: a page per kind of work (#leads, #reports, #model, #data, #settings). */
export function App() {
  const section = useHashSection();
  const View = SECTION_VIEWS[section];
  return (
    <>
      <header className="dashboard-header">
        <h1>{t('dashboardTitle')}</h1>
        <nav aria-label={t('dashboardNav')}>
          <ul>
            {DASHBOARD_SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} aria-current={s === section ? 'page' : undefined}>
                  {t(`nav_${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <Suspense fallback={<p>{t('loading')}</p>}>
        <View />
      </Suspense>
    </>
  );
}
