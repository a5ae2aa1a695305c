import type { Card, CardKind } from '../../src/domain/offer-need.ts';
import type { Organisation } from '../../src/domain/organisation.ts';
import { blankWorkshop, type Workshop } from '../../src/domain/workshop.ts';

/*
 * A realistic meeting for the matcher (issue 18): eight organisations around leisure jobs for young
 * people in a housing area, 32 offer and need cards written as people at such a table write them
 * (most leave the kind as it starts), and the pairs a facilitator would judge: expected (should be
 * suggested), acceptable (fine if suggested) and nonsense (must not be). The matcher's unit test
 * prints precision and recall on it; the browser test imports it as a workshop file.
 */

export const LEISURE_JOBS_TITLE = 'Fritidsjob til unge i Nørreparken';

export const JOBCENTER = 'Jobcentrets ungeindsats';
export const SUPERMARKET = 'SuperBrugsen Nørreparken';

export const LEISURE_ORGANISATIONS: Organisation[] = [
  { id: 'jobcenter', name: JOBCENTER, actorType: 'kommunale-institutioner', contact: '' },
  { id: 'brugsen', name: SUPERMARKET, actorType: 'erhvervsdrivende', contact: '' },
  { id: 'helhedsplan', name: 'Boligsocial helhedsplan Nørreparken', actorType: 'boligrelaterede-organisationer', contact: '' },
  { id: 'beboerforening', name: 'Beboerforeningen Nørreparken', actorType: 'beboerdrevne-foreninger', contact: '' },
  { id: 'ungdomsskole', name: 'Ungdomsskolen', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'idraet', name: 'IF Nørreparken', actorType: 'frivillige-organisationer', contact: '' },
  { id: 'bibliotek', name: 'Biblioteket i Nørreparken', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'ssp', name: 'SSP Nord', actorType: 'andre-aktoerer', contact: '' },
];

type Row = [id: string, side: 'offer' | 'need', text: string, kind: CardKind, valueId?: string];

const ROWS: Record<string, Row[]> = {
  jobcenter: [
    ['j1', 'offer', 'Vejledning om fritidsjob og hjælp til at skrive en ansøgning', 'kompetence'],
    ['j2', 'offer', 'Kontakt til virksomheder, der søger unge medarbejdere', 'netvaerk'],
    ['j3', 'need', 'Kontakt til unge, som ikke selv kommer i jobcentret', 'maalgruppe', 'bredere-maalgruppe'],
    ['j4', 'need', 'Et lokale i boligområdet til åben jobrådgivning', 'lokaler'],
  ],
  brugsen: [
    ['s1', 'offer', 'Tre fritidsjob om året til unge fra området', 'job'],
    ['s2', 'offer', 'Overskudsvarer til arrangementer', 'penge'],
    ['s3', 'need', 'Unge, der er klar til et fritidsjob', 'kompetence'],
    ['s4', 'need', 'Færre tyverier og mere ro omkring butikken', 'kompetence'],
  ],
  helhedsplan: [
    ['h1', 'offer', 'Lån af mødelokale og køkken i beboerhuset', 'lokaler', 'adgang-til-flere-ressourcer'],
    ['h2', 'offer', 'Kontakt til familier og unge i boligområdet', 'maalgruppe', 'bredere-maalgruppe'],
    ['h3', 'need', 'Hjælp til at søge fonde til sommerferieaktiviteter', 'penge'],
    ['h4', 'need', 'Flere unge i fritidsjob og uddannelse', 'job'],
  ],
  beboerforening: [
    ['b1', 'offer', 'Frivillige voksne til arrangementer for unge', 'frivillige'],
    ['b2', 'offer', 'Viden om, hvad de unge i området efterspørger', 'kompetence'],
    ['b3', 'need', 'Lån af telte og grill til sommerfesten', 'lokaler'],
    ['b4', 'need', 'Sponsorater til sommerfesten', 'penge'],
  ],
  ungdomsskole: [
    ['u1', 'offer', 'Kursus i jobsøgning og første job for 14-17-årige', 'kompetence'],
    ['u2', 'offer', 'Lokaler og værksted om aftenen', 'lokaler'],
    ['u3', 'need', 'Flere tilmeldte unge fra boligområdet', 'maalgruppe'],
    ['u4', 'need', 'Virksomheder, der vil tage unge i praktik', 'kompetence'],
  ],
  idraet: [
    ['i1', 'offer', 'Trænere og rollemodeller for unge', 'frivillige'],
    ['i2', 'offer', 'Kontakt til mange unge gennem holdene', 'maalgruppe'],
    ['i3', 'need', 'Penge til kontingent for unge, der ikke har råd', 'penge'],
    ['i4', 'need', 'Frivillige til at hjælpe ved stævner', 'frivillige'],
  ],
  bibliotek: [
    ['l1', 'offer', 'Lektiehjælp og hjælp til CV på biblioteket', 'kompetence'],
    ['l2', 'offer', 'Gratis lokaler til foreninger', 'lokaler'],
    ['l3', 'need', 'Flere unge, der bruger biblioteket', 'maalgruppe'],
    ['l4', 'need', 'Frivillige til lektiecaféen', 'frivillige'],
  ],
  ssp: [
    ['p1', 'offer', 'Viden om unge i risiko for kriminalitet', 'kompetence'],
    ['p2', 'offer', 'Opsøgende medarbejdere, der møder unge på gaden', 'maalgruppe'],
    ['p3', 'need', 'Fritidsjob til unge, der er på vej ud i kriminalitet', 'kompetence'],
    ['p4', 'need', 'Voksne, der vil være rollemodeller', 'kompetence'],
  ],
};

