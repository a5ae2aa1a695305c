import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { AgreementParties } from './agreement.ts';
import type { LinkEnds } from './link.ts';
import type { PhaseId } from './phase.ts';
import type { BoardRules } from './value-piece.ts';
import { applyAndReadChanges, checkWrite, type Writer } from './write-check.ts';
import type { DocPart } from './workshop-doc.ts';

/*
 * The check of what a device wrote: a device's document is a copy of the server's; it makes a change,
 * its update is applied to a scratch copy of the server's document, and the check reads that back.
 */

const OPEN: BoardRules = { isLocked: false, valuesInPlay: ['bredere-maalgruppe', 'oeget-faglighed'] };
const LOCKED: BoardRules = { ...OPEN, isLocked: true };
const TABLET: Writer = { kind: 'participant', organisationId: 'orgA' };
const FACILITATOR: Writer = { kind: 'facilitator' };
/** Organisation A coordinates the first agreement, is part of the second, and not of the third. */
const AGREEMENTS: AgreementParties[] = [
  { id: 'ag1', organisationIds: ['orgA', 'orgB'], coordinatorId: 'orgA' },
  { id: 'ag2', organisationIds: ['orgB', 'orgA'], coordinatorId: 'orgB' },
  { id: 'ag3', organisationIds: ['orgB'], coordinatorId: 'orgB' },
];

