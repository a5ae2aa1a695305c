import { ORGANISATION_RECORD } from '../domain/organisation.ts';
import { describe, expect, it } from 'vitest';
import { suggestedCards } from '../domain/actor-patterns.ts';
import { addOrganisation, removeOrganisation, setCoreValueEnabled, type CommandContext } from './commands.ts';
import {
  acceptSuggestion,
  addCard,
  addLink,
  answerProposal,
  ignoreSuggestion,
  proposeLink,
  removeCard,
  removeLink,
  setCardsShown,
  updateCard,
  updateLink,
  withdrawProposal,
} from './collaboration-commands.ts';
import { HOUSEKEEPING } from './origins.ts';
import { setPhaseLocked } from './progress-commands.ts';
import { bootRepository, storedState, useFreshDevice, value } from '../../tests/support/state.ts';
import { WorkshopDocs } from './workshop-docs.ts';
import { indexedDbStore } from './doc-store.ts';
import { newRecord, organisationsMap, readWorkshop, writeCollaborationSnapshot } from './workshop-layout.ts';
import type { WorkshopSession } from './workshop-session.ts';

const { track } = useFreshDevice();

/**
 * A workshop with a housing organisation, a school and a homework club, as the screen drives it:
 * every command its own undo step. `game` reads like the exercise.
 */
