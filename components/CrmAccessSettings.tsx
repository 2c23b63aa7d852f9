import { useEffect, useState } from 'react';
import type { CrmSite } from '@/lib/capture/crm/types';
import { crmAccessAll, crmOrigins } from '@/lib/crmAccess';
import { grantedCrmHosts } from '@/lib/crmScripts';
import { t } from '@/lib/i18n';
import { sourceName } from '@/lib/reports/sourceName';

interface PermissionEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

/** The parts of `browser.permissions` the panel uses (the dashboard passes `browser.permissions`). */
export interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  onAdded: PermissionEvent;
  onRemoved: PermissionEvent;
}

type Status = { ok: boolean; text: string };

/**
 * A switch per CRM: on asks the browser for that CRM's hosts (from the click, which the browser
 * requires), off gives them back. The switches show what the browser says is granted, also
 * after a change in the browser's own extension settings; the background registers the CRM
 * script for exactly those hosts.
 */
export function CrmAccessSettings({ permissions }: { permissions: PermissionsApi }) {
  const [granted, setGranted] = useState<ReadonlySet<string> | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      grantedCrmHosts({ permissions }).then((hosts) => live && setGranted(hosts), console.error);
    };
    refresh();
    permissions.onAdded.addListener(refresh);
    permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      permissions.onAdded.removeListener(refresh);
      permissions.onRemoved.removeListener(refresh);
    };
  }, [permissions]);

  const toggle = async (site: CrmSite, on: boolean) => {
    const name = sourceName(site);
    const origins = crmOrigins(site);
    try {
      // request() must be the first thing the click does: it needs the user's gesture.
      if (on) {
        const ok = await permissions.request({ origins });
        // A refused prompt is the user's choice, not an error: said as a status either way.
        setStatus({ ok: true, text: t(ok ? 'crmGranted' : 'crmDenied', name) });
      } else {
        await permissions.remove({ origins });
        setStatus({ ok: true, text: t('crmRemoved', name) });
      }
    } catch (error) {
      setStatus({ ok: false, text: t('crmFailed', name, error instanceof Error ? error.message : String(error)) });
    }
    setGranted(await grantedCrmHosts({ permissions }));
  };

  return (
    <section className="card crm-access" aria-labelledby="crm-access-heading">
      <h2 id="crm-access-heading">{t('crmHeading')}</h2>
      <p className="muted small">{t('crmIntro')}</p>
      {granted && (
        <ul className="crm-access-list">
          {crmAccessAll(granted).map(({ site, access }) => (
            <li key={site}>
              <label>
                <input
                  type="checkbox"
                  checked={access === 'on'}
                  aria-describedby={`crm-state-${site}`}
                  onChange={(e) => void toggle(site, e.target.checked)}
                />{' '}
                {t('crmToggle', sourceName(site))}
              </label>
              <span id={`crm-state-${site}`} className="muted small">
                {t(access === 'on' ? 'crmStateOn' : access === 'partial' ? 'crmStatePartial' : 'crmStateOff')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {status && <p role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
    </section>
  );
}
