import type { Agreement } from '../../src/domain/agreement.ts';
import type { Link } from '../../src/domain/link.ts';
import type { Card } from '../../src/domain/offer-need.ts';
import type { Organisation } from '../../src/domain/organisation.ts';
import type { Section } from '../../src/domain/value-piece.ts';
import { blankWorkshop, type Workshop } from '../../src/domain/workshop.ts';

/*
 * The workshop of the README's pictures (scripts/screenshots.ts): a network meeting as it looks halfway
 * through, with eight organisations, their pieces and examples, offer and need cards, links and
 * agreements, written as a snapshot (as print-fixtures.ts does) so the app imports it as a workshop file.
 */

export const SHOWCASE_TITLE = 'Netværksmøde i Nørreparken';

/** The organisation whose tablet the pictures show (it has pieces left in its tray). */
export const SHOWCASE_TABLET_ORGANISATION = 'Café Nord';

const ORGANISATIONS: Organisation[] = [
  { id: 'beboerforeningen', name: 'Beboerforeningen Nørreparken', actorType: 'beboerdrevne-foreninger', contact: 'Hanne Østergaard' },
  { id: 'cafe-nord', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: 'Ali Yilmaz' },
  { id: 'skolen', name: 'Nørreparkens Skole', actorType: 'kommunale-institutioner', contact: 'Søren Bæk' },
  { id: 'kloeveret', name: 'Fritidsklubben Kløveret', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'aalykke', name: 'Boligselskabet Ålykke', actorType: 'boligrelaterede-organisationer', contact: 'Mette Friis' },
  { id: 'frivilligcenter', name: 'Frivilligcenter Nord', actorType: 'frivillige-organisationer', contact: '' },
  { id: 'lektiecafe', name: 'Lektiecaféen i Beboerhuset', actorType: 'frivillige-organisationer', contact: 'Amina Hussein' },
  { id: 'oernen', name: 'Idrætsforeningen Ørnen', actorType: 'andre-aktoerer', contact: '' },
];

const SECTIONS: Record<string, Section> = {
  beboerforeningen: {
    placed: [
      { valueId: 'bredere-maalgruppe', example: 'Til sommerfesten kom der familier fra blokkene, vi aldrig før har nået.' },
      { valueId: 'staerkere-samarbejdsgrundlag', example: 'Vi kender nu klubbens og skolens folk og ringer direkte, når noget brænder på.' },
      { valueId: 'tryghed', example: 'Flere voksne ude om aftenen gør gårdene trygge.' },
    ],
    mostImportant: 'tryghed',
  },
  'cafe-nord': {
    placed: [
      { valueId: 'bredere-maalgruppe', example: 'Flere unge kommer forbi, når vi holder åbent sammen med klubben – også søndag.' },
      { valueId: 'adgang-til-flere-ressourcer', example: 'Vi låner beboerhusets køkken til større arrangementer.' },
    ],
    mostImportant: 'bredere-maalgruppe',
  },
  skolen: {
    placed: [
      { valueId: 'oeget-faglighed', example: 'Lektiecaféens frivillige fortæller os, hvor eleverne går i stå.' },
      { valueId: 'stoerre-socialt-ansvar', example: 'Vi tager del i livet i området, også efter klokken 15.' },
      { valueId: 'staerkere-samarbejdsgrundlag', example: 'Fælles forældremøder med klubben om overgangen til 7. klasse.' },
      { valueId: 'bredere-maalgruppe', example: 'Forældre, vi ellers ikke ser, kommer til fællesspisningen.' },
    ],
    mostImportant: 'oeget-faglighed',
  },
  kloeveret: {
    placed: [
      { valueId: 'bredere-maalgruppe', example: 'Pigerne kommer, når vi har fodbold sammen med Ørnen.' },
      { valueId: 'tryghed', example: 'De unge kender de voksne i caféen og i beboerforeningen.' },
    ],
    mostImportant: null,
  },
  aalykke: {
    placed: [
      { valueId: 'stoerre-socialt-ansvar', example: 'Færre udsættelser, når vi hører om problemer i tide.' },
      { valueId: 'adgang-til-flere-ressourcer', example: 'Frivillige hjælper med at byde nye beboere velkommen.' },
      { valueId: 'tryghed', example: 'Færre klager over uro i opgangene.' },
    ],
    mostImportant: 'stoerre-socialt-ansvar',
  },
  frivilligcenter: {
    placed: [
      { valueId: 'adgang-til-flere-ressourcer', example: 'Nye frivillige fra området, som skolen og foreningen har sendt videre.' },
      { valueId: 'oeget-faglighed', example: 'Klubbens pædagoger lærer vores frivillige at tale med unge.' },
    ],
    mostImportant: 'adgang-til-flere-ressourcer',
  },
  lektiecafe: {
    placed: [
      { valueId: 'oeget-faglighed', example: 'Lærerne viser os, hvad klasserne arbejder med i matematik.' },
      { valueId: 'bredere-maalgruppe', example: 'Flere store elever kommer, siden vi flyttede til beboerhuset.' },
      { valueId: 'staerkere-samarbejdsgrundlag', example: 'Et fast møde med skolen hver måned.' },
    ],
    mostImportant: 'oeget-faglighed',
  },
  oernen: {
    placed: [{ valueId: 'bredere-maalgruppe', example: 'Nye medlemmer fra klubben og skolen.' }],
    mostImportant: null,
  },
};

