import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { mouseDrag, tabTo, touchDrag, touchSwipe } from './drag.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { ProjectorToggle } from './pages/projector.ts';

/*
 * Gør hinanden stærkere as a new user runs it: cards, suggestions, matches and links by mouse, by touch
 * on a tablet, and by keyboard only; a link to oneself refused with the reason; a reload; axe.
 */

const BOLIG = 'Boligselskabet Nørreparken';
const KLUB = 'Lektieklubben';
const CAFE = 'Café Nord';
const ORGANISATIONS: [string, string][] = [
  [BOLIG, 'Boligrelaterede organisationer'],
  [KLUB, 'Frivillige organisationer'],
  [CAFE, 'Erhvervsdrivende'],
];
const OFFER = 'Det kan vi bidrage med';
const NEED = 'Det vil vi gerne styrkes i';
const SELF_REFUSAL = 'En organisation kan ikke styrke sig selv her. Vælg en anden organisation.';

/** Lektieklubben needs premises; the housing organisation offers its community house. */
async function withCards(page: Page) {
  const setUp = await CollaborationPage.setUp(page, ORGANISATIONS);
  const { collaboration } = setUp;
  await collaboration.chooseOrganisation(KLUB);
  await collaboration.addCard(NEED, 'Lokaler til lektiehjælp', 'Lokaler og udstyr', 'Adgang til flere ressourcer');
  await expect(collaboration.cardTexts(NEED)).toHaveText(['Lokaler til lektiehjælp']);
  await collaboration.chooseOrganisation(BOLIG);
  await collaboration.addCard(OFFER, 'Lån af lokaler i beboerhuset', 'Lokaler og udstyr', 'Adgang til flere ressourcer');
  await expect(collaboration.cardTexts(OFFER)).toHaveText(['Lån af lokaler i beboerhuset']);
  return setUp;
}

