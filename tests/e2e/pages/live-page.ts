import { expect, type Locator, type Page } from '@playwright/test';
import { APP_START_TIMEOUT } from './workshop-page.ts';

/** The connection state every live device shows. */
export const CONNECTED = 'Forbundet';
export const OFFLINE = 'Offline – ændringer gemmes og sendes, når forbindelsen er tilbage';

/** The status line with the device's connection to the session server. */
export function connectionBadge(page: Page): Locator {
  return page.locator('.connection-badge[role="status"]');
}

/** The facilitator's live session: the start button in the workshop, and the join panel it opens. */
export class LivePanel {
  readonly startButton: Locator;
  readonly showButton: Locator;
  readonly dialog: Locator;
  readonly code: Locator;
  readonly qr: Locator;
  readonly projectorLink: Locator;
  readonly closeJoiningButton: Locator;
  readonly openJoiningButton: Locator;
  readonly message: Locator;
  readonly endButton: Locator;
  readonly endDialog: Locator;
  readonly endedMessage: Locator;
  /** Which tablet holds which organisation. */
  readonly holds: Locator;
  readonly sharedTablets: Locator;

  constructor(readonly page: Page) {
    this.endButton = page.getByRole('button', { name: 'Afslut live-session', exact: true });
    this.endDialog = page.getByRole('dialog', { name: 'Afslut live-sessionen?' });
    this.endedMessage = page.locator('.live-bar').getByRole('status').filter({ hasText: 'Live-sessionen er afsluttet.' });
    this.startButton = page.getByRole('button', { name: 'Start live-session', exact: true });
    this.showButton = page.getByRole('button', { name: 'Vis deltagerkode', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Live-session' });
    this.code = this.dialog.getByTestId('join-code');
    this.qr = this.dialog.getByRole('img', { name: 'QR-kode til at deltage i sessionen' });
    this.projectorLink = this.dialog.getByRole('link', { name: 'Åbn projektorvisning' });
    this.closeJoiningButton = this.dialog.getByRole('button', { name: 'Luk for nye deltagere' });
    this.openJoiningButton = this.dialog.getByRole('button', { name: 'Åbn for nye deltagere' });
    this.message = page.locator('.live-bar').getByRole('alert');
    this.holds = this.dialog.getByRole('region', { name: 'Tabletter' });
    this.sharedTablets = this.holds.getByRole('checkbox', { name: 'Én tablet må være flere organisationer' });
  }

  /** The organisation's line in the list of holds: who holds it, since when, connected or not. */
  hold(organisation: string): Locator {
    return this.holds.getByRole('listitem').filter({ has: this.page.locator('.device-hold-name', { hasText: organisation }) });
  }

  releaseButton(organisation: string): Locator {
    return this.holds.getByRole('button', { name: `Frigiv ${organisation}`, exact: true });
  }

  /** Starts the session and returns the join code and the projector's address. */
  async start(): Promise<{ code: string; projectorUrl: string }> {
    await this.startButton.click();
    await expect(this.dialog).toBeVisible();
    await expect(this.qr).toBeVisible();
    const code = (await this.code.innerText()).trim();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const projectorUrl = await this.projectorLink.getAttribute('href');
    if (!projectorUrl) throw new Error('no projector link');
    return { code, projectorUrl };
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Luk', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** A tablet joining: the code form, then the organisation buttons. */
export class JoinPage {
  readonly codeInput: Locator;
  readonly submit: Locator;
  readonly message: Locator;
  readonly pickHeading: Locator;

  constructor(readonly page: Page) {
    this.codeInput = page.getByRole('textbox', { name: 'Kode', exact: true });
    this.submit = page.getByRole('button', { name: 'Fortsæt', exact: true });
    this.message = page.locator('.join-screen').getByRole('alert');
    this.pickHeading = page.getByRole('heading', { name: 'Hvilken organisation er I?' });
  }

  /** Opens the join screen, with the code filled in as the QR code does (`#/join/<code>`) or empty. */
  async goto(code = ''): Promise<void> {
    await this.page.goto(code ? `./#/join/${code}` : './#/join');
    await expect(code ? this.pickHeading.or(this.message) : this.codeInput).toBeVisible({ timeout: APP_START_TIMEOUT });
  }

  async typeCode(code: string): Promise<void> {
    await this.codeInput.fill(code);
    await this.submit.click();
  }

  /** Types a code that lets no one in (joining closed, or the session ended) and sees it refused. */
  async expectCodeRefused(code: string): Promise<void> {
    await this.goto();
    await this.typeCode(code);
    await expect(this.message).toHaveText('Koden passer ikke til en åben session. Tjek koden, eller spørg facilitatoren.');
  }

  /** An organisation's button on the pick screen (its name, nothing else). */
  organisation(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Picks the organisation and waits for its board with a live connection. */
  async pick(organisation: string): Promise<void> {
    await this.organisation(organisation).click();
    await expect(this.page.getByText(`Jeres organisation: ${organisation}`)).toBeVisible();
    await expect(connectionBadge(this.page)).toHaveText(CONNECTED);
  }
}

/** The projector: who is connected per organisation, and the pieces moving now. */
export class RoomPresencePage {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('complementary', { name: 'Forbundne tabletter' });
  }

  presence(organisation: string): Locator {
    return this.region.getByRole('listitem').filter({ hasText: organisation }).locator('.presence-count');
  }

  moving(text: string): Locator {
    return this.region.getByRole('listitem').filter({ hasText: text });
  }
}

/** What a tablet or the projector shows once the live session is over. */
export class SessionOverPage {
  readonly endedHeading: Locator;
  readonly nothingLost: Locator;

  constructor(readonly page: Page) {
    this.endedHeading = page.getByRole('heading', { name: 'Facilitatoren har afsluttet live-sessionen', level: 1 });
    this.nothingLost = page.getByText('Intet er gået tabt. Hele workshoppen, også det I har lavet på tabletterne, er gemt på facilitatorens computer.');
  }
}

/** The phase countdown's time, as a device shows it (the facilitator's, or a follower's without buttons). */
export function countdownTime(page: Page): Locator {
  return page.getByRole('timer', { name: /^Tid tilbage: / });
}

/** The countdown's "m:ss" as seconds (negative never: the time up shows "0:00"). */
export async function countdownSeconds(page: Page): Promise<number> {
  const text = (await countdownTime(page).innerText()).trim();
  const match = /^(\d+):(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a countdown: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
