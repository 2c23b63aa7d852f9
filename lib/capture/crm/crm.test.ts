import { LONG_TIMELINE_URL, longTimelineActivities } from '../../../test/fixtures/crm/generate-long-timeline';
import {
  attachDeclarativeShadowRoots,
  crmCases,
  loadCrmPage,
  parseHtml,
  readCrmFixture,
} from '../../../test/fixtures/crm/pages';
import { extractFromPage } from '..';
import { CaptureResultSchema } from '../schema';
import { MAX_FIELD_LENGTH } from '../types';
import { CRM_HOST_PATTERNS, CRM_HOSTS, crmRecordRef, crmSiteForHost, extractCrmPage, keyForLabel } from '.';
import { LABEL_SYNONYMS, normalizeLabel, type RecordKey } from './labels';
import { salesforceId18 } from './salesforce';
import { composedText, MAX_DEEP_ELEMENTS, walkDeep } from './shadow';
import type { CrmCaptureResult } from './types';
import { isoTime } from './values';

function capture(doc: Document, url: string): CrmCaptureResult {
  return extractFromPage(doc, new URL(url)) as CrmCaptureResult;
}

const recordCases = crmCases.filter((c) => c.kind === 'record');

describe('CRM records on the team fixtures (expected.json)', () => {
  test.each(crmCases)('$name', (want) => {
    const result = capture(loadCrmPage(want.file), want.url);
    // The capture contract holds, with the CRM extension (`crm`) in it: nothing is stripped at the boundary.
    expect(CaptureResultSchema.parse(result)).toEqual(result);
    const { crm } = result;
    expect({ kind: result.kind, site: result.site }).toEqual({ kind: want.kind, site: want.site });
    expect(result.fields).toEqual(want.fields);
    if (want.activities) expect(result.activities).toEqual(want.activities);
    if (want.activityCount !== undefined) expect(result.activities).toHaveLength(want.activityCount);
    expect(crm).toEqual(want.crm);
    const diagnostics = result.diagnostics.map((d) => `${d.field}:${d.strategy}`);
    expect(diagnostics).toEqual(expect.arrayContaining(want.diagnostics));
  });

  test.each(recordCases)('reads the same from unattached declarative shadow roots: $name', (want) => {
    const attached = capture(loadCrmPage(want.file), want.url);
    const declarative = capture(loadCrmPage(want.file, { attachShadowRoots: false }), want.url);
    expect(declarative.fields).toEqual(attached.fields);
    expect(declarative.crm).toEqual(attached.crm);
    expect(declarative.activities).toEqual(attached.activities);
  });

  test('the fixture loader attaches declarative shadow roots, nested ones included', () => {
    const doc = parseHtml(readCrmFixture('salesforce/lead_nl.html'));
    expect(doc.querySelectorAll('template[shadowrootmode]').length).toBeGreaterThan(0);
    expect(attachDeclarativeShadowRoots(doc)).toBeGreaterThan(20);
    expect(doc.querySelectorAll('template[shadowrootmode]')).toHaveLength(0);
    // Nothing of the record is reachable with plain selectors any more: it is all in shadow trees.
    expect(doc.querySelector('records-record-layout-item')).toBeNull();
    expect(doc.body.textContent).not.toContain('Inkoopmanager');
  });
});