test.describe('By mouse, 1280×900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('cards, suggestions and a ranked match with its reason', async ({ page }) => {
    const { collaboration } = await withCards(page);

    // Suggestions from the actor type: use one as it is, adjust one, skip one.
    const contact = 'Kontakt til beboerne og kendskab til området';
    await collaboration.suggestion(contact).getByRole('button', { name: `Brug forslaget ${contact}`, exact: true }).click();
    await expect(collaboration.cardTexts(OFFER)).toHaveText(['Lån af lokaler i beboerhuset', contact]);
    await expect(collaboration.suggestion(contact)).toHaveCount(0);
    const overview = 'Erfaring med at møde borgerne, hvor de er';
    await collaboration.page.getByRole('button', { name: `Ret og brug forslaget ${overview}` }).click();
    const edit = collaboration.page.getByRole('form', { name: `Ret og brug forslaget ${overview}` });
    await edit.getByRole('textbox').fill('Vi kender alle foreningerne i Nørreparken');
    await edit.getByRole('button', { name: 'Brug', exact: true }).click();
    await expect(collaboration.cardTexts(OFFER)).toHaveText(['Lån af lokaler i beboerhuset', contact, 'Vi kender alle foreningerne i Nørreparken']);
    const helpers = 'Flere hænder til aktiviteter og arrangementer';
    await collaboration.page.getByRole('button', { name: `Spring forslaget ${helpers} over` }).click();
    await expect(collaboration.suggestion(helpers)).toHaveCount(0);
    await expect(collaboration.cardTexts(NEED)).toHaveCount(0);

    // An accepted card is an ordinary card: edit it.
    await collaboration.page.getByRole('button', { name: `Ret kortet ${contact}`, exact: true }).click();
    const editForm = collaboration.page.getByRole('form', { name: `Ret kortet ${contact}` });
    await editForm.getByRole('textbox').fill('Kontakt til beboerne i blok 3');
    await editForm.getByRole('button', { name: 'Gem' }).click();
    await expect(collaboration.cardTexts(OFFER)).toHaveText(['Lån af lokaler i beboerhuset', 'Kontakt til beboerne i blok 3', 'Vi kender alle foreningerne i Nørreparken']);

    // An empty card is refused with the reason, and nothing is added.
    await collaboration.addForm(NEED).getByRole('button', { name: 'Tilføj kort' }).click();
    await expect(collaboration.addForm(NEED).getByRole('alert')).toHaveText('Skriv en tekst på kortet. Feltet må ikke være tomt.');
    await expect(collaboration.cardTexts(NEED)).toHaveCount(0);

    // The best match is the offer of premises meeting Lektieklubben's need, with its reason in plain Danish.
    const first = collaboration.matchesRegion.getByRole('listitem').first();
    await expect(first).toContainText(`${BOLIG} → ${KLUB}`);
    await expect(first).toContainText('Ud fra jeres kort');
    await expect(first.locator('.match-reason')).toHaveText('"Lån af lokaler i beboerhuset" passer til "Lokaler til lektiehjælp": begge handler om lokaler.');
    // Matches from the actor-type patterns follow the ones from the cards.
    await expect(collaboration.matchesRegion).toContainText('Ud fra aktørtyperne');

    // Making the link from the match marks the pair as linked and ranks it last.
    await first.getByRole('button', { name: `Lav forbindelse fra ${BOLIG} til ${KLUB}` }).click();
    await expect(collaboration.linkTo).toHaveValue(/.+/);
    await collaboration.linkText.fill('låne jer beboerhuset om tirsdagen');
    // Asking for the same link again (a second click) keeps the open form and what was typed in it.
    await first.getByRole('button', { name: `Lav forbindelse fra ${BOLIG} til ${KLUB}` }).click();
    await expect(collaboration.linkText).toHaveValue('låne jer beboerhuset om tirsdagen');
    await collaboration.linkSubmit.click();
    await expect.poll(() => collaboration.linkSentences()).toEqual([`${BOLIG} styrker ${KLUB} ved at låne jer beboerhuset om tirsdagen`]);
    await expect(collaboration.matchesRegion.getByRole('listitem').first()).not.toContainText('Har allerede en forbindelse');

    await expectNoSeriousA11yViolations(page, 'Gør hinanden stærkere with cards, suggestions, matches and a link');
  });

  test('drag an offer onto another organisation; onto one\'s own it is refused with the reason; a reload keeps everything', async ({ page }) => {
    const { collaboration, workshop } = await withCards(page);
    const offer = collaboration.offerHandle('Lån af lokaler i beboerhuset');

    await mouseDrag(page, offer, collaboration.tile(BOLIG), { beforeDrop: () => expect(collaboration.tile(BOLIG)).toHaveClass(/is-over/) });
    await expect(page.getByRole('alert').filter({ hasText: SELF_REFUSAL })).toBeVisible();
    await expect(collaboration.linkForm).toHaveCount(0);

    await mouseDrag(page, offer, collaboration.tile(KLUB), { beforeDrop: () => expect(collaboration.tile(KLUB)).toHaveClass(/is-over/) });
    await expect(collaboration.linkForm).toBeVisible();
    await expect(collaboration.linkTo.locator('option:checked')).toHaveText(KLUB);
    await expect(collaboration.linkForm.getByRole('combobox', { name: 'Ud fra kortet' }).locator('option:checked')).toHaveText('Lån af lokaler i beboerhuset');
    await expect(collaboration.linkText).toBeFocused();
    await page.keyboard.type('låne jer beboerhuset om tirsdagen');
    await page.keyboard.press('Enter');
    const sentence = `${BOLIG} styrker ${KLUB} ved at låne jer beboerhuset om tirsdagen`;
    await expect.poll(() => collaboration.linkSentences()).toEqual([sentence]);
    await expect.poll(() => collaboration.networkListSentences()).toEqual([sentence]);
    await expect(collaboration.network).toBeVisible();
    await expect(collaboration.tile(KLUB)).toContainText('1 forbindelse');

    // The same link again is refused.
    await mouseDrag(page, offer, collaboration.tile(KLUB));
    // The form opens on the drop with the text field focused; the person types there.
    await expect(collaboration.linkText).toBeFocused();
    await page.keyboard.type('Låne jer beboerhuset om  tirsdagen');
    await collaboration.linkSubmit.click();
    await expect(collaboration.linkForm.getByRole('alert')).toHaveText('Den forbindelse findes allerede med den samme tekst.');
    await collaboration.linkForm.getByRole('button', { name: 'Annullér' }).click();

    await workshop.reload();
    await expect(collaboration.heading).toBeVisible();
    await collaboration.chooseOrganisation(BOLIG);
    await expect(collaboration.cardTexts(OFFER)).toHaveText(['Lån af lokaler i beboerhuset']);
    await collaboration.chooseOrganisation(KLUB);
    await expect(collaboration.cardTexts(NEED)).toHaveText(['Lokaler til lektiehjælp']);
    await expect.poll(() => collaboration.linkSentences()).toEqual([sentence]);
  });

  test('the projector shows the network and the list of links', async ({ page }) => {
    const { collaboration } = await withCards(page);
    await collaboration.strengthenButton('Lån af lokaler i beboerhuset').click();
    await collaboration.linkTo.selectOption({ label: CAFE });
    await collaboration.linkText.fill('holde julefrokost i beboerhuset');
    await collaboration.linkSubmit.click();
    await expect.poll(() => collaboration.linkSentences()).toHaveLength(1);
    await new ProjectorToggle(page).enter();
    await expect(collaboration.network).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Forbindelserne i netværket' })).toBeVisible();
    await expect(page.getByText(`${BOLIG} styrker ${CAFE} ved at holde julefrokost i beboerhuset`)).toBeVisible();
    await expect(collaboration.organisationPicker).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Gør hinanden stærkere on the projector');
  });
});

