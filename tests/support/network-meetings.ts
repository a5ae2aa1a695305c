import type { ActorTypeId } from '../../src/domain/actor-type.ts';
import type { Agreement, CollaborationForm } from '../../src/domain/agreement.ts';
import { blankWorkshop, type Workshop } from '../../src/domain/workshop.ts';

/*
 * Two meetings of one collaboration group, half a year apart, for the network over time: the shape of
 * the hand-computed example in src/domain/network-over-time.test.ts with real names. Spring: four
 * organisations, one tie (Beboerforeningen–Skolen). Autumn: the same four (the school typed in lower
 * case this time), Røde Kors and the library; ties Beboerforeningen–Skolen, Købmanden–Boligselskabet,
 * Beboerforeningen–Røde Kors, Skolen–Røde Kors. Before → after: organisations 4 → 6, ties 1 → 4,
 * density 0,17 → 0,27, cross-sector 100 % → 75 %, without ties "Boligselskabet Ålykke, Købmanden
 * i Nørreparken" → "Biblioteket Nørreparken"; new ties 3, kept 1, ended 0.
 */

export const SPRING_TITLE = 'Samarbejdsgruppen i Nørreparken, forår';
export const AUTUMN_TITLE = 'Samarbejdsgruppen i Nørreparken, efterår';

function org(id: string, name: string, actorType: ActorTypeId) {
  return { id, name, actorType, contact: '' };
}

function agreement(id: string, what: string, organisationIds: string[], form: CollaborationForm): Agreement {
  const [coordinatorId = ''] = organisationIds;
  return { id, what, organisationIds, coordinatorId, firstStep: '', date: '', form, followUpDate: '', linkId: null, status: null, statusNote: '' };
}

function link(id: string, fromId: string, toId: string, text: string) {
  return { id, fromId, toId, text, offerCardId: null };
}

export function springMeeting(): Workshop {
  const workshop = blankWorkshop('moede-foraar', SPRING_TITLE, Date.UTC(2026, 3, 1));
  workshop.setup = { ...workshop.setup, date: '2026-05-06' };
  workshop.organisations = [
    org('bf', 'Beboerforeningen Nørreparken', 'beboerdrevne-foreninger'),
    org('sk', 'Nørreparkens Skole', 'kommunale-institutioner'),
    org('kb', 'Købmanden i Nørreparken', 'erhvervsdrivende'),
    org('al', 'Boligselskabet Ålykke', 'boligrelaterede-organisationer'),
  ];
  workshop.links = [link('l1', 'bf', 'sk', 'låne skolens gymnastiksal til sommerfesten')];
  return workshop;
}

export function autumnMeeting(): Workshop {
  const workshop = blankWorkshop('moede-efteraar', AUTUMN_TITLE, Date.UTC(2026, 9, 1));
  workshop.setup = { ...workshop.setup, date: '2026-11-04' };
  workshop.organisations = [
    org('a', 'Beboerforeningen Nørreparken', 'beboerdrevne-foreninger'),
    org('b', 'nørreparkens skole', 'kommunale-institutioner'),
    org('c', 'Købmanden i Nørreparken', 'erhvervsdrivende'),
    org('d', 'Boligselskabet Ålykke', 'boligrelaterede-organisationer'),
    org('e', 'Røde Kors Nørreparken', 'frivillige-organisationer'),
    org('f', 'Biblioteket Nørreparken', 'andre-aktoerer'),
  ];
  workshop.links = [
    link('l1', 'a', 'b', 'låne skolens gymnastiksal til sommerfesten'),
    link('l2', 'b', 'a', 'fortælle forældrene om foreningens aktiviteter'),
    link('l3', 'c', 'd', 'give overskudsvarer til beboerhuset'),
  ];
  workshop.agreements = [
    agreement('g1', 'Fælles lektiecafé om tirsdagen', ['a', 'b', 'e'], 'samordne'),
    agreement('g2', 'Røde Kors fortæller om frivilligt arbejde', ['a', 'e'], 'videndele'),
  ];
  return workshop;
}
