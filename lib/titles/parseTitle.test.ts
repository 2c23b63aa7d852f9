import { DEPARTMENTS, type Department, parseTitle, SENIORITIES, type Seniority } from './index';

type Case = [title: string, seniority: Seniority, department: Department];

const cases: Record<string, Case[]> = {
  'examples from the issue': [
    ['Zaakvoerder', 'owner', 'executive'],
    ['Directeur', 'c-level', 'executive'],
    ['Hoofd Inkoop', 'head', 'procurement'],
    ['VD', 'c-level', 'executive'],
    ['Försäljningschef', 'head', 'sales'],
    ['Inköpsansvarig', 'manager', 'procurement'],
    ['Prezes Zarządu', 'c-level', 'executive'],
    ['Kierownik działu sprzedaży', 'manager', 'sales'],
    ['Director General', 'c-level', 'executive'],
    ['Manager vânzări', 'manager', 'sales'],
    ['Co-Founder & CTO', 'owner', 'engineering'],
    ['Head of Growth', 'head', 'marketing'],
    ['SDR', 'individual', 'sales'],
    ['Stagiair', 'intern', 'other'],
    ['Praktykant', 'intern', 'other'],
    ['Assistant to the Director', 'individual', 'operations'],
  ],
  'board members are c-level': [
    ['Board member', 'c-level', 'executive'],
    ['Styrelseledamot', 'c-level', 'executive'],
    ['Członek Zarządu', 'c-level', 'executive'],
    ['Lid Raad van Bestuur', 'c-level', 'executive'],
    ['Membru în Consiliul de Administrație', 'c-level', 'executive'],
    ['Non-Executive Director', 'c-level', 'executive'],
  ],
  'compound words': [
    ['Marknadschef', 'head', 'marketing'],
    ['Inkoopmanager', 'manager', 'procurement'],
    ['Vertriebsleiter', 'head', 'sales'],
    ['Marketingdirecteur', 'director', 'marketing'],
    ['Försäljningsdirektör', 'director', 'sales'],
    ['Softwareontwikkelaar', 'individual', 'engineering'],
    ['Mjukvaruutvecklare', 'individual', 'engineering'],
    ['Affärsutvecklare', 'individual', 'sales'], // business developer, not a software developer
    ['Universitair hoofddocent', 'senior', 'education'], // not a "hoofd"
    ['Kundansvarig', 'individual', 'sales'],
  ],
  'multi-role titles: most senior role, department from it (or from the others for founders/board)': [
    ['CEO & Founder', 'owner', 'executive'],
    ['Founder & CEO', 'owner', 'executive'],
    ['Head of Sales | Board Member', 'c-level', 'sales'],
    ['CEO & Head of Marketing', 'c-level', 'executive'],
    ['Ägare och VD', 'owner', 'executive'],
    ['Współzałożyciel i CTO', 'owner', 'engineering'],
    ['Administrator și Fondator', 'owner', 'executive'],
    ['vVD och Ekonomichef', 'c-level', 'executive'],
    ['Eigenaar / Directeur', 'owner', 'executive'],
    ['Członek Zarządu, Dyrektor Finansowy', 'c-level', 'finance'],
  ],
  'senior, junior, intern': [
    ['Senior Software Engineer', 'senior', 'engineering'],
    ['Sr. Accountant', 'senior', 'finance'],
    ['Lead Developer', 'senior', 'engineering'],
    ['Principal Engineer', 'senior', 'engineering'],
    ['Staff Software Engineer', 'senior', 'engineering'],
    ['Starszy Specjalista ds. Sprzedaży', 'senior', 'sales'],
    ['Senior Manager, Procurement', 'manager', 'procurement'],
    ['Junior Developer', 'individual', 'engineering'],
    ['Junior Accountmanager', 'individual', 'sales'],
    ['Trainee', 'intern', 'other'],
    ['Werkstudent', 'intern', 'other'],
    ['Stażysta', 'intern', 'other'],
    ['Praktikant', 'intern', 'other'],
    ['Stagiar', 'intern', 'other'],
    ['Stagiar Avocat', 'intern', 'legal'],
    ['Marketing Intern', 'intern', 'marketing'],
    ['Team Lead', 'manager', 'other'],
  ],
  'vice presidents and deputies': [
    ['VP Sales', 'vp', 'sales'],
    ['SVP Marketing', 'vp', 'marketing'],
    ['EVP, Operations', 'vp', 'operations'],
    ['Vice President, Human Resources', 'vp', 'hr'],
    ['Vicepreședinte', 'vp', 'executive'],
    ['Vicepreședinte Vânzări', 'vp', 'sales'],
    ['Wiceprezes Zarządu', 'c-level', 'executive'],
    ['Wiceprezes Zarządu ds. Finansowych', 'c-level', 'finance'],
    ['Vice VD', 'c-level', 'executive'],
  ],
  'Polish and Romanian': [
    ['Dyrektor Handlowy', 'director', 'sales'],
    ['Dyrektor Generalny', 'c-level', 'executive'],
    ['Kierownik', 'manager', 'other'],
    ['Specjalista', 'individual', 'other'],
    ['Handlowiec', 'individual', 'sales'],
    ['Director vânzări', 'director', 'sales'],
    ['Şef departament vânzări', 'head', 'sales'], // cedilla
    ['Șef departament vânzări', 'head', 'sales'], // comma below
    ['Inginer', 'individual', 'engineering'],
    ['Contabil', 'individual', 'finance'],
    ['Administrator', 'c-level', 'executive'], // legal manager of an SRL
    ['Administrator la SC Alfa Construct SRL', 'c-level', 'executive'],
    ['Administrator Rețea', 'individual', 'it'],
    ['Asistent Manager', 'individual', 'operations'],
    ['Asystentka Zarządu', 'individual', 'operations'],
  ],
  'Dutch and Swedish': [
    ['Manager', 'manager', 'other'],
    ['Medewerker Klantenservice', 'individual', 'operations'],
    ['Adviseur', 'individual', 'other'],
    ['Eigenaar', 'owner', 'executive'],
    ['DGA', 'owner', 'executive'],
    ['Bedrijfsleider', 'manager', 'operations'],
    ['Accountmanager', 'individual', 'sales'],
    ['Chef', 'head', 'other'],
    ['Ansvarig', 'manager', 'other'],
    ['Säljare', 'individual', 'sales'],
    ['Utvecklare', 'individual', 'engineering'],
    ['Ägare', 'owner', 'executive'],
    ['Grundare', 'owner', 'executive'],
    ['Avdelningschef', 'head', 'other'],
    ['IT-chef', 'head', 'it'],
    ['Ekonomichef', 'head', 'finance'],
    ['HR-chef', 'head', 'hr'],
    ['Rektor', 'director', 'education'],
    ['VD-assistent', 'individual', 'operations'],
    ['Produktchef', 'manager', 'product'],
  ],
  'IT versus engineering': [
    ['System Administrator', 'individual', 'it'],
    ['IT Manager', 'manager', 'it'],
    ['CIO', 'c-level', 'it'],
    ['Helpdesk Medewerker', 'individual', 'it'],
    ['Infrastructure Engineer', 'individual', 'it'],
    ['Network Engineer', 'individual', 'it'],
    ['Software Engineer', 'individual', 'engineering'],
    ['Hardware Engineer', 'individual', 'engineering'],
    ['CTO', 'c-level', 'engineering'],
    ['Sales Engineer', 'individual', 'sales'],
    ['Data Scientist', 'individual', 'engineering'],
  ],
  'research and education': [
    ['Researcher', 'individual', 'research'],
    ['Research Scientist', 'individual', 'research'],
    ['PhD Candidate', 'individual', 'research'],
    ['Onderzoeker', 'individual', 'research'],
    ['Forskare', 'individual', 'research'],
    ['Naukowiec', 'individual', 'research'],
    ['Cercetător științific', 'individual', 'research'],
    ['Teacher', 'individual', 'education'],
    ['Lecturer in Economics', 'individual', 'education'],
    ['Professor of Computer Science', 'senior', 'education'],
    ['Assistant Professor', 'individual', 'education'],
    ['Docent Nederlands', 'individual', 'education'],
    ['Leraar', 'individual', 'education'],
    ['Lärare', 'individual', 'education'],
    ['Nauczyciel', 'individual', 'education'],
    ['Profesor de Matematică', 'individual', 'education'],
    ['Education Lead', 'senior', 'education'],
    ['UX Researcher', 'individual', 'product'],
  ],
  'German and French': [
    ['Geschäftsführer', 'c-level', 'executive'],
    ['Inhaber', 'owner', 'executive'],
    ['Leiter Einkauf', 'head', 'procurement'],
    ['Teamleiterin Kundenservice', 'manager', 'operations'],
    ['Einkäufer', 'individual', 'procurement'],
    ['PDG', 'c-level', 'executive'],
    ['Directeur Commercial', 'director', 'sales'],
    ['Responsable des Achats', 'manager', 'procurement'],
    ['Chef de projet', 'manager', 'operations'],
    ['Commercial', 'individual', 'sales'],
    ['Stagiaire', 'intern', 'other'],
  ],
  'tricky cases': [
    ['Account Manager', 'individual', 'sales'],
    ['Business Development Manager', 'individual', 'sales'],
    ['Product Owner', 'individual', 'product'],
    ['Personal Assistant to the CEO', 'individual', 'operations'],
    ['Executive Assistant', 'individual', 'operations'],
    ['Head Chef', 'head', 'other'],
    ['Partner', 'owner', 'executive'],
    ['HR Business Partner', 'individual', 'hr'],
    ['People Operations Specialist', 'individual', 'hr'],
    ['Chief Customer Officer', 'c-level', 'sales'],
    ['Chief Accountant', 'head', 'finance'],
    ['Sales Manager at Marketing Solutions BV', 'manager', 'sales'],
    ['Säljare på Acme AB', 'individual', 'sales'],
    ['Hoofd P&O', 'head', 'hr'],
    ["ZZP'er", 'owner', 'executive'],
    ['Directeur de la communication', 'director', 'marketing'],
    ['Country Manager Benelux', 'director', 'executive'],
    ['Owner/Operator', 'owner', 'executive'],
    ['Ex-CEO | Consultant', 'individual', 'other'],
    ['Head of Growth @ Acme | Former VP Sales at Foo', 'head', 'marketing'],
    ['Helping SaaS companies scale | Head of Growth @ Acme | Ex-HubSpot', 'head', 'marketing'],
  ],
  'case and diacritics do not matter': [
    ['FÖRSÄLJNINGSCHEF', 'head', 'sales'],
    ['forsaljningschef', 'head', 'sales'],
    ['KIEROWNIK DZIALU SPRZEDAZY', 'manager', 'sales'],
    ['sef departament vanzari', 'head', 'sales'],
    ['Właściciel', 'owner', 'executive'],
    ['Wlasciciel', 'owner', 'executive'],
    ['  head   of    SALES  ', 'head', 'sales'],
  ],
  'not a job title': [
    ['', 'unknown', 'other'],
    ['   ', 'unknown', 'other'],
    ['—', 'unknown', 'other'],
    ['Open to work', 'unknown', 'other'],
    ['Looking for new opportunities', 'unknown', 'other'],
  ],
};

