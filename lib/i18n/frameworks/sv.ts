import type { FrameworkText } from './types';

/** Swedish framework text. */
export const svFrameworks: FrameworkText = {
  descriptions: {
    bant: 'Budget, beslutsmandat, behov, tidslinje: den snabba kontrollen för transaktionella och medelstora affärer.',
    meddic:
      'Mätetal, ekonomisk beslutsfattare, beslutskriterier och beslutsprocess, smärtpunkt, intern förespråkare: för komplexa affärer.',
    meddpicc: 'MEDDIC plus avtalsprocess och konkurrens: för stora affärer med upphandling och konkurrenter.',
    champ: 'Utmaningar, beslutsmandat, pengar, prioritering: utgår från köparens problem, inte budgeten.',
    anum: 'Beslutsmandat, behov, brådska, pengar: nå beslutsfattaren först, bekräfta sedan behovet.',
    faint: 'Medel, beslutsmandat, intresse, behov, tidpunkt: för köpare som har pengarna men ännu ingen budgetpost.',
    'gpctba-ci':
      'Mål, planer, utmaningar, tidslinje, budget, beslutsmandat, negativa konsekvenser och positiva effekter: för konsultativ försäljning.',
  },
  items: {
    budget: {
      label: 'Budget',
      question: 'Finns det en budget avsatt för det här, och ungefär vilket spann rör det sig om?',
      metWhen: 'Ett belopp eller spann är avsatt eller godkänt, och det täcker en affär av vår storlek.',
    },
    authority: {
      label: 'Beslutsmandat',
      question: 'Vilka är förutom du med och väljer lösning, och vem godkänner köpet?',
      metWhen: 'Du vet vem som skriver under, och du pratar med den personen eller så står hen bakom utvärderingen.',
    },
    need: {
      label: 'Behov',
      question: 'Vilket problem vill ni lösa, och vad händer om ni låter det vara som det är?',
      metWhen: 'Köparen beskriver med egna ord ett konkret problem som vår produkt löser.',
    },
    timeline: {
      label: 'Tidslinje',
      question: 'När behöver ni ha det här på plats, och vad styr det datumet?',
      metWhen:
        'Ett besluts- eller driftsättningsdatum inom de närmaste två kvartalen, kopplat till en verklig händelse.',
    },
    challenges: {
      label: 'Utmaningar',
      question: 'Vad är det största hindret för er i det här just nu, och vad har ni redan provat?',
      metWhen: 'En specifik utmaning som vi kan lösa, med vad som har provats och varför det inte räckte.',
    },
    money: {
      label: 'Pengar',
      question:
        'Om det här löser problemet, hur skulle det betalas: finns det budget, eller var skulle pengarna komma ifrån?',
      metWhen: 'Pengar finns, eller det finns en tydlig väg dit (en budgetansvarig som skulle finansiera det).',
    },
    urgency: {
      label: 'Brådska',
      question:
        'Vad gör det här till en prioritet nu i stället för nästa år? Finns det en händelse eller deadline bakom?',
      metWhen: 'En konkret utlösande händelse eller deadline inom de närmaste månaderna.',
    },
    prioritization: {
      label: 'Prioritering',
      question:
        'Var hamnar det här jämfört med era andra projekt det här kvartalet, och vad skulle flytta det upp eller ner?',
      metWhen: 'Det har högsta prioritet med ett datum, inte ett ”någon gång”-projekt.',
    },
    funds: {
      label: 'Medel',
      question:
        'Om det här löser problemet, skulle företaget kunna hitta pengarna, även om de inte finns i årets budget?',
      metWhen: 'Företaget kan betala (pengarna finns någonstans), även utan avsatt budget.',
    },
    interest: {
      label: 'Intresse',
      question:
        'Vad fick er att vilja titta på det här just nu, och hur mycket tid skulle ni lägga på att utforska det?',
      metWhen: 'Aktivt intresse: köparen tackar ja till möten, delar information och går med på nästa steg.',
    },
    timing: {
      label: 'Tidpunkt',
      question: 'När skulle det vara rimligt att börja, och vad händer i er verksamhet som styr den tidpunkten?',
      metWhen: 'En start inom de närmaste två kvartalen, kopplad till något som händer i verksamheten.',
    },
    goals: {
      label: 'Mål',
      question: 'Vilka är era viktigaste mål för i år, gärna i siffror om ni har dem?',
      metWhen: 'Kvantifierade mål som vår produkt bidrar till.',
    },
    plans: {
      label: 'Planer',
      question: 'Hur planerar ni att nå de målen, och vad gör ni åt det i dag?',
      metWhen: 'En konkret plan eller satsning som vi passar in i, eller en lucka i den som vi fyller.',
    },
    'negative-consequences': {
      label: 'Negativa konsekvenser',
      question: 'Vad händer om ni inte når det här målet, för verksamheten och för dig personligen?',
      metWhen: 'Köparen erkänner en tydlig kostnad av att inte göra något.',
    },
    'positive-implications': {
      label: 'Positiva effekter',
      question: 'Om ni når det här målet, vad skulle det betyda för verksamheten och för dig?',
      metWhen: 'Köparen beskriver en vinst som motiverar hen.',
    },
    metrics: {
      label: 'Mätetal',
      question: 'Hur ska ni mäta framgång här: vilken siffra måste röra sig, från vad till vad, och till när?',
      metWhen: 'Ett kvantifierat resultat som köparen bryr sig om, som att korta onboardingen från 10 dagar till 3.',
    },
    'economic-buyer': {
      label: 'Ekonomisk beslutsfattare',
      question: 'Vem har sista ordet om utgifterna för det här, och har den personen sagt att det är prioriterat?',
      metWhen:
        'Du vet vem den ekonomiska beslutsfattaren är och har träffat hen, eller så har hen ställt sig bakom projektet.',
    },
    'decision-criteria': {
      label: 'Beslutskriterier',
      question: 'Vad kommer ni att jämföra alternativen på? Vilka krav är ett måste, och hur viktar ni dem?',
      metWhen: 'Du känner till de överenskomna kriterierna och var vi står på vart och ett av dem.',
    },
    'decision-process': {
      label: 'Beslutsprocess',
      question: 'Berätta hur ni kommer att fatta beslutet: vilka steg, vem som är med i varje steg och vilka datum?',
      metWhen: 'Stegen, personerna och datumen från utvärdering till beslut är kända.',
    },
    'identify-pain': {
      label: 'Smärtpunkt',
      question: 'Vad kostar det här problemet er i dag, i pengar, tid eller risk, och vem märker det mest?',
      metWhen: 'En specifik smärtpunkt med en affärskostnad som någon i ledningen vill få åtgärdad.',
    },
    champion: {
      label: 'Intern förespråkare',
      question:
        'Vem på er sida vill att det här blir av och kommer att driva frågan internt när vi inte är med i rummet?',
      metWhen:
        'Någon med inflytande säljer för oss internt och har visat det (ordnat ett möte åt oss, delat intern information).',
    },
    'paper-process': {
      label: 'Avtalsprocess',
      question:
        'När ni har bestämt er, vad händer före underskriften (juridik, inköp, säkerhetsgranskning), och hur lång tid brukar det ta?',
      metWhen: 'Avtalsstegen, de inblandade personerna och ledtiden är kända.',
    },
    competition: {
      label: 'Konkurrens',
      question: 'Vilka andra alternativ tittar ni på, inklusive att bygga själva eller att inte göra något?',
      metWhen:
        'Du känner till alternativen, inklusive att allt förblir som det är, och varför vi skulle vinna mot vart och ett.',
    },
  },
};
