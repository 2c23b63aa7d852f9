import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { DASHBOARD_SECTIONS, type DashboardSection, sectionFromHash } from './sections';

// Each section is its own chunk: the dashboard paints the one asked for without loading the rest.
const SECTION_VIEWS = {
  leads: lazy(() => import('./sections/LeadsSection')),
  reports: lazy(() => import('./sections/ReportsSection')),
  model: lazy(() => import('./sections/ModelSection')),
  data: lazy(() => import('./sections/DataSection')),
  settings: lazy(() => import('./sections/SettingsSection')),
} satisfies Record<DashboardSection, unknown>;

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