describe('parseTitle', () => {
  for (const [group, rows] of Object.entries(cases)) {
    describe(group, () => {
      it.each(rows)('%s → %s / %s', (title, seniority, department) => {
        const got = parseTitle(title);
        expect({ seniority: got.seniority, department: got.department }).toEqual({ seniority, department });
      });
    });
  }

  it('explains its result with the rules that matched', () => {
    expect(parseTitle('Hoofd Inkoop')).toMatchObject({
      matched: ['seniority:hoofd', 'department:inkoop*'],
      language: 'nl',
    });
    expect(parseTitle('Försäljningschef').language).toBe('sv');
    expect(parseTitle('Junior Project Manager').matched).toContain('seniority:junior');
  });

  it('never throws and always returns contract values', () => {
    const odd = [
      '🚀🚀',
      '|||',
      '@',
      '&',
      'x'.repeat(5000),
      'CEO '.repeat(500),
      '\u0000',
      'İstanbul Şube Müdürü',
      '123',
    ];
    for (const title of [...odd, null, undefined, 42] as unknown as string[]) {
      const got = parseTitle(title);
      expect(SENIORITIES).toContain(got.seniority);
      expect(DEPARTMENTS).toContain(got.department);
    }
  });

  it('returns a fresh result each time (callers may mutate it)', () => {
    const a = parseTitle('CEO');
    a.matched.push('x');
    expect(parseTitle('CEO').matched).toEqual(['seniority:ceo', 'department:ceo']);
  });

  it('exports ordered SENIORITIES (most senior first) and all DEPARTMENTS', () => {
    expect(SENIORITIES).toEqual([
      'owner',
      'c-level',
      'vp',
      'director',
      'head',
      'manager',
      'senior',
      'individual',
      'intern',
      'unknown',
    ]);
    expect(DEPARTMENTS).toHaveLength(14);
    expect(DEPARTMENTS).toContain('procurement');
  });
});