async function strengthening() {
  const repository = await bootRepository(track);
  const id = value(await repository.create('Gør hinanden stærkere i Nørreparken'));
  const opened = await repository.open(id);
  if (!opened) throw new Error('open failed');
  const session: WorkshopSession = track(opened);
  const context: CommandContext = { docs: session.docs };
  const bolig = value(addOrganisation(context, { name: 'Boligselskabet', actorType: 'boligrelaterede-organisationer', contact: '' })).id;
  const skole = value(addOrganisation(context, { name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' })).id;
  const klub = value(addOrganisation(context, { name: 'Lektieklubben', actorType: 'frivillige-organisationer', contact: '' })).id;
  const step = <T,>(command: () => T): T => {
    session.undo.stopCapturing();
    const result = command();
    session.undo.stopCapturing();
    return result;
  };
  const snapshot = () => readWorkshop(session.docs);
  const game = {
    offer: (orgId: string, text: string, kind = 'lokaler', valueId: string | null = null) => step(() => addCard(context, orgId, { side: 'offer', text, kind, valueId })),
    need: (orgId: string, text: string, kind = 'lokaler', valueId: string | null = null) => step(() => addCard(context, orgId, { side: 'need', text, kind, valueId })),
    link: (fromId: string, toId: string, text: string, offerCardId: string | null = null) => step(() => addLink(context, { fromId, toId, text, offerCardId })),
    /** A tablet's proposal: `proposerId` is one of the two ends. */
    propose: (proposerId: string, fromId: string, toId: string, text: string, offerCardId: string | null = null) =>
      step(() => proposeLink(context, proposerId, { fromId, toId, text, offerCardId })),
    answer: (linkId: string, answer: 'accepted' | 'declined', answererId: string | null) => step(() => answerProposal(context, linkId, answer, answererId)),
    /** The proposals not accepted as "from → to: text (answer, by proposer)". */
    proposals: () => {
      const workshop = snapshot();
      const nameOf = (orgId: string) => workshop.organisations.find((organisation) => organisation.id === orgId)?.name ?? '?';
      return workshop.linkProposals.map((link) => `${nameOf(link.fromId)} → ${nameOf(link.toId)}: ${link.text} (${link.answer}, ${nameOf(link.proposedBy)})`);
    },
    /** Each organisation's cards as "side: text (kind)". */
    cardsOf: (orgId: string) => (snapshot().cards[orgId] ?? []).map((card) => `${card.side}: ${card.text} (${card.kind}${card.valueId ? `, ${card.valueId}` : ''})`),
    /** The links as "from → to: text". */
    links: () => {
      const workshop = snapshot();
      const nameOf = (orgId: string) => workshop.organisations.find((organisation) => organisation.id === orgId)?.name ?? '?';
      return workshop.links.map((link) => `${nameOf(link.fromId)} → ${nameOf(link.toId)}: ${link.text}`);
    },
  };
  return { session, context, bolig, skole, klub, step, snapshot, game };
}


describe('cards (addCard, updateCard, removeCard)', () => {
  it('keeps each organisation\'s cards in its own document, in order, trimmed', async () => {
    const { session, bolig, klub, game } = await strengthening();
    value(game.offer(bolig, '  Lån af   beboerhuset ', 'lokaler', 'adgang-til-flere-ressourcer'));
    value(game.need(bolig, 'Viden om trivsel', 'kompetence'));
    value(game.need(klub, 'Lokaler til lektiehjælp'));
    expect(game.cardsOf(bolig)).toEqual(['offer: Lån af beboerhuset (lokaler, adgang-til-flere-ressourcer)', 'need: Viden om trivsel (kompetence)']);
    expect(game.cardsOf(klub)).toEqual(['need: Lokaler til lektiehjælp (lokaler)']);
    expect(session.docs.cardsDoc(bolig).getMap('cards').size).toBe(2);
    expect(session.docs.orgDoc(bolig).getMap('cards').size).toBe(0);
    expect(session.docs.setup.getMap('cards').size).toBe(0);
  });

  it('edits and removes a card, each an undo step', async () => {
    const { session, bolig, context, step, game } = await strengthening();
    const card = value(game.offer(bolig, 'Lån af beboerhuset'));
    value(step(() => updateCard(context, bolig, card.id, { text: 'Lån af festsalen', kind: 'lokaler', valueId: 'bredere-maalgruppe' })));
    expect(game.cardsOf(bolig)).toEqual(['offer: Lån af festsalen (lokaler, bredere-maalgruppe)']);
    value(step(() => removeCard(context, bolig, card.id)));
    expect(game.cardsOf(bolig)).toEqual([]);
    session.undo.undo();
    expect(game.cardsOf(bolig)).toEqual(['offer: Lån af festsalen (lokaler, bredere-maalgruppe)']);
    session.undo.undo();
    expect(game.cardsOf(bolig)).toEqual(['offer: Lån af beboerhuset (lokaler)']);
  });

  it.each<[string, string]>([
    ['an empty card', 'card-text-empty'],
    ['an unknown kind', 'card-kind-unknown'],
    ['a value not in play', 'value-missing'],
    ['the same text twice on one side', 'card-taken'],
    ['a card for an organisation not in the workshop', 'organisation-missing'],
    ['editing a card that is gone', 'card-missing'],
  ])('refuses %s and changes nothing', async (label, code) => {
    const { session, context, bolig, game } = await strengthening();
    value(game.offer(bolig, 'Lån af beboerhuset'));
    value(setCoreValueEnabled(context, 'oeget-faglighed', false));
    const before = storedState(session);
    const attempt = {
      'card-text-empty': () => game.offer(bolig, '  '),
      'card-kind-unknown': () => game.offer(bolig, 'Kage', 'kage'),
      'value-missing': () => game.offer(bolig, 'Faglig sparring', 'kompetence', 'oeget-faglighed'),
      'card-taken': () => game.offer(bolig, 'LÅN af beboerhuset'),
      'organisation-missing': () => game.offer('findesikke', 'Lån'),
      'card-missing': () => updateCard(context, bolig, 'findesikke', { text: 'Lån', kind: 'lokaler', valueId: null }),
    }[code];
    expect(attempt?.(), label).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
  });
});

describe('suggestions (acceptSuggestion, ignoreSuggestion)', () => {
  it('turns an accepted suggestion into an editable card and takes it off the list; undo puts both back', async () => {
    const { session, context, bolig, step, snapshot, game } = await strengthening();
    const [first] = suggestedCards('boligrelaterede-organisationer');
    if (!first) throw new Error('no suggestion');
    const card = value(step(() => acceptSuggestion(context, bolig, first.id, 'Kontakt til beboerne i blok 3')));
    expect(card).toMatchObject({ side: first.side, kind: first.kind, valueId: first.valueId, text: 'Kontakt til beboerne i blok 3' });
    expect(snapshot().settledSuggestions?.[bolig]).toEqual([first.id]);
    value(step(() => updateCard(context, bolig, card.id, { text: 'Kontakt til beboerne', kind: card.kind, valueId: null })));
    expect(game.cardsOf(bolig)).toEqual([`offer: Kontakt til beboerne (${first.kind})`]);
    expect(acceptSuggestion(context, bolig, first.id, 'Igen')).toMatchObject({ ok: false, problem: { code: 'suggestion-missing' } });
    session.undo.undo();
    session.undo.undo();
    expect(game.cardsOf(bolig)).toEqual([]);
    expect(snapshot().settledSuggestions?.[bolig]).toEqual([]);
  });

  it('ignores a suggestion without making a card; a suggestion of another actor type is refused', async () => {
    const { context, bolig, snapshot, game } = await strengthening();
    const offered = suggestedCards('boligrelaterede-organisationer').map((suggestion) => suggestion.id);
    value(ignoreSuggestion(context, bolig, offered[1] ?? ''));
    expect(snapshot().settledSuggestions?.[bolig]).toEqual([offered[1]]);
    expect(game.cardsOf(bolig)).toEqual([]);
    expect(ignoreSuggestion(context, bolig, 'sponsorat.offer')).toMatchObject({ ok: false, problem: { code: 'suggestion-missing' } });
  });

  it('offers to connect the others only to a core actor, the organisation the links tie to most', async () => {
    const { context, bolig, skole, klub } = await strengthening();
    const text = 'Vi kender alle i området';
    expect(acceptSuggestion(context, bolig, 'koble-aktoerer.offer', text)).toMatchObject({ ok: false, problem: { code: 'suggestion-missing' } });
    value(addLink(context, { fromId: bolig, toId: skole, text: 'låne dem lokaler', offerCardId: null }));
    value(addLink(context, { fromId: klub, toId: bolig, text: 'give dem flere hænder', offerCardId: null }));
    expect(value(acceptSuggestion(context, bolig, 'koble-aktoerer.offer', text))).toMatchObject({ side: 'offer', kind: 'netvaerk', valueId: 'staerkere-samarbejdsgrundlag' });
  });

  it('leaves out the value of a suggestion when the group has switched that value off', async () => {
    const { context, skole } = await strengthening();
    value(setCoreValueEnabled(context, 'oeget-faglighed', false));
    expect(value(acceptSuggestion(context, skole, 'faglig-viden.offer', 'Sundhedsplejersken fortæller')).valueId).toBeNull();
  });
});

describe('links (addLink, updateLink, removeLink)', () => {
  it('stores a link in the document of the organisation that strengthens', async () => {
    const { session, bolig, klub, game } = await strengthening();
    const card = value(game.offer(bolig, 'Lån af beboerhuset'));
    const link = value(game.link(bolig, klub, 'låne jer beboerhuset om tirsdagen', card.id));
    expect(link).toMatchObject({ fromId: bolig, toId: klub, offerCardId: card.id });
    expect(session.docs.orgDoc(bolig).getMap('links').size).toBe(1);
    expect(session.docs.orgDoc(klub).getMap('links').size).toBe(0);
    expect(game.links()).toEqual(['Boligselskabet → Lektieklubben: låne jer beboerhuset om tirsdagen']);
  });

  it('edits and removes a link; undo brings it back', async () => {
    const { session, context, bolig, skole, klub, step, game } = await strengthening();
    const link = value(game.link(bolig, klub, 'låne jer beboerhuset'));
    value(step(() => updateLink(context, link.id, { otherId: skole, text: 'låne jer festsalen' })));
    expect(game.links()).toEqual(['Boligselskabet → Skolen: låne jer festsalen']);
    value(step(() => removeLink(context, link.id)));
    expect(game.links()).toEqual([]);
    session.undo.undo();
    expect(game.links()).toEqual(['Boligselskabet → Skolen: låne jer festsalen']);
  });

  it('hides links to a removed organisation, and shows them again when it comes back', async () => {
    const { session, context, bolig, klub, game } = await strengthening();
    value(game.link(bolig, klub, 'låne jer beboerhuset'));
    value(removeOrganisation(context, klub));
    expect(game.links()).toEqual([]);
    session.undo.undo();
    expect(game.links()).toEqual(['Boligselskabet → Lektieklubben: låne jer beboerhuset']);
  });

  it.each<[string, string]>([
    ['a link to oneself', 'link-self'],
    ['a link to an organisation not in the workshop', 'organisation-missing'],
    ['a link with no text', 'link-text-empty'],
    ['the same link twice', 'link-duplicate'],
    ['a link from another organisation\'s card', 'card-missing'],
    ['a link from a need card', 'card-missing'],
    ['editing a link into a link to oneself', 'link-self'],
    ['removing a link that is gone', 'link-missing'],
  ])('refuses %s and changes nothing', async (label, code) => {
    const { session, context, bolig, skole, klub, game } = await strengthening();
    const offer = value(game.offer(skole, 'Gymnastiksalen'));
    const need = value(game.need(bolig, 'Et lokale'));
    const existing = value(game.link(bolig, klub, 'låne jer beboerhuset'));
    const before = storedState(session);
    const attempts: Record<string, () => unknown> = {
      'a link to oneself': () => game.link(bolig, bolig, 'hjælpe os selv'),
      'a link to an organisation not in the workshop': () => game.link(bolig, 'findesikke', 'hjælpe'),
      'a link with no text': () => game.link(bolig, skole, '   '),
      'the same link twice': () => game.link(bolig, klub, ' Låne jer  BEBOERHUSET'),
      'a link from another organisation\'s card': () => game.link(bolig, klub, 'låne salen', offer.id),
      'a link from a need card': () => game.link(bolig, klub, 'låne salen', need.id),
      'editing a link into a link to oneself': () => updateLink(context, existing.id, { otherId: bolig, text: 'noget' }),
      'removing a link that is gone': () => removeLink(context, 'findesikke'),
    };
    expect(attempts[label]?.(), label).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
  });
});

describe('link proposals (proposeLink, answerProposal, withdrawProposal)', () => {
  it('keeps a proposal in the proposer\'s document until the organisation asked says yes in its own', async () => {
    const { session, bolig, klub, game, snapshot } = await strengthening();
    const proposal = value(game.propose(klub, bolig, klub, 'låne os beboerhuset om tirsdagen'));
    expect(proposal).toMatchObject({ fromId: bolig, toId: klub, proposedBy: klub, answer: 'open' });
    // "Boligselskabet kan styrke os": stored with the Lektieklub, which is the one strengthened.
    expect(session.docs.orgDoc(klub).getMap('links').size).toBe(1);
    expect(session.docs.orgDoc(bolig).getMap('links').size).toBe(0);
    expect(game.links()).toEqual([]);
    expect(game.proposals()).toEqual(['Boligselskabet → Lektieklubben: låne os beboerhuset om tirsdagen (open, Lektieklubben)']);

    value(game.answer(proposal.id, 'accepted', bolig));
    expect(session.docs.orgDoc(bolig).getMap('linkAnswers').get(proposal.id)).toBe('accepted');
    expect(game.links()).toEqual(['Boligselskabet → Lektieklubben: låne os beboerhuset om tirsdagen']);
    expect(snapshot().links[0]?.proposedBy).toBe(klub);
    expect(game.proposals()).toEqual([]);
    session.undo.undo();
    expect(game.links()).toEqual([]);
    expect(game.proposals()).toHaveLength(1);
  });

  it('lets the organisation asked say no thanks, and the facilitator say yes for it afterwards', async () => {
    const { bolig, skole, game } = await strengthening();
    const proposal = value(game.propose(bolig, bolig, skole, 'holde et oplæg om trivsel'));
    value(game.answer(proposal.id, 'declined', skole));
    expect(game.proposals()).toEqual(['Boligselskabet → Skolen: holde et oplæg om trivsel (declined, Boligselskabet)']);
    expect(game.links()).toEqual([]);
    // Declined, it may be proposed again.
    value(game.propose(bolig, bolig, skole, 'holde et oplæg om trivsel'));
    value(game.answer(proposal.id, 'accepted', null));
    expect(game.links()).toEqual(['Boligselskabet → Skolen: holde et oplæg om trivsel']);
  });

  it('lets a tablet withdraw only its own proposals', async () => {
    const { context, bolig, klub, game } = await strengthening();
    const proposal = value(game.propose(klub, bolig, klub, 'låne os lokaler'));
    expect(withdrawProposal(context, bolig, proposal.id)).toMatchObject({ ok: false, problem: { code: 'link-missing' } });
    value(withdrawProposal(context, klub, proposal.id));
    expect(game.proposals()).toEqual([]);
  });

  it('lets the facilitator change the end of an accepted proposal that did not make it; the link stays with its maker', async () => {
    const { session, context, bolig, skole, klub, game } = await strengthening();
    const proposal = value(game.propose(klub, bolig, klub, 'låne os lokaler'));
    value(game.answer(proposal.id, 'accepted', bolig));
    value(updateLink(context, proposal.id, { otherId: bolig, text: 'låne os festsalen' }));
    expect(game.links()).toEqual(['Boligselskabet → Lektieklubben: låne os festsalen']);
    value(updateLink(context, proposal.id, { otherId: skole, text: 'låne os gymnastiksalen' }));
    expect(session.docs.orgDoc(klub).getMap('links').size).toBe(1);
    // The yes was Boligselskabet's: now Skolen is asked, and has not answered.
    expect(game.links()).toEqual([]);
    expect(game.proposals()).toEqual(['Skolen → Lektieklubben: låne os gymnastiksalen (open, Lektieklubben)']);
  });

  it.each<[string, string]>([
    ['a proposal the proposer is not part of', 'link-not-own'],
    ['a proposal that repeats an open one', 'link-duplicate'],
    ['a proposal that repeats a link', 'link-duplicate'],
    ['a link that repeats an open proposal', 'link-duplicate'],
    ['saying yes on behalf of another organisation', 'link-not-yours'],
    ['saying yes to one\'s own proposal', 'link-not-yours'],
    ['answering a link that is not a proposal', 'link-missing'],
    ['answering a proposal that is gone', 'link-missing'],
  ])('refuses %s and changes nothing', async (label, code) => {
    const { session, context, bolig, skole, klub, game } = await strengthening();
    const open = value(game.propose(klub, bolig, klub, 'låne os lokaler'));
    const made = value(game.link(skole, klub, 'lære jer om trivsel'));
    const before = storedState(session);
    const attempts: Record<string, () => unknown> = {
      'a proposal the proposer is not part of': () => game.propose(klub, bolig, skole, 'hjælpe'),
      'a proposal that repeats an open one': () => game.propose(bolig, bolig, klub, 'Låne os  lokaler'),
      'a proposal that repeats a link': () => game.propose(klub, skole, klub, 'lære jer om trivsel'),
      'a link that repeats an open proposal': () => game.link(bolig, klub, 'låne os lokaler'),
      'saying yes on behalf of another organisation': () => answerProposal(context, open.id, 'accepted', skole),
      "saying yes to one's own proposal": () => answerProposal(context, open.id, 'accepted', klub),
      'answering a link that is not a proposal': () => answerProposal(context, made.id, 'accepted', klub),
      'answering a proposal that is gone': () => answerProposal(context, 'findesikke', 'accepted', null),
    };
    expect(attempts[label]?.(), label).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
  });
});

describe('while the facilitator has locked Gør hinanden stærkere', () => {
  /** A workshop with a card of Boligselskabet's and a proposal to it from the Lektieklub, then locked. */
  async function locked() {
    const setUp = await strengthening();
    const { context, bolig, klub, game } = setUp;
    const card = value(game.offer(bolig, 'Beboerhuset om tirsdagen'));
    const proposal = value(game.propose(klub, bolig, klub, 'låne os lokaler'));
    value(setPhaseLocked(context, 'goer-hinanden-staerkere', true));
    return { ...setUp, card, proposal };
  }

  it.each<[string, 'add' | 'update' | 'remove' | 'accept' | 'ignore' | 'propose' | 'answer' | 'withdraw']>([
    ['a new card', 'add'],
    ['an edit of a card', 'update'],
    ['removing a card', 'remove'],
    ['accepting a suggestion', 'accept'],
    ['ignoring a suggestion', 'ignore'],
    ['a proposal', 'propose'],
    ["a tablet's answer to a proposal", 'answer'],
    ['withdrawing a proposal', 'withdraw'],
  ])('refuses %s and changes nothing; unlocked, it goes through', async (_label, command) => {
    const { session, context, bolig, skole, klub, card, proposal } = await locked();
    const [suggestion] = suggestedCards('boligrelaterede-organisationer');
    if (!suggestion) throw new Error('no suggestion');
    const before = storedState(session);
    const attempt = {
      add: () => addCard(context, bolig, { side: 'need', text: 'Flere frivillige', kind: 'lokaler', valueId: null }),
      update: () => updateCard(context, bolig, card.id, { text: 'Beboerhuset om onsdagen', kind: card.kind, valueId: null }),
      remove: () => removeCard(context, bolig, card.id),
      accept: () => acceptSuggestion(context, bolig, suggestion.id, 'Kontakt til beboerne'),
      ignore: () => ignoreSuggestion(context, bolig, suggestion.id),
      propose: () => proposeLink(context, skole, { fromId: skole, toId: bolig, text: 'holde et oplæg', offerCardId: null }),
      answer: () => answerProposal(context, proposal.id, 'accepted', bolig),
      withdraw: () => withdrawProposal(context, klub, proposal.id),
    }[command];
    expect(attempt()).toMatchObject({ ok: false, problem: { code: 'phase-locked', params: { phase: 'goer-hinanden-staerkere' } } });
    expect(storedState(session)).toBe(before);
    value(setPhaseLocked(context, 'goer-hinanden-staerkere', false));
    expect(attempt().ok).toBe(true);
  });

  it('lets the facilitator answer a proposal for an organisation meanwhile', async () => {
    const { proposal, game } = await locked();
    value(game.answer(proposal.id, 'accepted', null));
    expect(game.links()).toEqual(['Boligselskabet → Lektieklubben: låne os lokaler']);
  });

  it("is not held back by another phase's lock (the warm-up's)", async () => {
    const { context, bolig, game } = await strengthening();
    value(setPhaseLocked(context, 'opvarmning', true));
    value(game.offer(bolig, 'Beboerhuset om tirsdagen'));
    expect(game.cardsOf(bolig)).toEqual(['offer: Beboerhuset om tirsdagen (lokaler)']);
  });
});

describe('setCardsShown', () => {
  it('opens the cards up to every device, as an undo step of its own', async () => {
    const { session, context, snapshot } = await strengthening();
    expect(snapshot().control.areCardsShown).toBe(false);
    value(setCardsShown(context, true));
    expect(snapshot().control.areCardsShown).toBe(true);
    session.undo.undo();
    expect(snapshot().control.areCardsShown).toBe(false);
  });
});

describe('writeCollaborationSnapshot', () => {
  it('writes cards, links and settled suggestions into fresh documents, not as undo steps', async () => {
    const { snapshot, bolig, skole, klub, game, context } = await strengthening();
    const card = value(game.offer(bolig, 'Lån af beboerhuset'));
    value(game.need(klub, 'Lokaler'));
    value(game.link(bolig, klub, 'låne jer beboerhuset', card.id));
    value(game.link(skole, bolig, 'undervise i trivsel'));
    value(ignoreSuggestion(context, bolig, 'lokaler.offer'));
    // A proposal accepted, one declined, one open, each kept as it was.
    value(game.answer(value(game.propose(klub, skole, klub, 'låne os gymnastiksalen')).id, 'accepted', skole));
    value(game.answer(value(game.propose(skole, skole, bolig, 'holde et oplæg')).id, 'declined', bolig));
    value(game.propose(bolig, klub, bolig, 'give os frivillige'));
    const original = snapshot();

    const fresh = track(new WorkshopDocs('kopi', indexedDbStore()));
    await fresh.whenLoaded();
    // The organisations come from the setup part of an import; here they are copied as they are.
    fresh.setup.transact(() => {
      original.organisations.forEach((organisation, position) =>
        organisationsMap(fresh).set(organisation.id, newRecord(ORGANISATION_RECORD, { name: organisation.name, actorType: organisation.actorType, contact: '', position })),
      );
    });
    const origins: unknown[] = [];
    fresh.forEachDoc((doc) => doc.on('afterTransaction', (transaction) => origins.push(transaction.origin)));
    writeCollaborationSnapshot(fresh, original);
    const copied = readWorkshop(fresh);
    expect(copied.cards).toEqual(original.cards);
    expect(copied.links).toEqual(original.links);
    expect(copied.links.map((link) => link.proposedBy ?? null)).toEqual([null, null, klub]);
    expect(copied.linkProposals).toEqual(original.linkProposals);
    expect(copied.linkProposals.map((link) => link.answer)).toEqual(['open', 'declined']);
    expect(copied.settledSuggestions).toEqual(original.settledSuggestions);
    expect(origins.length).toBeGreaterThan(0);
    expect(origins.every((origin) => origin === HOUSEKEEPING)).toBe(true);
  });
});
