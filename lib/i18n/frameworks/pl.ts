import type { FrameworkText } from './types';

/** Polish framework text: questions to the buyer in the formal „Państwo”, hints to the rep with „ty” like the UI. */
export const plFrameworks: FrameworkText = {
  descriptions: {
    bant: 'Budżet, decyzyjność, potrzeba, harmonogram: szybka weryfikacja przy prostych i średnich transakcjach.',
    meddic:
      'Mierniki, decydent finansowy, kryteria i proces decyzyjny, ból klienta, ambasador: dla złożonych transakcji.',
    meddpicc: 'MEDDIC plus procedura zakupowa i konkurencja: dla dużych transakcji z działem zakupów i konkurentami.',
    champ: 'Wyzwania, decyzyjność, pieniądze, priorytet: zaczyna od problemu kupującego, nie od jego budżetu.',
    anum: 'Decyzyjność, potrzeba, pilność, pieniądze: najpierw dotrzyj do decydenta, potem potwierdź potrzebę.',
    faint:
      'Środki, decyzyjność, zainteresowanie, potrzeba, termin: dla kupujących, którzy mają pieniądze, ale jeszcze nie mają pozycji w budżecie.',
    'gpctba-ci':
      'Cele, plany, wyzwania, harmonogram, budżet, decyzyjność, negatywne konsekwencje i pozytywne skutki: dla sprzedaży doradczej.',
  },
  items: {
    budget: {
      label: 'Budżet',
      question: 'Czy mają Państwo zarezerwowany na to budżet i w jakim mniej więcej przedziale?',
      metWhen: 'Kwota lub przedział są przydzielone lub zatwierdzone i pokrywają transakcję naszej wielkości.',
    },
    authority: {
      label: 'Decyzyjność',
      question: 'Kto jeszcze bierze udział w wyborze rozwiązania i kto ostatecznie zatwierdza zakup?',
      metWhen: 'Wiesz, kto podpisuje, i rozmawiasz z tą osobą albo ona popiera ocenę rozwiązania.',
    },
    need: {
      label: 'Potrzeba',
      question: 'Jaki problem chcą Państwo rozwiązać i co się stanie, jeśli zostawią go Państwo bez zmian?',
      metWhen: 'Kupujący własnymi słowami nazywa konkretny problem, który rozwiązuje nasz produkt.',
    },
    timeline: {
      label: 'Harmonogram',
      question: 'Do kiedy to rozwiązanie musi działać i co wyznacza ten termin?',
      metWhen: 'Termin decyzji lub wdrożenia w ciągu najbliższych dwóch kwartałów, powiązany z realnym wydarzeniem.',
    },
    challenges: {
      label: 'Wyzwania',
      question: 'Jaka jest w tej chwili największa przeszkoda w tej sprawie i czego już Państwo próbowali?',
      metWhen:
        'Konkretne wyzwanie, które możemy rozwiązać, wraz z tym, czego już próbowano i dlaczego to nie wystarczyło.',
    },
    money: {
      label: 'Pieniądze',
      question:
        'Jeśli to rozwiąże problem, jak zostanie sfinansowane: czy jest budżet, a jeśli nie, skąd wzięłyby się środki?',
      metWhen: 'Pieniądze są dostępne albo jest jasna droga do nich (osoba z budżetem, która to sfinansuje).',
    },
    urgency: {
      label: 'Pilność',
      question:
        'Dlaczego to jest priorytet teraz, a nie w przyszłym roku? Czy stoi za tym jakieś wydarzenie lub termin?',
      metWhen: 'Konkretny impuls lub termin w ciągu najbliższych kilku miesięcy.',
    },
    prioritization: {
      label: 'Priorytet',
      question:
        'Jak wysoko jest to na liście względem innych projektów w tym kwartale i co mogłoby to przesunąć w górę lub w dół?',
      metWhen: 'To najwyższy priorytet z konkretną datą, a nie projekt „na kiedyś”.',
    },
    funds: {
      label: 'Środki',
      question:
        'Jeśli to rozwiąże problem, czy firma znajdzie na to pieniądze, nawet jeśli nie ma ich w tegorocznym budżecie?',
      metWhen: 'Firma może zapłacić (pieniądze gdzieś są), nawet bez przydzielonego budżetu.',
    },
    interest: {
      label: 'Zainteresowanie',
      question:
        'Co sprawiło, że chcą Państwo przyjrzeć się temu właśnie teraz, i ile czasu poświęcą Państwo na zbadanie tematu?',
      metWhen:
        'Aktywne zainteresowanie: kupujący umawia spotkania, dzieli się informacjami i zgadza się na kolejne kroki.',
    },
    timing: {
      label: 'Termin',
      question: 'Kiedy warto byłoby zacząć i co dzieje się w Państwa firmie, co wyznacza ten termin?',
      metWhen: 'Start w ciągu najbliższych dwóch kwartałów, powiązany z czymś, co dzieje się w firmie.',
    },
    goals: {
      label: 'Cele',
      question: 'Jakie są Państwa najważniejsze cele na ten rok, najlepiej w liczbach?',
      metWhen: 'Skwantyfikowane cele, do których przyczynia się nasz produkt.',
    },
    plans: {
      label: 'Plany',
      question: 'Jak planują Państwo osiągnąć te cele i co robią Państwo w tej sprawie dziś?',
      metWhen: 'Konkretny plan lub inicjatywa, w którą się wpisujemy, albo luka w niej, którą wypełniamy.',
    },
    'negative-consequences': {
      label: 'Negatywne konsekwencje',
      question: 'Co się stanie, jeśli nie osiągną Państwo tego celu, dla firmy i dla Państwa osobiście?',
      metWhen: 'Kupujący przyznaje, że bezczynność ma wyraźny koszt.',
    },
    'positive-implications': {
      label: 'Pozytywne skutki',
      question: 'Jeśli osiągną Państwo ten cel, co to będzie oznaczać dla firmy i dla Państwa?',
      metWhen: 'Kupujący opisuje korzyść, która go motywuje.',
    },
    metrics: {
      label: 'Mierniki',
      question:
        'Jak będą Państwo mierzyć sukces: który wskaźnik musi się zmienić, z jakiej wartości na jaką i do kiedy?',
      metWhen:
        'Skwantyfikowany efekt, na którym zależy kupującemu, np. skrócenie wdrożenia nowych pracowników z 10 dni do 3.',
    },
    'economic-buyer': {
      label: 'Decydent finansowy',
      question: 'Kto ma ostatnie słowo w sprawie wydatków na to i czy powiedział, że to priorytet?',
      metWhen: 'Znasz decydenta finansowego z imienia i nazwiska i było już z nim spotkanie albo poparł on projekt.',
    },
    'decision-criteria': {
      label: 'Kryteria decyzji',
      question: 'Według czego będą Państwo porównywać opcje? Które wymagania są obowiązkowe i jaką mają wagę?',
      metWhen: 'Znasz uzgodnione kryteria i wiesz, jak wypadamy w każdym z nich.',
    },
    'decision-process': {
      label: 'Proces decyzyjny',
      question:
        'Proszę opowiedzieć, jak zapadnie decyzja: jakie są etapy, kto uczestniczy w każdym z nich i w jakich terminach?',
      metWhen: 'Etapy, osoby i terminy od oceny do decyzji są znane.',
    },
    'identify-pain': {
      label: 'Ból klienta',
      question:
        'Ile ten problem kosztuje dziś Państwa firmę w pieniądzach, czasie lub ryzyku i kto odczuwa go najbardziej?',
      metWhen: 'Konkretny problem z kosztem biznesowym, który ktoś z kierownictwa chce rozwiązać.',
    },
    champion: {
      label: 'Ambasador',
      question:
        'Kto po Państwa stronie chce, żeby to się wydarzyło, i będzie o to zabiegać wewnętrznie, gdy nas nie będzie przy stole?',
      metWhen:
        'Ktoś wpływowy sprzedaje za nas wewnątrz firmy i już to udowodnił (załatwił nam spotkanie, przekazał informacje z wewnątrz).',
    },
    'paper-process': {
      label: 'Procedura zakupowa',
      question:
        'Co dzieje się po podjęciu decyzji, a przed podpisaniem umowy (dział prawny, zakupy, przegląd bezpieczeństwa), i ile to zwykle trwa?',
      metWhen: 'Kroki zawarcia umowy, zaangażowane osoby i czas realizacji są znane.',
    },
    competition: {
      label: 'Konkurencja',
      question:
        'Jakie inne opcje Państwo rozważają, łącznie z budową rozwiązania we własnym zakresie lub pozostawieniem wszystkiego bez zmian?',
      metWhen: 'Znasz alternatywy, w tym status quo, i wiesz, dlaczego wygralibyśmy z każdą z nich.',
    },
  },
};
