import '@/lib/strictZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseProblem } from '@/components/DatabaseProblem';
import { loadLanguage } from '@/lib/i18n';
import '@/components/theme.css';
import { App, preloadSection } from './App';
import { sectionFromHash } from './sections';

const root = document.getElementById('root');
// The UI language's strings come in a chunk of their own: load them before the first render.
// The database opens alongside (its own chunk): a failed upgrade or a blocked open explains itself.
if (root) {
  preloadSection(sectionFromHash(location.hash));
  const opened = import('@/lib/db/openProblem').then((db) => db.openSharedDatabase());
  void Promise.all([loadLanguage().catch(() => {}), opened]).then(([, problem]) =>
    createRoot(root).render(
      <StrictMode>
        <main className="wide">
          {problem ? <DatabaseProblem problem={problem} onReload={() => location.reload()} /> : <App />}
        </main>
      </StrictMode>,
    ),
  );
}