const CARDS: Record<string, Card[]> = {
  beboerforeningen: [
    { id: 'kort-bf-1', side: 'offer', text: 'Beboerhusets sal om aftenen og i weekenden', kind: 'lokaler', valueId: 'adgang-til-flere-ressourcer' },
    { id: 'kort-bf-2', side: 'need', text: 'Hjælp til at nå de unge familier', kind: 'maalgruppe', valueId: 'bredere-maalgruppe' },
  ],
  'cafe-nord': [
    { id: 'kort-cn-1', side: 'offer', text: 'Kaffe og kage til møder', kind: 'penge', valueId: null },
    { id: 'kort-cn-2', side: 'need', text: 'Flere kunder i dagtimerne', kind: 'maalgruppe', valueId: 'bredere-maalgruppe' },
  ],
  skolen: [
    { id: 'kort-sk-1', side: 'offer', text: 'Gymnastiksalen tirsdag og torsdag aften', kind: 'lokaler', valueId: null },
    { id: 'kort-sk-2', side: 'need', text: 'Lektiehjælp til de ældste elever', kind: 'frivillige', valueId: 'oeget-faglighed' },
  ],
  kloeveret: [
    { id: 'kort-kl-1', side: 'offer', text: 'Pædagoger, der kender de unge', kind: 'kompetence', valueId: 'tryghed' },
    { id: 'kort-kl-2', side: 'need', text: 'Et sted at spille bold om vinteren', kind: 'lokaler', valueId: null },
  ],
  aalykke: [
    { id: 'kort-al-1', side: 'offer', text: 'Midler fra helhedsplanen til fælles arrangementer', kind: 'penge', valueId: null },
    { id: 'kort-al-2', side: 'need', text: 'Kontakt til beboere, der ikke åbner døren', kind: 'netvaerk', valueId: 'stoerre-socialt-ansvar' },
  ],
  frivilligcenter: [
    { id: 'kort-fc-1', side: 'offer', text: 'Kursus for nye frivillige', kind: 'kompetence', valueId: 'oeget-faglighed' },
  ],
  lektiecafe: [
    { id: 'kort-lc-1', side: 'offer', text: 'Frivillige lektiehjælpere mandag til torsdag', kind: 'frivillige', valueId: 'oeget-faglighed' },
    { id: 'kort-lc-2', side: 'need', text: 'Et fast lokale med plads til 30', kind: 'lokaler', valueId: null },
  ],
  oernen: [{ id: 'kort-oe-1', side: 'offer', text: 'Trænere til fodbold for piger', kind: 'kompetence', valueId: 'bredere-maalgruppe' }],
};