describe('activities', () => {
  test('a 200-entry HubSpot timeline is read in full, entry by entry', () => {
    const doc = loadCrmPage('generated:long-timeline');
    const start = performance.now();
    const result = capture(doc, LONG_TIMELINE_URL);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.activities).toEqual(longTimelineActivities(200));
    const types = new Map<string, number>();
    for (const activity of result.activities) types.set(activity.type, (types.get(activity.type) ?? 0) + 1);
    expect(Object.fromEntries(types)).toEqual({
      'page-view': 29,
      'email-open': 29,
      'email-click': 29,
      'contact-form': 29,
      'pricing-page-visit': 28,
      'meeting-booked': 28,
      call: 28,
    });
  });

  test('revisiting a record gives the same dedupe keys, whatever URL form or host it is reached at', () => {
    const keys = (file: string, url: string) => capture(loadCrmPage(file), url).activities.map((a) => a.dedupeKey);
    const hubspot = keys('hubspot/contact-complete.html', 'https://app.hubspot.com/contacts/4711234/record/0-1/5012');
    expect(hubspot.length).toBeGreaterThan(5);
    expect(keys('hubspot/contact-complete.html', 'https://app-eu1.hubspot.com/contacts/4711234/contact/5012')).toEqual(
      hubspot,
    );
    expect(keys('hubspot/contact-complete.html', 'https://app.hubspot.com/contacts/4711234/record/0-1/5012')).toEqual(
      hubspot,
    );
    const salesforce = keys(
      'salesforce/lead-complete_en.html',
      'https://nordlicht.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdE/view',
    );
    expect(salesforce).toHaveLength(2);
    expect(
      keys(
        'salesforce/lead-complete_en.html',
        'https://nordlicht.my.salesforce.com/lightning/r/00Q5g00000AbCdEEAV/view',
      ),
    ).toEqual(salesforce);
  });

  test('a timeline that grew, lost entries or changed order keeps the keys of the entries it still shows', () => {
    const url = 'https://app.hubspot.com/contacts/4711234/record/0-1/5012';
    const before = capture(loadCrmPage('hubspot/contact-complete.html'), url).activities;
    const doc = loadCrmPage('hubspot/contact-complete.html');
    const timeline = doc.querySelector('div[data-test-id="timeline"]') as Element;
    const cards = Array.from(timeline.querySelectorAll('div[data-selenium-test="timeline-card"]'));
    cards[0]?.remove();
    for (const card of cards.slice(1).reverse()) timeline.appendChild(card);
    timeline.insertAdjacentHTML(
      'afterbegin',
      '<div data-selenium-test="timeline-card" data-timeline-event-id="eo-6000" data-timeline-event-type="EMAIL_OPEN"><span data-selenium-test="timeline-header">Opened</span><time datetime="2025-03-21T08:00:00Z"></time></div>',
    );
    const after = capture(doc, url).activities;
    const byKey = new Map(before.map((a) => [a.dedupeKey, a]));
    for (const activity of after) {
      if (activity.dedupeKey === 'hubspot:5012:eo-6000') continue;
      expect(byKey.get(activity.dedupeKey)).toEqual(activity);
    }
    expect(after).toHaveLength(before.length);
  });

  test('keys are <site>:<recordId>:<entry>, short, and unique within a capture', () => {
    for (const want of recordCases) {
      const result = capture(loadCrmPage(want.file), want.url);
      const keys = result.activities.map((a) => a.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) {
        expect(key.startsWith(`${result.site}:${result.crm?.recordId}:`)).toBe(true);
        expect(key.length).toBeLessThanOrEqual(300);
      }
    }
  });

  test.each([
    ['2025-03-14T09:30:00Z', '2025-03-14T09:30:00.000Z'],
    ['2025-03-14T10:30:00.000+01:00', '2025-03-14T09:30:00.000Z'],
    ['2025-03-14T10:30:00+0100', '2025-03-14T09:30:00.000Z'],
    ['1741600800000', '2025-03-10T10:00:00.000Z'],
    ['1741600800', '2025-03-10T10:00:00.000Z'],
    ['2025-03-14T10:30', undefined],
    ['2025-03-14', undefined],
    ['2 days ago', undefined],
    ['Mar 14, 2025', undefined],
    ['1899-01-01T00:00:00Z', undefined],
    ['99999999999999', undefined],
    ['', undefined],
  ])('isoTime(%j) is %j', (raw, want) => {
    expect(isoTime(raw)).toBe(want);
  });
});