export const LEISURE_CARDS: Record<string, Card[]> = Object.fromEntries(
  Object.entries(ROWS).map(([orgId, rows]) => [orgId, rows.map(([id, side, text, kind, valueId]) => ({ id, side, text, kind, valueId: valueId ?? null }))]),
);

/** Offer → need pairs a facilitator would expect the app to suggest. */
export const EXPECTED_PAIRS: readonly (readonly [string, string])[] = [
  ['j1', 's3'], // Vejledning om fritidsjob → Unge, der er klar til et fritidsjob
  ['j1', 'h4'],
  ['j1', 'p3'],
  ['u1', 's3'], // Kursus i jobsøgning og første job → … klar til et fritidsjob ("job" in "fritidsjob")
  ['s1', 'h4'], // Tre fritidsjob om året → Flere unge i fritidsjob og uddannelse
  ['s1', 'p3'],
  ['j2', 'u4'], // Kontakt til virksomheder → Virksomheder, der vil tage unge i praktik
  ['h1', 'j4'], // Lån af mødelokale → Et lokale til åben jobrådgivning
  ['u2', 'j4'],
  ['l2', 'j4'],
  ['h2', 'j3'], // Kontakt til familier og unge → Kontakt til unge, som ikke selv kommer
  ['h2', 'u3'],
  ['i2', 'j3'],
  ['p2', 'j3'],
  ['s2', 'b4'], // Overskudsvarer → Sponsorater til sommerfesten
  ['b1', 'i4'], // Frivillige voksne → Frivillige ved stævner
  ['b1', 'l4'],
  ['b1', 'p4'], // Frivillige voksne → Voksne, der vil være rollemodeller
  ['i1', 'p4'], // Trænere og rollemodeller → … rollemodeller
];

/** Pairs that make some sense: neither expected nor wrong when suggested. */
export const ACCEPTABLE_PAIRS: readonly (readonly [string, string])[] = [
  ['s1', 'u4'],
  ['s1', 's3'],
  ['j2', 'p3'],
  ['j2', 'h4'],
  ['u1', 'h4'],
  ['u1', 'p3'],
  ['h1', 'b3'],
  ['u2', 'b3'],
  ['l2', 'b3'],
  ['h2', 'l3'],
  ['i2', 'u3'],
  ['i2', 'l3'],
  ['p2', 'u3'],
  ['p2', 'l3'],
  ['b2', 'u3'],
  ['b2', 'j3'],
  ['h2', 's3'],
  ['i2', 's3'],
  ['l1', 's3'],
  ['s2', 'i3'],
  ['i1', 'i4'],
  ['i1', 'l4'],
  ['p1', 's4'],
  ['p1', 'p3'],
];

/** Pairs a facilitator would find nonsense. */
export const NONSENSE_PAIRS: readonly (readonly [string, string])[] = [
  ['s1', 'h3'], // Tre fritidsjob om året → Hjælp til at søge fonde
  ['s1', 'b3'],
  ['s2', 'h3'],
  ['b1', 'h3'],
  ['h1', 'i3'],
  ['l2', 's3'],
  ['p1', 'i3'],
  ['u2', 's4'],
  ['j1', 'b4'],
  ['l1', 'h3'],
  ['l1', 'b4'],
  ['b2', 's4'],
];

/** The meeting as a workshop in Gør hinanden stærkere, its cards shown, as a file imports it. */
export function leisureJobsWorkshop(): Workshop {
  const workshop = blankWorkshop('fritidsjob-noerreparken', LEISURE_JOBS_TITLE, Date.UTC(2026, 10, 1));
  workshop.setup = { ...workshop.setup, initiative: 'Fritidsjob til unge i boligområdet', date: '2026-11-24', place: 'Beboerhuset' };
  workshop.organisations = LEISURE_ORGANISATIONS;
  workshop.control = { ...workshop.control, phase: 'goer-hinanden-staerkere', areCardsShown: true };
  workshop.cards = LEISURE_CARDS;
  return workshop;
}
