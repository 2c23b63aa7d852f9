import type { FrameworkText } from './types';

/** Romanian framework text: questions to the buyer in the formal „dumneavoastră”, hints to the rep with „tu” like the UI. */
export const roFrameworks: FrameworkText = {
  descriptions: {
    bant: 'Buget, autoritate de decizie, nevoie, calendar: verificarea rapidă pentru vânzări tranzacționale și de mărime medie.',
    meddic:
      'Indicatori, decident financiar, criterii și proces de decizie, problema critică, susținător intern: pentru vânzări complexe.',
    meddpicc:
      'MEDDIC plus procesul de contractare și concurența: pentru vânzări enterprise cu departament de achiziții și competitori.',
    champ:
      'Provocări, autoritate de decizie, bani, prioritate: pornește de la problema cumpărătorului, nu de la bugetul lui.',
    anum: 'Autoritate de decizie, nevoie, urgență, bani: ajungi întâi la decident, apoi confirmi nevoia.',
    faint:
      'Fonduri, autoritate de decizie, interes, nevoie, moment: pentru cumpărători care au banii, dar încă nu au o linie de buget.',
    'gpctba-ci':
      'Obiective, planuri, provocări, calendar, buget, autoritate de decizie, consecințe negative și implicații pozitive: pentru vânzarea consultativă.',
  },
  items: {
    budget: {
      label: 'Buget',
      question: 'Aveți un buget alocat pentru asta și, aproximativ, în ce interval vă încadrați?',
      metWhen: 'O sumă sau un interval este alocat sau aprobat și acoperă o afacere de mărimea noastră.',
    },
    authority: {
      label: 'Autoritate de decizie',
      question: 'În afară de dumneavoastră, cine mai este implicat în alegerea soluției și cine aprobă achiziția?',
      metWhen: 'Știi cine semnează și vorbești cu persoana respectivă sau ea susține evaluarea.',
    },
    need: {
      label: 'Nevoie',
      question: 'Ce problemă încercați să rezolvați și ce se întâmplă dacă o lăsați așa cum este?',
      metWhen: 'Cumpărătorul numește, în propriile cuvinte, o problemă concretă pe care produsul nostru o rezolvă.',
    },
    timeline: {
      label: 'Calendar',
      question: 'Până când aveți nevoie de soluție și ce anume determină acea dată?',
      metWhen:
        'O dată de decizie sau de punere în funcțiune în următoarele două trimestre, legată de un eveniment real.',
    },
    challenges: {
      label: 'Provocări',
      question: 'Care este cel mai mare obstacol în acest moment și ce ați încercat deja?',
      metWhen:
        'O provocare specifică pe care o putem rezolva, împreună cu ce s-a încercat și de ce nu a fost suficient.',
    },
    money: {
      label: 'Bani',
      question: 'Dacă asta rezolvă problema, cum ar fi plătită: există buget sau de unde ar veni banii?',
      metWhen: 'Banii sunt disponibili sau există o cale clară spre ei (un deținător de buget care ar finanța).',
    },
    urgency: {
      label: 'Urgență',
      question:
        'Ce face ca acest lucru să fie o prioritate acum și nu anul viitor? Există un eveniment sau un termen în spate?',
      metWhen: 'Un declanșator concret sau un termen în următoarele câteva luni.',
    },
    prioritization: {
      label: 'Prioritate',
      question:
        'Unde se situează acest proiect față de celelalte proiecte din acest trimestru și ce l-ar putea urca sau coborî?',
      metWhen: 'Este o prioritate de top, cu o dată, nu un proiect „cândva”.',
    },
    funds: {
      label: 'Fonduri',
      question:
        'Dacă asta rezolvă problema, ar putea compania să găsească banii, chiar dacă nu sunt în bugetul de anul acesta?',
      metWhen: 'Compania poate plăti (banii există undeva), chiar fără un buget alocat.',
    },
    interest: {
      label: 'Interes',
      question: 'Ce v-a determinat să vă uitați la asta acum și cât timp ați aloca pentru a explora subiectul?',
      metWhen:
        'Interes activ: cumpărătorul acceptă întâlniri, împărtășește informații și este de acord cu pașii următori.',
    },
    timing: {
      label: 'Moment',
      question:
        'Când ar avea sens să începeți și ce se întâmplă în afacerea dumneavoastră care stabilește acest moment?',
      metWhen: 'Un început în următoarele două trimestre, legat de ceva ce se întâmplă în afacere.',
    },
    goals: {
      label: 'Obiective',
      question: 'Care sunt cele mai importante obiective ale dumneavoastră pentru anul acesta, în cifre dacă le aveți?',
      metWhen: 'Obiective cuantificate la care contribuie produsul nostru.',
    },
    plans: {
      label: 'Planuri',
      question: 'Cum plănuiți să atingeți aceste obiective și ce faceți în acest sens astăzi?',
      metWhen: 'Un plan sau o inițiativă concretă în care ne încadrăm sau un gol din acesta pe care îl umplem.',
    },
    'negative-consequences': {
      label: 'Consecințe negative',
      question: 'Ce se întâmplă dacă nu atingeți acest obiectiv, pentru companie și pentru dumneavoastră personal?',
      metWhen: 'Cumpărătorul recunoaște un cost clar al inacțiunii.',
    },
    'positive-implications': {
      label: 'Implicații pozitive',
      question: 'Dacă atingeți acest obiectiv, ce ar însemna pentru companie și pentru dumneavoastră?',
      metWhen: 'Cumpărătorul descrie un câștig care îl motivează.',
    },
    metrics: {
      label: 'Indicatori',
      question: 'Cum veți măsura succesul: ce cifră trebuie să se schimbe, de la cât la cât și până când?',
      metWhen:
        'Un rezultat cuantificat care contează pentru cumpărător, de exemplu reducerea integrării noilor angajați de la 10 zile la 3.',
    },
    'economic-buyer': {
      label: 'Decident financiar',
      question: 'Cine are ultimul cuvânt asupra cheltuielilor pentru asta și a spus că este o prioritate?',
      metWhen: 'Îl cunoști pe decidentul financiar pe nume și te-ai întâlnit cu el sau a susținut proiectul.',
    },
    'decision-criteria': {
      label: 'Criterii de decizie',
      question: 'După ce veți compara opțiunile? Care cerințe sunt obligatorii și ce pondere le dați?',
      metWhen: 'Cunoști criteriile convenite și cum ne situăm la fiecare dintre ele.',
    },
    'decision-process': {
      label: 'Proces de decizie',
      question: 'Puteți să-mi explicați cum veți lua decizia: ce pași, cine este implicat la fiecare și la ce date?',
      metWhen: 'Pașii, persoanele și datele de la evaluare până la decizie sunt cunoscute.',
    },
    'identify-pain': {
      label: 'Problema critică',
      question: 'Cât vă costă astăzi această problemă, în bani, timp sau risc, și cine o resimte cel mai mult?',
      metWhen: 'O problemă specifică, cu un cost pentru afacere, pe care cineva din conducere vrea să o rezolve.',
    },
    champion: {
      label: 'Susținător intern',
      question:
        'Cine din partea dumneavoastră vrea ca acest lucru să se întâmple și va pleda intern pentru el când noi nu suntem de față?',
      metWhen:
        'Cineva cu influență vinde pentru noi în interiorul companiei și a dovedit-o (ne-a obținut o întâlnire, a împărtășit informații din interior).',
    },
    'paper-process': {
      label: 'Proces de contractare',
      question:
        'După ce ați decis, ce se întâmplă înainte de semnare (juridic, achiziții, evaluare de securitate) și cât durează de obicei?',
      metWhen: 'Pașii de contractare, persoanele implicate și durata sunt cunoscute.',
    },
    competition: {
      label: 'Concurență',
      question: 'Ce alte variante mai analizați, inclusiv să construiți singuri soluția sau să nu faceți nimic?',
      metWhen: 'Cunoști alternativele, inclusiv status quo-ul, și de ce am câștiga în fața fiecăreia.',
    },
  },
};