describe('routing CRM hosts and pages', () => {
  test.each([
    ['app.hubspot.com', 'hubspot'],
    ['app-eu1.hubspot.com', 'hubspot'],
    ['app-na2.hubspot.com', 'hubspot'],
    ['APP-AP1.HUBSPOT.COM', 'hubspot'],
    ['www.hubspot.com', undefined],
    ['knowledge.hubspot.com', undefined],
    ['nordlicht.lightning.force.com', 'salesforce'],
    ['nordlicht--uat.sandbox.lightning.force.com', 'salesforce'],
    ['nordlicht.my.salesforce.com', 'salesforce'],
    ['www.salesforce.com', undefined],
    ['login.salesforce.com', undefined],
    ['tulpveld.pipedrive.com', 'pipedrive'],
    ['www.pipedrive.com', undefined],
    ['carpati.crm4.dynamics.com', 'dynamics'],
    ['www.dynamics.com', undefined],
    ['crm.zoho.com', 'zoho'],
    ['crm.zoho.eu', 'zoho'],
    ['crm.zoho.com.au', 'zoho'],
    ['www.zoho.com', undefined],
    ['www.linkedin.com', undefined],
    ['hubspot.com.evil.example', undefined],
    ['app.hubspot.com.evil.example', undefined],
  ])('%s is %s', (host, site) => {
    expect(crmSiteForHost(host)).toBe(site);
  });

  test('the match patterns cover the hosts each CRM is recognised on', () => {
    expect(Object.keys(CRM_HOSTS).sort()).toEqual(['dynamics', 'hubspot', 'pipedrive', 'salesforce', 'zoho']);
    expect(CRM_HOST_PATTERNS).toContain('https://app.hubspot.com/*');
    expect(CRM_HOST_PATTERNS).toContain('https://app-eu1.hubspot.com/*');
    expect(CRM_HOST_PATTERNS).toContain('https://*.lightning.force.com/*');
    expect(CRM_HOST_PATTERNS).toContain('https://*.my.salesforce.com/*');
    for (const pattern of CRM_HOST_PATTERNS) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      const host = pattern.slice('https://'.length, -'/*'.length).replace('*.', 'acme.');
      expect(crmSiteForHost(host)).toBeDefined();
    }
  });

  test.each([
    ['https://app.hubspot.com/contacts/1/record/0-1/2', { site: 'hubspot', objectType: 'contact', recordId: '2' }],
    [
      'https://app.hubspot.com/contacts/1/record/0-2/3/view/1',
      { site: 'hubspot', objectType: 'company', recordId: '3' },
    ],
    ['https://app.hubspot.com/contacts/1/company/3', { site: 'hubspot', objectType: 'company', recordId: '3' }],
    ['https://app.hubspot.com/contacts/1/record/0-3/4', undefined],
    ['https://app.hubspot.com/contacts/1/objects/0-1/views/all/list', undefined],
    [
      'https://a.lightning.force.com/lightning/r/Contact/0035g00000KxYzA/view',
      { site: 'salesforce', objectType: 'contact', recordId: '0035g00000KxYzAAAV' },
    ],
    // The object in the URL must match the id's key prefix.
    ['https://a.lightning.force.com/lightning/r/Lead/0035g00000KxYzA/view', undefined],
    ['https://a.lightning.force.com/lightning/r/constructor/0035g00000KxYzA/view', undefined],
    ['https://a.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdE/related/Histories/view', undefined],
    [
      'https://a.my.salesforce.com/00Q5g00000AbCdE',
      { site: 'salesforce', objectType: 'lead', recordId: '00Q5g00000AbCdEEAV' },
    ],
    ['https://a.pipedrive.com/person/12', { site: 'pipedrive', objectType: 'person', recordId: '12' }],
    ['https://a.pipedrive.com/organization/12/', { site: 'pipedrive', objectType: 'organization', recordId: '12' }],
    ['https://a.pipedrive.com/deal/12', undefined],
    [
      'https://a.crm.dynamics.com/main.aspx?etn=contact&pagetype=entityrecord&id={0B9E2F4A-1C3D-4E5F-9A8B-7C6D5E4F3A2B}',
      { site: 'dynamics', objectType: 'contact', recordId: '0b9e2f4a-1c3d-4e5f-9a8b-7c6d5e4f3a2b' },
    ],
    ['https://a.crm.dynamics.com/main.aspx?etn=opportunity&id=0b9e2f4a-1c3d-4e5f-9a8b-7c6d5e4f3a2b', undefined],
    ['https://a.crm.dynamics.com/main.aspx?etn=lead&id=not-a-guid', undefined],
    [
      'https://crm.zoho.com/crm/tab/Leads/5123000000098765',
      { site: 'zoho', objectType: 'lead', recordId: '5123000000098765' },
    ],
    ['https://crm.zoho.com/crm/org1/tab/Deals/5123000000098765', undefined],
    ['https://crm.zoho.com/crm/org1/tab/__proto__/5123000000098765', undefined],
  ])('%s', (url, want) => {
    const ref = crmRecordRef(new URL(url));
    if (want === undefined) expect(ref).toBeUndefined();
    else expect(ref).toMatchObject(want);
  });

  test('15-character Salesforce ids get their checksum suffix', () => {
    expect(salesforceId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(salesforceId18('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
  });

  test('LinkedIn pages still go to the LinkedIn extractors', () => {
    const doc = parseHtml(
      '<html><head><title>LinkedIn</title></head><body><main><h1>Anna Berg</h1></main></body></html>',
    );
    const result = extractFromPage(doc, new URL('https://www.linkedin.com/in/anna-berg/'));
    expect(result).toMatchObject({ kind: 'profile', site: 'linkedin', fields: { name: 'Anna Berg' } });
  });

  test('never throws, even without a document', () => {
    const url = new URL('https://app.hubspot.com/contacts/1/record/0-1/2');
    const broken = null as unknown as Document;
    const result = extractCrmPage(broken, url);
    CaptureResultSchema.parse(result);
    expect(result.fields).toEqual({});
    expect(result.diagnostics).toContainEqual({ field: '*', strategy: 'property-input-failed' });
    expect(
      extractCrmPage(broken, new URL('https://crm.zoho.com/crm/tab/Leads/5123000000098765')).diagnostics,
    ).toContainEqual({ field: '*', strategy: 'zoho-best-effort:labels-failed' });
    CaptureResultSchema.parse(extractFromPage(broken, url));
    expect(capture(parseHtml(''), 'https://crm.zoho.com/crm/tab/Leads/5123000000098765').kind).toBe('record');
  });
});

describe('localized labels', () => {
  test.each<[string, RecordKey]>([
    ['E-mail', 'email'],
    ['E-post', 'email'],
    ['Adres e-mail', 'email'],
    ['E-Mail', 'email'],
    ['Functie', 'title'],
    ['Titel', 'title'],
    ['Stanowisko', 'title'],
    ['Funcție', 'title'],
    ['Funcţie', 'title'],
    ['Position', 'title'],
    ['Bedrijf', 'company'],
    ['Företag', 'company'],
    ['Firma', 'company'],
    ['Companie', 'company'],
    ['Unternehmen', 'company'],
    ['Telefoon', 'phone'],
    ['Telefon', 'phone'],
    ['Telefonnummer', 'phone'],
    ['Leadbron', 'leadSource'],
    ['Leadkälla', 'leadSource'],
    ['Źródło leada', 'leadSource'],
    ['Sursă lead', 'leadSource'],
    ['Lead-Quelle', 'leadSource'],
    ['Branche', 'industry'],
    ['Bransch', 'industry'],
    ['Branża', 'industry'],
    ['Industrie', 'industry'],
    ['Aantal werknemers', 'companySize'],
    ['Antal anställda', 'companySize'],
    ['Liczba pracowników', 'companySize'],
    ['Număr de angajați', 'companySize'],
    ['Anzahl der Mitarbeiter', 'companySize'],
    ['No. of Employees', 'companySize'],
    ['Rating', 'rating'],
    ['Status', 'status'],
    ['  *E-MAIL: ', 'email'],
    ['NUMAR DE ANGAJATI', 'companySize'],
  ])('%j is %s', (label, key) => {
    expect(keyForLabel(label)).toBe(key);
  });

  test.each([['constructor'], ['__proto__'], ['toString'], [''], ['Email'.repeat(20)], ['Unknown field']])(
    '%j is no field',
    (label) => {
      expect(keyForLabel(label)).toBeUndefined();
    },
  );

  test('no label stands for two fields', () => {
    const seen = new Map<string, string>();
    for (const [key, labels] of Object.entries(LABEL_SYNONYMS)) {
      for (const label of labels ?? []) {
        const normalized = normalizeLabel(label);
        expect(normalized, label).not.toBe('');
        expect(seen.get(normalized) ?? key, label).toBe(key);
        seen.set(normalized, key);
      }
    }
  });
});

describe('shadow DOM reading', () => {
  test('composed text renders slots with the host light children', () => {
    const doc = parseHtml('<div id="h"><b slot="a">A</b><i>B</i></div>');
    const host = doc.getElementById('h') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><slot name="a"></slot> and <slot></slot><span class="slds-assistive-text">hidden</span></p>';
    expect(composedText(host).replace(/\s+/g, ' ').trim()).toBe('A and B');
  });

  test('a walk through nested shadow roots stops at its budget', () => {
    const doc = parseHtml('<body></body>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 40; depth++) {
      const host = doc.createElement('x-host');
      parent.appendChild(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<div></div>'.repeat(300);
      parent = shadow.firstElementChild as Element;
    }
    const start = performance.now();
    expect(walkDeep(doc, () => undefined)).toBe(MAX_DEEP_ELEMENTS);
    expect(performance.now() - start).toBeLessThan(500);
  });

  test('walks sharing a budget stop together once it is spent', () => {
    const doc = parseHtml(`<body>${'<p><b></b></p>'.repeat(200)}</body>`);
    const budget = { left: 250 };
    expect(walkDeep(doc, () => undefined, MAX_DEEP_ELEMENTS, budget)).toBe(250);
    expect(budget.left).toBe(0);
    expect(walkDeep(doc, () => undefined, MAX_DEEP_ELEMENTS, budget)).toBe(0);
    expect(composedText(doc.body, { budget })).toBe('');
  });

  test('a Salesforce field beyond the walk budget is not found, and the page is still read in bounded time', () => {
    const doc = loadCrmPage('salesforce/lead_nl.html');
    doc.body.insertAdjacentHTML('afterbegin', `<div>${'<span></span>'.repeat(MAX_DEEP_ELEMENTS)}</div>`);
    const start = performance.now();
    const result = capture(doc, 'https://tulpveld.lightning.force.com/lightning/r/Lead/00Q5g00000JdVrSEAV/view');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.kind).toBe('record');
    expect(result.fields.email).toBeUndefined();
    expect(result.fields.name).toBe('Jan de Vries'); // from the page title
  });

  test('Salesforce Classic detail pages are read by label', () => {
    const doc = parseHtml(`<html><head><title>Lead: Anna Berg ~ Salesforce - Enterprise Edition</title></head><body>
      <table class="detailList">
        <tr><td class="labelCol">Name</td><td class="dataCol">Ms. Anna Berg</td><td class="labelCol">Lead Owner</td><td class="dataCol"><a href="/005">Sam Seller</a></td></tr>
        <tr><td class="labelCol">Company</td><td class="dataCol">Nordlicht Analytics AB</td><td class="labelCol">E-mail</td><td class="dataCol"><a href="mailto:anna.berg@nordlicht.example">anna.berg@nordlicht.example</a></td></tr>
      </table></body></html>`);
    const result = capture(doc, 'https://nordlicht.my.salesforce.com/00Q5g00000AbCdE');
    expect(result.fields).toEqual({
      name: 'Anna Berg',
      company: 'Nordlicht Analytics AB',
      email: 'anna.berg@nordlicht.example',
    });
    expect(result.crm).toMatchObject({ recordId: '00Q5g00000AbCdEEAV', objectType: 'lead', owner: 'Sam Seller' });
    expect(result.diagnostics).toContainEqual({ field: 'name', strategy: 'classic-detail' });
  });
});

describe('selector overrides and Zoho diagnostics', () => {
  test('an override for the CRM site is tried first', () => {
    const doc = loadCrmPage('hubspot/contact-complete.html');
    doc.body.insertAdjacentHTML('beforeend', '<span class="my-title">Chief Tulip Officer</span>');
    const result = extractFromPage(doc, new URL('https://app.hubspot.com/contacts/4711234/record/0-1/5012'), {
      overrides: [
        { site: 'hubspot', field: 'title', selector: 'span.my-title' },
        { site: 'linkedin', field: 'name', selector: 'main' },
      ],
    });
    expect(result.fields).toMatchObject({ title: 'Chief Tulip Officer', name: 'Joëlle van den Broek' });
    expect(result.diagnostics).toContainEqual({ field: 'title', strategy: 'override' });
  });

  test('every Zoho diagnostic is marked best effort', () => {
    const doc = loadCrmPage('zoho/contact_ro.html');
    const result = extractFromPage(doc, new URL('https://crm.zoho.com/crm/tab/Contacts/5123000000098765'), {
      overrides: [{ site: 'zoho', field: 'title', selector: '[[bad' }, { nonsense: true } as never],
    });
    expect(result.diagnostics.length).toBeGreaterThan(5);
    for (const diagnostic of result.diagnostics) expect(diagnostic.strategy).toMatch(/^zoho-best-effort:/);
    expect(result.diagnostics).toContainEqual({ field: 'title', strategy: 'zoho-best-effort:override-invalid' });
    const empty = capture(parseHtml(''), 'https://crm.zoho.com/crm/tab/Leads/5123000000098765');
    expect(empty.diagnostics).toContainEqual({ field: 'name', strategy: 'zoho-best-effort:not-found' });
  });
});

describe('hostile values', () => {
  test('come out clean and bounded', () => {
    const hostile = '<script>alert(1)</script>\u202EAnna\u200B Berg<img src=x onerror=alert(1)>';
    const long = 'x'.repeat(100_000);
    const doc = parseHtml(`<html><head><title>x</title></head><body>
      <span data-selenium-test="highlightTitle">${hostile.replace(/</g, '&lt;')}</span>
      <div data-selenium-test="property-input-jobtitle"><input value="${long}"></div>
      <div data-selenium-test="property-input-email"><input value="javascript:alert(1)"></div>
      <div data-selenium-test="property-input-phone"><input value="call me maybe 123"></div>
      <div data-selenium-test="property-input-lifecyclestage"><span>${'<b>'.repeat(200)}MQL</span></div>
      <div data-selenium-test="timeline-card" data-timeline-event-id="${'a'.repeat(500)}" data-timeline-event-type="PAGE_VIEW" data-url="javascript:alert(1)">
        <span data-selenium-test="timeline-header">${long}</span><time datetime="2025-01-01T00:00:00Z"></time></div>
      <div data-selenium-test="timeline-card" data-timeline-event-id="ok\u202E1" data-timeline-event-type="__proto__"><time datetime="2025-01-01T00:00:00Z"></time></div>
      </body></html>`);
    const result = capture(doc, 'https://app.hubspot.com/contacts/1/record/0-1/2');
    expect(result.fields).toEqual({ name: 'Anna Berg', title: 'x'.repeat(MAX_FIELD_LENGTH) });
    expect(result.crm).toEqual({ recordId: '2', objectType: 'contact', entity: 'person', lifecycleStage: 'MQL' });
    expect(result.activities).toEqual([
      {
        type: 'page-view',
        at: '2025-01-01T00:00:00.000Z',
        dedupeKey: 'hubspot:2:page-view:2025-01-01T00:00:00.000Z',
        detail: 'x'.repeat(200),
      },
    ]);
  });

  test.each([
    ['spaces', `${' '.repeat(30_000)}x`],
    ['digits and spaces', `${'1 '.repeat(15_000)}x`],
    ['dashes', `${' - '.repeat(10_000)}| Zoho CRM`],
    ['salutations', `${'Mr. '.repeat(10_000)}Anna Berg`],
    ['at signs', `${'a@'.repeat(15_000)}.x`],
  ])('stays fast with long runs of %s in every place extractors read', (_, value) => {
    const attr = value.replace(/"/g, '&quot;');
    const item = (label: string) =>
      `<records-record-layout-item field-label="${label}"><lightning-formatted-text>${value}</lightning-formatted-text></records-record-layout-item>`;
    const doc = parseHtml(`<html><head><title>${value}</title></head><body>
      <span data-selenium-test="highlightTitle">${value}</span>
      ${['email', 'phone', 'jobtitle', 'numberofemployees', 'domain'].map((p) => `<div data-selenium-test="property-input-${p}"><input value="${attr}"></div>`).join('')}
      <div data-selenium-test="timeline-card" data-timeline-event-type="${attr}"><span data-selenium-test="timeline-header">${value}</span><time datetime="${attr}"></time></div>
      <div data-target-selection-name="sfdc:RecordField.Lead.Email">${item('Email')}</div>
      ${['Name', 'Phone', 'Website', 'No. of Employees', attr].map(item).join('')}
      <div data-testid="field-email"><span data-testid="field-value">${value}</span></div>
      <input data-id="emailaddress1.fieldControl-mail-text-input" value="${attr}">
      <input data-id="telephone1.fieldControl-phone-text-input" value="${attr}">
      <table><tr><td class="label">${value}</td><td>${value}</td></tr><tr><td class="label">E-mail</td><td>${value}</td></tr></table>
      </body></html>`);
    for (const url of [
      'https://app.hubspot.com/contacts/1/record/0-1/2',
      'https://a.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdE/view',
      'https://a.pipedrive.com/person/1',
      'https://a.crm4.dynamics.com/main.aspx?etn=lead&id=0b9e2f4a-1c3d-4e5f-9a8b-7c6d5e4f3a2b',
      'https://crm.zoho.com/crm/tab/Leads/5123000000098765',
    ]) {
      const start = performance.now();
      const result = capture(doc, url);
      expect(performance.now() - start).toBeLessThan(2000);
      expect(result.kind).toBe('record');
      CaptureResultSchema.parse(result);
    }
  });
});