const LINKS: Link[] = [
  { id: 'link-1', fromId: 'beboerforeningen', toId: 'lektiecafe', text: 'låne salen ud fire aftener om ugen', offerCardId: 'kort-bf-1' },
  { id: 'link-2', fromId: 'lektiecafe', toId: 'skolen', text: 'hjælpe de ældste elever med lektierne', offerCardId: 'kort-lc-1' },
  { id: 'link-3', fromId: 'skolen', toId: 'kloeveret', text: 'åbne gymnastiksalen for klubben', offerCardId: 'kort-sk-1' },
  { id: 'link-4', fromId: 'oernen', toId: 'kloeveret', text: 'træne pigefodbold i klubben', offerCardId: 'kort-oe-1' },
  { id: 'link-5', fromId: 'aalykke', toId: 'beboerforeningen', text: 'betale for sommerfesten', offerCardId: 'kort-al-1' },
];

const AGREEMENTS: Agreement[] = [
  {
    id: 'aftale-1',
    what: 'Lektiecaféen flytter ind i beboerhusets sal',
    organisationIds: ['beboerforeningen', 'lektiecafe', 'skolen'],
    coordinatorId: 'lektiecafe',
    firstStep: 'Amina og Hanne aftaler nøgler og rengøring',
    date: '2026-12-01',
    form: 'ressourceudveksle',
    followUpDate: '2027-02-15',
    linkId: 'link-1',
    status: null,
    statusNote: '',
  },
  {
    id: 'aftale-2',
    what: 'Pigefodbold i gymnastiksalen hver torsdag',
    organisationIds: ['kloeveret', 'oernen', 'skolen'],
    coordinatorId: 'kloeveret',
    firstStep: 'Klubben spørger pigerne, hvilket tidspunkt der passer',
    date: '2026-12-10',
    form: 'samordne',
    followUpDate: '2027-03-01',
    linkId: 'link-4',
    status: null,
    statusNote: '',
  },
  {
    id: 'aftale-3',
    what: 'Fælles sommerfest i gården',
    organisationIds: ['beboerforeningen', 'aalykke', 'cafe-nord', 'frivilligcenter'],
    coordinatorId: 'beboerforeningen',
    firstStep: 'Første planlægningsmøde i beboerhuset',
    date: '2027-01-20',
    form: 'samskabe',
    followUpDate: '2027-06-30',
    linkId: 'link-5',
    status: null,
    statusNote: '',
  },
  {
    id: 'aftale-4',
    what: 'Vi sender hinanden nyt om arrangementer',
    organisationIds: ['cafe-nord', 'frivilligcenter', 'kloeveret'],
    coordinatorId: 'frivilligcenter',
    firstStep: 'Frivilligcentret laver en fælles mailliste',
    date: '2026-11-29',
    form: 'videndele',
    followUpDate: '',
    linkId: null,
    status: null,
    statusNote: '',
  },
];

/** The meeting of the pictures: eight organisations halfway through, Værdispillet on and nothing revealed yet. */
export function showcaseWorkshop(): Workshop {
  const workshop = blankWorkshop('vis-noerreparken', SHOWCASE_TITLE, Date.UTC(2026, 10, 1));
  workshop.setup = {
    ...workshop.setup,
    initiative: 'Boligsocial helhedsplan for Nørreparken',
    kind: 'netvaerksgruppe',
    date: '2026-11-22',
    place: 'Beboerhuset, Nørreparken 12',
    facilitator: 'Mette Kjær',
  };
  workshop.organisations = ORGANISATIONS;
  workshop.values = { disabledCore: [], custom: [{ id: 'tryghed', name: 'Tryghed', colour: '#0e7490' }] };
  workshop.control = {
    phase: 'vaerdispillet',
    isLocked: false,
    isRevealed: false,
    areCardsShown: false,
    activeOrganisationId: 'cafe-nord',
    // Paused at 8:30 left: the same countdown on every run.
    timers: { vaerdispillet: { durationMs: 15 * 60_000, startedAt: null, elapsedBeforeMs: 6.5 * 60_000 } },
  };
  workshop.sections = SECTIONS;
  workshop.keyPoints = 'Alle otte vil nå flere unge familier.\nTryghed betyder noget for både beboere og boligselskab.\nLokaler er det, vi har mest af at dele.';
  workshop.cards = CARDS;
  workshop.links = LINKS;
  workshop.agreements = AGREEMENTS;
  return workshop;
}