function entry(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

/** The server's copy of one of organisation A's documents, as an honest tablet wrote it: a placed piece, or a card. */
function serverDoc(part: DocPart): Y.Doc {
  const doc = new Y.Doc();
  if (part === 'pieces/orgA') doc.getMap('placed').set('bredere-maalgruppe', entry({ example: 'Vi møder flere unge', order: 0 }));
  if (part === 'cards/orgA') doc.getMap('cards').set('card1', entry({ side: 'offer', text: 'Lokaler om aftenen', kind: 'lokaler', valueId: null, order: 0 }));
  if (part === 'org/orgA') {
    // What version 1 kept here: a piece not yet moved to the pieces document.
    doc.getMap('placed').set('bredere-maalgruppe', entry({ example: 'Fra version 1', order: 0 }));
    // An answer given while A was still part of the third agreement.
    doc.getMap('agreementAnswers').set('ag3', entry({ isIn: true, comment: 'Vi tager kaffen med', firstStep: null }));
    // A's proposal to B, and a link the facilitator made from A.
    doc.getMap('links').set('proposal0', entry({ toId: 'orgB', text: 'låne jer lokaler', offerCardId: null, fromId: null, isProposal: true, order: 0 }));
    doc.getMap('links').set('link0', entry({ toId: 'orgB', text: 'dele viden', offerCardId: null, order: 1 }));
    doc.getMap('drivers').set('a0', entry({ text: 'Glæde', order: 0 }));
    doc.getMap('done').set('opvarmning', true);
  }
  // The facilitator has locked the warm-up once before (the lock map exists).
  if (part === 'control') doc.getMap('locks').set('opvarmning', true);
  return doc;
}

/** Where the links and proposals of the workshop run, as their makers' documents hold them. */
const LINK_ENDS: Record<string, LinkEnds> = {
  // B: "Vi kan styrke A ved at …" — A answers.
  'b-gives-a': { makerId: 'orgB', fromId: 'orgB', toId: 'orgA' },
  // B: "A kan styrke os ved at …" — A answers.
  'b-asks-a': { makerId: 'orgB', fromId: 'orgA', toId: 'orgB' },
  // B: "Vi kan styrke C ved at …" — C answers, not A.
  'b-gives-c': { makerId: 'orgB', fromId: 'orgB', toId: 'orgC' },
  // A's own proposal to B — B answers.
  proposal0: { makerId: 'orgA', fromId: 'orgA', toId: 'orgB' },
};

/** A link record as a tablet writes it: a proposal. */
function proposal(fields: Record<string, unknown>): Y.Map<unknown> {
  return entry({ text: 'hjælpe', offerCardId: null, fromId: null, isProposal: true, order: 2, ...fields });
}

/** Organisation A's pieces on the board, and its cards. */
const PIECES: DocPart = 'pieces/orgA';
const CARDS: DocPart = 'cards/orgA';

interface Case {
  name: string;
  part?: DocPart;
  writer?: Writer;
  rules?: BoardRules;
  /** The phases the facilitator has locked (none unless given). */
  locked?: readonly PhaseId[];
  write: (doc: Y.Doc) => void;
  /** The refusal's code, or null when the write stands. */
  refused: string | null;
}

const cases: Case[] = [
  { part: PIECES, name: 'placing a piece of a value in play', write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: '', order: 1 })), refused: null },
  { part: PIECES, name: 'writing an example', write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 'Nyt eksempel'), refused: null },
  { part: PIECES, name: 'taking a piece back', write: (doc) => doc.getMap('placed').delete('bredere-maalgruppe'), refused: null },
  { part: PIECES, name: 'marking a placed piece most important', write: (doc) => doc.getMap('section').set('mostImportant', 'bredere-maalgruppe'), refused: null },
  { part: PIECES, name: 'a record with a field this version does not know (a newer app)', write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: '', order: 1, colourHint: 'blue' })), refused: null },
  { part: PIECES, name: 'a record without a field that has a fallback (an older app)', write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: 'x' })), refused: null },
  { part: PIECES, name: 'a placed entry that is a number, not a record', write: (doc) => doc.getMap('placed').set('oeget-faglighed', 7), refused: 'write-wrong-shape' },
  { part: PIECES, name: 'an example of a million characters', write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 'x'.repeat(1_000_000)), refused: 'write-wrong-field' },
  { part: PIECES, name: 'an example of 281 characters', write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 'æ'.repeat(281)), refused: 'write-wrong-field' },
  { part: PIECES, name: 'an order that is text', write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: '', order: 'first' })), refused: 'write-wrong-field' },
  { part: PIECES, name: 'a record inside a record', write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', new Y.Text('x')), refused: 'write-wrong-shape' },
  { part: PIECES, name: 'a field written as a nested map into an existing record', write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('extra', new Y.Map()), refused: 'write-wrong-shape' },
  { part: PIECES, name: 'list content in a top-level map', write: (doc) => doc.getArray('placed').insert(0, ['junk']), refused: 'write-wrong-shape' },
  { name: 'a top-level map the app does not know', write: (doc) => doc.getMap('stickers').set('x', 1), refused: 'write-unknown-map' },
  // Version 1 kept the pieces in the organisation's document; a tablet still running it is refused there.
  { name: 'a piece placed in the organisation document (an app from before the pieces had their own)', write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: '', order: 1 })), refused: 'write-unknown-map' },
  {
    name: 'emptying the pieces map of the organisation document (the migration to version 2)',
    writer: FACILITATOR,
    write: (doc) => doc.getMap('placed').delete('bredere-maalgruppe'),
    refused: null,
  },
  { name: 'changing a record in the old pieces map of the organisation document', write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 'x'), refused: 'write-unknown-map' },
  { name: 'a card in the organisation document (an app from before the cards had their own)', write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'x', kind: 'lokaler', valueId: null, order: 1 })), refused: 'write-unknown-map' },
  { part: PIECES, name: 'a card in the pieces document', write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'x', kind: 'lokaler', valueId: null, order: 1 })), refused: 'write-unknown-map' },
  { part: 'tally', writer: FACILITATOR, name: 'a count in the tally that is not a whole number', write: (doc) => doc.getMap('pieces').set('orgA', 1.5), refused: 'write-wrong-field' },
  { part: PIECES, name: 'a prototype key as a value id', write: (doc) => doc.getMap('placed').set('__proto__', entry({ example: '', order: 1 })), refused: 'write-wrong-key' },
  { part: CARDS, name: 'an id with a slash', write: (doc) => doc.getMap('cards').set('a/b', entry({ side: 'offer', text: 'x', kind: 'lokaler', valueId: null, order: 1 })), refused: 'write-wrong-key' },
  { part: PIECES, name: 'placing while the board is locked', rules: LOCKED, write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: '', order: 1 })), refused: 'board-locked' },
  { part: PIECES, name: 'writing an example while the board is locked', rules: LOCKED, write: (doc) => (doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).set('example', 'x'), refused: 'board-locked' },
  { part: PIECES, name: 'marking while the board is locked', rules: LOCKED, write: (doc) => doc.getMap('section').set('mostImportant', 'bredere-maalgruppe'), refused: 'board-locked' },
  { part: PIECES, name: 'placing a value not in play', write: (doc) => doc.getMap('placed').set('stoerre-socialt-ansvar', entry({ example: '', order: 1 })), refused: 'value-missing' },
  { part: PIECES, name: 'marking a piece that is not placed', write: (doc) => doc.getMap('section').set('mostImportant', 'oeget-faglighed'), refused: 'piece-not-placed' },
  { part: CARDS, name: 'a card of the kind for jobs, internships and leisure jobs', write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'Tre fritidsjob om året', kind: 'job', valueId: null, order: 1 })), refused: null },
  { part: CARDS, name: 'a card of an unknown kind', write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'x', kind: 'magic', valueId: null, order: 1 })), refused: 'write-wrong-field' },
  { part: CARDS, name: 'a card without text', write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', kind: 'lokaler', valueId: null, order: 1 })), refused: 'write-wrong-field' },
  { part: CARDS, name: 'a card naming a value not in play', write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'need', text: 'x', kind: 'lokaler', valueId: 'nope', order: 1 })), refused: 'value-missing' },
  // Links: a tablet proposes ("Vi kan styrke B", "B kan styrke os"); the other end says yes in its own document.
  { name: 'proposing to strengthen another organisation', write: (doc) => doc.getMap('links').set('l1', proposal({ toId: 'orgB' })), refused: null },
  { name: 'proposing that another organisation strengthens us', write: (doc) => doc.getMap('links').set('l1', proposal({ fromId: 'orgB', toId: 'orgA' })), refused: null },
  { name: 'a link made at once, not proposed (an app from before proposals)', write: (doc) => doc.getMap('links').set('l1', entry({ toId: 'orgB', text: 'låne lokaler', offerCardId: null, order: 0 })), refused: 'link-not-proposal' },
  { name: 'turning its own proposal into a link', write: (doc) => (doc.getMap('links').get('proposal0') as Y.Map<unknown>).set('isProposal', false), refused: 'link-not-proposal' },
  { name: 'changing the text of a link the facilitator made', write: (doc) => (doc.getMap('links').get('link0') as Y.Map<unknown>).set('text', 'noget andet'), refused: 'link-not-proposal' },
  { name: 'withdrawing its own proposal', write: (doc) => doc.getMap('links').delete('proposal0'), refused: null },
  { name: 'a proposal to itself', write: (doc) => doc.getMap('links').set('l1', proposal({ toId: 'orgA' })), refused: 'link-self' },
  { name: 'a proposal from itself to itself, named', write: (doc) => doc.getMap('links').set('l1', proposal({ fromId: 'orgA', toId: 'orgA' })), refused: 'link-self' },
  { name: 'a proposal between two other organisations', write: (doc) => doc.getMap('links').set('l1', proposal({ fromId: 'orgB', toId: 'orgC' })), refused: 'link-not-own' },
  { name: 'a proposal to an organisation not in the workshop', write: (doc) => doc.getMap('links').set('l1', proposal({ toId: 'orgZ' })), refused: 'organisation-missing' },
  { name: 'a proposal from an organisation not in the workshop', write: (doc) => doc.getMap('links').set('l1', proposal({ fromId: 'orgZ', toId: 'orgA' })), refused: 'organisation-missing' },
  { name: 'a proposal whose proposal flag is text', write: (doc) => doc.getMap('links').set('l1', proposal({ toId: 'orgB', isProposal: 'yes' })), refused: 'write-wrong-field' },
  { name: 'the facilitator making a link at once', writer: FACILITATOR, write: (doc) => doc.getMap('links').set('l1', entry({ toId: 'orgB', text: 'låne lokaler', offerCardId: null, order: 0 })), refused: null },
  { name: 'saying yes to a proposal that B strengthens us', write: (doc) => doc.getMap('linkAnswers').set('b-gives-a', 'accepted'), refused: null },
  { name: 'saying no to a proposal that we strengthen B', write: (doc) => doc.getMap('linkAnswers').set('b-asks-a', 'declined'), refused: null },
  { name: 'saying yes on behalf of another organisation (B asked C)', write: (doc) => doc.getMap('linkAnswers').set('b-gives-c', 'accepted'), refused: 'link-not-yours' },
  { name: 'saying yes to its own proposal', write: (doc) => doc.getMap('linkAnswers').set('proposal0', 'accepted'), refused: 'link-not-yours' },
  { name: 'answering a proposal withdrawn meanwhile (never read)', write: (doc) => doc.getMap('linkAnswers').set('gone', 'accepted'), refused: null },
  { name: 'an answer that is not one', write: (doc) => doc.getMap('linkAnswers').set('b-gives-a', 'maybe'), refused: 'write-wrong-field' },
  { name: 'the facilitator answering for C', writer: FACILITATOR, write: (doc) => doc.getMap('linkAnswers').set('b-gives-c', 'accepted'), refused: null },
  {
    name: 'a fourth warm-up answer',
    write: (doc) => {
      for (const id of ['a1', 'a2', 'a3', 'a4']) doc.getMap('drivers').set(id, entry({ text: `Svar ${id}`, order: 0 }));
    },
    refused: 'write-too-many',
  },
  // Answers to the agreements, in the organisation's own document.
  { name: 'saying "Vi er med" to an agreement it is part of', write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ isIn: true })), refused: null },
  { name: 'a comment on an agreement it is part of', write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ isIn: false, comment: 'Kun om torsdagen', firstStep: null })), refused: null },
  { name: 'a comment of 280 characters', write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ comment: 'æ'.repeat(280) })), refused: null },
  { name: 'a comment of 281 characters', write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ comment: 'æ'.repeat(281) })), refused: 'write-wrong-field' },
  { name: 'an answer to an agreement it is not part of', write: (doc) => doc.getMap('agreementAnswers').set('ag3', entry({ isIn: true, comment: '', firstStep: null })), refused: 'agreement-not-involved' },
  { name: 'changing an answer to an agreement it has left', write: (doc) => (doc.getMap('agreementAnswers').get('ag3') as Y.Map<unknown>).set('comment', 'Alligevel'), refused: 'agreement-not-involved' },
  { name: 'taking back an answer to an agreement it has left', write: (doc) => doc.getMap('agreementAnswers').delete('ag3'), refused: null },
  { name: 'an answer to an agreement that does not exist', write: (doc) => doc.getMap('agreementAnswers').set('agX', entry({ isIn: true })), refused: 'agreement-missing' },
  { name: "the coordinator's first step", write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ isIn: true, comment: '', firstStep: 'Vi ringer til skolen mandag' })), refused: null },
  { name: 'a first step from an organisation that is not the coordinator', write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ isIn: true, firstStep: 'Vi ringer mandag' })), refused: 'agreement-not-coordinator' },
  { name: 'an empty first step from an organisation that is not the coordinator', write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ firstStep: '' })), refused: 'agreement-not-coordinator' },
  { name: "a coordinator's first step of 201 characters", write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ firstStep: 'x'.repeat(201) })), refused: 'write-wrong-field' },
  { name: 'an answer that is "yes" as text', write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ isIn: 'ja' })), refused: 'write-wrong-field' },
  { name: "the facilitator writing the coordinator's first step", writer: FACILITATOR, write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ firstStep: 'Mandag' })), refused: null },
  { part: CARDS, name: 'an answer in the cards document', write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ isIn: true })), refused: 'write-unknown-map' },
  // The facilitator's per-phase lock (the warm-up), and "Vi er færdige".
  { name: 'a warm-up answer', write: (doc) => doc.getMap('drivers').set('a1', entry({ text: 'Nye kunder', order: 0 })), refused: null },
  { name: 'a warm-up answer while the warm-up is locked', locked: ['opvarmning'], write: (doc) => doc.getMap('drivers').set('a1', entry({ text: 'Nye kunder', order: 0 })), refused: 'phase-locked' },
  { name: 'changing a warm-up answer while the warm-up is locked', locked: ['opvarmning'], write: (doc) => (doc.getMap('drivers').get('a0') as Y.Map<unknown>).set('text', 'Glæde og ro'), refused: 'phase-locked' },
  { name: 'removing a warm-up answer while the warm-up is locked', locked: ['opvarmning'], write: (doc) => doc.getMap('drivers').delete('a0'), refused: 'phase-locked' },
  { name: 'removing a warm-up answer', write: (doc) => doc.getMap('drivers').delete('a0'), refused: null },
  { name: 'a warm-up answer while another phase is locked', locked: ['goer-hinanden-staerkere', 'vaerdispillet'], write: (doc) => doc.getMap('drivers').set('a1', entry({ text: 'Nye kunder', order: 0 })), refused: null },
  { name: 'the facilitator writing an answer while the warm-up is locked', writer: FACILITATOR, locked: ['opvarmning'], write: (doc) => doc.getMap('drivers').set('a1', entry({ text: 'Nye kunder', order: 0 })), refused: null },
  {
    name: 'a link proposed while the warm-up is locked',
    locked: ['opvarmning'],
    write: (doc) => doc.getMap('links').set('l1', entry({ toId: 'orgB', text: 'låne lokaler', offerCardId: null, fromId: null, isProposal: true, order: 0 })),
    refused: null,
  },
  // Gør hinanden stærkere's lock covers the cards, the suggestions, the links and the answers to proposals.
  { part: CARDS, name: 'a card while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'x', kind: 'lokaler', valueId: null, order: 1 })), refused: 'phase-locked' },
  { part: CARDS, name: 'changing a card while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => (doc.getMap('cards').get('card1') as Y.Map<unknown>).set('text', 'Lokaler om natten'), refused: 'phase-locked' },
  { part: CARDS, name: 'removing a card while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('cards').delete('card1'), refused: 'phase-locked' },
  { part: CARDS, name: 'a suggestion decided while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('suggestions').set('pattern:x', 'ignored'), refused: 'phase-locked' },
  { name: 'a link proposed while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('links').set('l1', proposal({ toId: 'orgB' })), refused: 'phase-locked' },
  { name: 'withdrawing a proposal while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('links').delete('proposal0'), refused: 'phase-locked' },
  { name: 'answering a proposal while Gør hinanden stærkere is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('linkAnswers').set('b-gives-a', 'accepted'), refused: 'phase-locked' },
  { part: CARDS, name: 'a card while the warm-up is locked', locked: ['opvarmning'], write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'x', kind: 'lokaler', valueId: null, order: 1 })), refused: null },
  { part: CARDS, name: 'the facilitator writing a card while Gør hinanden stærkere is locked', writer: FACILITATOR, locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('cards').set('card2', entry({ side: 'offer', text: 'x', kind: 'lokaler', valueId: null, order: 1 })), refused: null },
  { name: 'the facilitator answering for C while Gør hinanden stærkere is locked', writer: FACILITATOR, locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('linkAnswers').set('b-gives-c', 'accepted'), refused: null },
  // Aftaler's lock covers the answers to the agreements.
  { name: 'saying "Vi er med" while Aftaler is locked', locked: ['aftaler'], write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ isIn: true })), refused: 'phase-locked' },
  { name: 'changing a comment while Aftaler is locked', locked: ['aftaler'], write: (doc) => (doc.getMap('agreementAnswers').get('ag3') as Y.Map<unknown>).set('comment', 'Alligevel'), refused: 'phase-locked' },
  { name: "the coordinator's first step while Aftaler is locked", locked: ['aftaler'], write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ isIn: true, comment: '', firstStep: 'Vi ringer mandag' })), refused: 'phase-locked' },
  { name: 'taking back an answer while Aftaler is locked', locked: ['aftaler'], write: (doc) => doc.getMap('agreementAnswers').delete('ag3'), refused: 'phase-locked' },
  { name: 'saying "Vi er med" while the other phases are locked', locked: ['opvarmning', 'vaerdispillet', 'goer-hinanden-staerkere'], write: (doc) => doc.getMap('agreementAnswers').set('ag2', entry({ isIn: true })), refused: null },
  { name: "the facilitator writing the coordinator's first step while Aftaler is locked", writer: FACILITATOR, locked: ['aftaler'], write: (doc) => doc.getMap('agreementAnswers').set('ag1', entry({ firstStep: 'Mandag' })), refused: null },
  { name: 'a warm-up answer while Aftaler is locked', locked: ['aftaler'], write: (doc) => doc.getMap('drivers').set('a1', entry({ text: 'Nye kunder', order: 0 })), refused: null },
  { name: 'saying "Vi er færdige" with Aftaler while it is locked', locked: ['aftaler'], write: (doc) => doc.getMap('done').set('aftaler', true), refused: null },
  { name: 'saying "Vi er færdige" with Gør hinanden stærkere while it is locked', locked: ['goer-hinanden-staerkere'], write: (doc) => doc.getMap('done').set('goer-hinanden-staerkere', true), refused: null },
  { name: 'saying "Vi er færdige" with the value game', write: (doc) => doc.getMap('done').set('vaerdispillet', true), refused: null },
  { name: 'saying "Vi er færdige" while the value game is locked', locked: ['vaerdispillet'], write: (doc) => doc.getMap('done').set('vaerdispillet', true), refused: null },
  { name: 'saying "Vi er færdige" again while the warm-up is locked', locked: ['opvarmning'], write: (doc) => doc.getMap('done').set('opvarmning', true), refused: null },
  { name: 'taking "Vi er færdige" back', write: (doc) => doc.getMap('done').delete('opvarmning'), refused: null },
  { name: 'done with a phase that does not exist', write: (doc) => doc.getMap('done').set('dans', true), refused: 'write-wrong-key' },
  { name: 'done as something else than true', write: (doc) => doc.getMap('done').set('opvarmning', 'ja'), refused: 'write-wrong-field' },
  { name: 'done written as a record', write: (doc) => doc.getMap('done').set('opvarmning', entry({ isDone: true })), refused: 'write-wrong-field' },
  { name: 'locking the warm-up', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('locks').set('opvarmning', true), refused: null },
  { name: 'unlocking the warm-up', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('locks').delete('opvarmning'), refused: null },
  { name: 'a lock of a phase that does not exist', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('locks').set('dans', true), refused: 'write-wrong-key' },
  { name: 'a lock that is not true', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('locks').set('opvarmning', false), refused: 'write-wrong-field' },
  { part: CARDS, name: 'a suggestion decided', write: (doc) => doc.getMap('suggestions').set('pattern:x', 'accepted'), refused: null },
  { part: CARDS, name: 'a suggestion decision that is not one', write: (doc) => doc.getMap('suggestions').set('pattern:x', 'maybe'), refused: 'write-wrong-field' },
  // The facilitator is held to the records' shapes, not to the game's rules (it may place for a table while locked).
  { part: PIECES, name: 'the facilitator placing while locked', writer: FACILITATOR, rules: LOCKED, write: (doc) => doc.getMap('placed').set('oeget-faglighed', entry({ example: '', order: 1 })), refused: null },
  { part: PIECES, name: 'the facilitator writing a wrong record', writer: FACILITATOR, write: (doc) => doc.getMap('placed').set('oeget-faglighed', 'x'), refused: 'write-wrong-shape' },
  // The setup and control documents.
  { name: 'renaming the workshop', part: 'setup', writer: FACILITATOR, write: (doc) => doc.getMap('facts').set('title', 'Netværksmøde'), refused: null },
  { name: 'a title of 81 characters', part: 'setup', writer: FACILITATOR, write: (doc) => doc.getMap('facts').set('title', 'x'.repeat(81)), refused: 'write-wrong-field' },
  { name: 'an organisation of an unknown actor type', part: 'setup', writer: FACILITATOR, write: (doc) => doc.getMap('organisations').set('o1', entry({ name: 'Netto', actorType: 'alien', contact: '', position: 0 })), refused: 'write-wrong-field' },
  { name: 'an agreement without a coordinator', part: 'setup', writer: FACILITATOR, write: (doc) => doc.getMap('agreements').set('ag1', entry({ what: 'Lektiecafé', organisationIds: ['o1'], order: 0 })), refused: 'write-wrong-field' },
  {
    name: 'an agreement whose coordinator is not one of its organisations',
    part: 'setup',
    writer: FACILITATOR,
    write: (doc) => doc.getMap('agreements').set('ag1', entry({ what: 'Lektiecafé', organisationIds: ['o1'], coordinatorId: 'o2', order: 0 })),
    refused: 'write-wrong-field',
  },
  { name: 'locking the board', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('control').set('isLocked', true), refused: null },
  { name: 'a phase that does not exist', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('control').set('phase', 'dans'), refused: 'write-wrong-field' },
  { name: 'a timer of a phase that does not exist', part: 'control', writer: FACILITATOR, write: (doc) => doc.getMap('timers').set('dans', entry({ durationMs: 1000, startedAt: null, elapsedBeforeMs: 0 })), refused: 'write-wrong-key' },
];