test.describe('By touch on a tablet, 820×1180', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('a finger drags an offer onto an organisation and the link is made', async ({ page }) => {
    const { collaboration } = await withCards(page);
    const tile = collaboration.tile(CAFE);
    await touchDrag(page, collaboration.offerHandle('Lån af lokaler i beboerhuset'), tile, {
      whenStarted: () => expect(collaboration.offerHandle('Lån af lokaler i beboerhuset')).toHaveClass(/is-dragging/),
      beforeDrop: () => expect(tile).toHaveClass(/is-over/),
    });
    await expect(collaboration.linkTo.locator('option:checked')).toHaveText(CAFE);
    // Typed after a tap in the field, as a finger does.
    await collaboration.linkText.tap();
    await page.keyboard.type('låne jer festsalen til julefrokost');
    await collaboration.linkSubmit.tap();
    await expect.poll(() => collaboration.linkSentences()).toEqual([`${BOLIG} styrker ${CAFE} ved at låne jer festsalen til julefrokost`]);
    await expect(collaboration.tile(CAFE)).toContainText('1 forbindelse');
    // Nothing scrolls sideways on the tablet.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await expectNoSeriousA11yViolations(page, 'Gør hinanden stærkere on a tablet');
  });

  test('a quick swipe on a card scrolls the page and makes no link', async ({ page }) => {
    const { collaboration } = await withCards(page);
    const offer = collaboration.offerHandle('Lån af lokaler i beboerhuset');
    await offer.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await touchSwipe(page, offer, { x: 0, y: -200 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50);
    await expect(collaboration.linkForm).toHaveCount(0);
    await expect(collaboration.offerHandle('Lån af lokaler i beboerhuset')).not.toHaveClass(/is-dragging/);
  });
});

test.describe('By keyboard only', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a card, a link chosen from the list (oneself refused first), an edit, a removal and undo', async ({ page }) => {
    const { collaboration } = await CollaborationPage.setUp(page, ORGANISATIONS);
    await collaboration.organisationPicker.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('heading', { name: `Kort for ${KLUB}` })).toBeVisible();

    // Write an offer: text, then a kind chosen with the arrow keys, then Enter.
    const text = collaboration.addForm(OFFER).getByRole('textbox', { name: 'Tekst på kortet' });
    await tabTo(page, text);
    await page.keyboard.type('Frivillige til sommerfesten');
    await page.keyboard.press('Tab');
    await expect(collaboration.addForm(OFFER).getByRole('radio', { name: 'Kompetencer' })).toBeFocused();
    for (let press = 0; press < 4; press += 1) await page.keyboard.press('ArrowRight');
    await expect(collaboration.addForm(OFFER).getByRole('radio', { name: 'Frivillige eller tid' })).toBeChecked();
    await tabTo(page, collaboration.addForm(OFFER).getByRole('button', { name: 'Tilføj kort' }));
    await page.keyboard.press('Enter');
    await expect(collaboration.cardTexts(OFFER)).toHaveText(['Frivillige til sommerfesten']);
    await expect(collaboration.column(OFFER).locator('.card-list .kind-tag')).toHaveText(['Frivillige eller tid']);

    // "Styrk en anden organisation …" opens the form with the focus on whom to strengthen.
    await tabTo(page, collaboration.strengthenButton('Frivillige til sommerfesten'));
    await page.keyboard.press('Enter');
    await expect(collaboration.linkTo).toBeFocused();
    // Typing in a focused list picks the entry that starts so (Lektieklubben: the organisation itself).
    await page.keyboard.type('Lek');
    await expect(collaboration.linkTo.locator('option:checked')).toHaveText(KLUB);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(collaboration.linkText).toBeFocused();
    await page.keyboard.type('hjælpe til sommerfesten');
    await page.keyboard.press('Enter');
    await expect(collaboration.linkForm.getByRole('alert')).toHaveText(SELF_REFUSAL);
    await expect.poll(() => collaboration.linkSentences()).toEqual([]);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(collaboration.linkTo).toBeFocused();
    await page.keyboard.type('Bol');
    await expect(collaboration.linkTo.locator('option:checked')).toHaveText(BOLIG);
    await tabTo(page, collaboration.linkSubmit);
    await page.keyboard.press('Enter');
    const sentence = `${KLUB} styrker ${BOLIG} ved at hjælpe til sommerfesten`;
    await expect.poll(() => collaboration.linkSentences()).toEqual([sentence]);
    await expect(collaboration.status).toHaveText(`Forbindelsen er lavet: ${KLUB} styrker ${BOLIG}.`);

    // Edit the link, then remove it; undo brings it back.
    await tabTo(page, collaboration.linksRegion.getByRole('button', { name: `Ret forbindelsen fra ${KLUB} til ${BOLIG}` }), 120);
    await page.keyboard.press('Enter');
    // Editing puts the focus on the words, which is what one usually changes.
    await expect(collaboration.linkText).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('stille med frivillige til sommerfesten');
    await page.keyboard.press('Enter');
    const edited = `${KLUB} styrker ${BOLIG} ved at stille med frivillige til sommerfesten`;
    await expect.poll(() => collaboration.linkSentences()).toEqual([edited]);
    const remove = collaboration.linksRegion.getByRole('button', { name: `Fjern forbindelsen fra ${KLUB} til ${BOLIG}` });
    await tabTo(page, remove, 120);
    await page.keyboard.press('Enter');
    await expect.poll(() => collaboration.linkSentences()).toEqual([]);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => collaboration.linkSentences()).toEqual([edited]);
  });
});