/** Two smaller workshops, so the start page's list looks like a facilitator's. */
export function otherWorkshops(): Workshop[] {
  const summer = blankWorkshop('vis-sommerfest', 'Samarbejdsgruppe om sommerfesten', Date.UTC(2026, 4, 12));
  summer.setup = { ...summer.setup, date: '2026-06-10', place: 'Beboerhuset' };
  summer.organisations = ORGANISATIONS.filter((organisation) => ['beboerforeningen', 'aalykke', 'cafe-nord'].includes(organisation.id));
  const january = blankWorkshop('vis-januar', 'Opfølgning i januar', Date.UTC(2026, 10, 23));
  january.setup = { ...january.setup, date: '2027-01-26' };
  return [summer, january];
}

/** The seven organisations that join the eight of the showcase in the full room of fifteen. */
const MORE_ORGANISATIONS: Organisation[] = [
  { id: 'afdelingsbestyrelsen', name: 'Afdelingsbestyrelsen i Blok Æ', actorType: 'beboerdrevne-foreninger', contact: '' },
  { id: 'sundhedsplejen', name: 'Sundhedsplejen i Nørreparken', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'netto', name: 'Netto Ålholmvej', actorType: 'erhvervsdrivende', contact: '' },
  { id: 'boligsocial', name: 'Den boligsociale helhedsplan', actorType: 'boligrelaterede-organisationer', contact: 'Mette Kjær' },
  { id: 'roede-kors', name: 'Røde Kors Lektiehjælp', actorType: 'frivillige-organisationer', contact: '' },
  { id: 'jobcenter', name: 'Jobcentrets ungeindsats', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'kirken', name: 'Nørreparkens Kirke', actorType: 'andre-aktoerer', contact: '' },
];

/** The custom values of the full room: Tryghed and two more, so eight values are in play. */
const MORE_VALUES = [
  { id: 'tryghed', name: 'Tryghed', colour: '#0e7490' },
  { id: 'faellesskab', name: 'Nye fællesskaber', colour: '#4d7c0f' },
  { id: 'synlighed', name: 'Synlighed i lokalområdet', colour: '#9d174d' },
];

/**
 * The showcase grown to a full room: `count` organisations (the showcase's eight, then seven more, then
 * numbered ones) and eight values in play, each new organisation with a few pieces placed.
 */
export function fullRoomWorkshop(count = 15): Workshop {
  if (count < ORGANISATIONS.length) throw new Error(`A full room has at least ${ORGANISATIONS.length} organisations`);
  const workshop = showcaseWorkshop();
  workshop.id = `vis-fuldt-rum-${count}`;
  workshop.setup = { ...workshop.setup, title: `Netværksmøde med ${count} organisationer` };
  const named = [...ORGANISATIONS, ...MORE_ORGANISATIONS];
  const numbered = Array.from({ length: Math.max(0, count - named.length) }, (_, index): Organisation => ({
    id: `forening-${index + 1}`,
    name: `Boligforeningen Parkbo, afdeling ${index + 1}`,
    actorType: 'boligrelaterede-organisationer',
    contact: '',
  }));
  workshop.organisations = [...named, ...numbered].slice(0, count);
  workshop.values = { disabledCore: [], custom: MORE_VALUES };
  const valueIds = ['bredere-maalgruppe', 'oeget-faglighed', 'staerkere-samarbejdsgrundlag', 'stoerre-socialt-ansvar', 'adgang-til-flere-ressourcer', ...MORE_VALUES.map((value) => value.id)];
  workshop.sections = Object.fromEntries(
    workshop.organisations.map((organisation, row) => {
      const known = SECTIONS[organisation.id];
      if (known) return [organisation.id, known];
      // Every organisation places a different handful, the same on every run.
      const placed = valueIds.filter((_, column) => (row * 3 + column * 5) % 7 < 3).map((valueId) => ({ valueId, example: '' }));
      return [organisation.id, { placed, mostImportant: placed[0]?.valueId ?? null }];
    }),
  );
  // The showcase's cards, links and agreements are kept: they are between its first eight.
  return workshop;
}