describe('checkWrite', () => {
  it.each(cases)('$name → $refused', ({ part = 'org/orgA', writer = TABLET, rules = OPEN, locked = [], write, refused }) => {
    const server = serverDoc(part);
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(device);
    device.transact(() => write(device));
    const update = Y.encodeStateAsUpdate(device, before);

    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(server));
    const changes = applyAndReadChanges(scratch, update);
    const result = checkWrite(scratch, changes, {
      part,
      writer,
      rules: () => rules,
      organisationIds: () => ['orgA', 'orgB', 'orgC'],
      agreements: () => AGREEMENTS,
      linkEnds: (linkId) => LINK_ENDS[linkId] ?? null,
      lockedPhases: () => locked,
    });
    expect(result.ok ? null : result.problem.code).toBe(refused);
  });

  it('judges only what the write touched: an old bad entry does not block a good write', () => {
    const server = serverDoc(CARDS);
    server.getMap('suggestions').set('pattern:x', 42);
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(device);
    device.getMap('cards').set('card2', entry({ side: 'need', text: 'Frivillige', kind: 'frivillige', valueId: null, order: 1 }));
    const changes = applyAndReadChanges(server, Y.encodeStateAsUpdate(device, before));
    expect(checkWrite(server, changes, { part: CARDS, writer: TABLET, rules: () => OPEN, organisationIds: () => ['orgA'], agreements: () => [], linkEnds: () => null, lockedPhases: () => [] }).ok).toBe(true);
    expect([...changes.roots.keys()]).toEqual(['cards']);
  });
});
