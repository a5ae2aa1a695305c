/**
 * Every refusal the HTTP API can give: a machine code for the app, an HTTP status and a plain Danish
 * text the app may show as it is.
 */
export const API_ERRORS = {
  'bad-request': { status: 400, text: 'Forespørgslen kunne ikke læses. Prøv igen.' },
  'key-wrong': { status: 401, text: 'Nøglen til sessionen er forkert.' },
  'joining-closed': { status: 403, text: 'Der er lukket for at komme ind i sessionen.' },
  'origin-refused': { status: 403, text: 'Forespørgsler fra en anden side bliver afvist.' },
  'room-unknown': { status: 404, text: 'Sessionen findes ikke.' },
  'join-code-unknown': { status: 404, text: 'Koden passer ikke til en åben session. Tjek koden på skærmen.' },
  'organisation-unknown': { status: 404, text: 'Organisationen er ikke med i sessionen.' },
  'not-found': { status: 404, text: 'Siden findes ikke.' },
  'organisation-held': { status: 409, text: 'En anden enhed har allerede valgt organisationen. Spørg facilitatoren, hvis det er forkert.' },
  'room-ended': { status: 410, text: 'Sessionen er afsluttet.' },
  'method-not-allowed': { status: 405, text: 'Den handling findes ikke her.' },
  'too-large': { status: 413, text: 'Forespørgslen er for stor.' },
  'content-type': { status: 415, text: 'Forespørgslen skal sendes som JSON.' },
  'join-rate-limited': { status: 429, text: 'For mange forkerte koder. Vent et minut, og prøv igen.' },
  'rooms-rate-limited': { status: 429, text: 'For mange nye sessioner på kort tid. Vent lidt, og prøv igen.' },
  'app-not-built': { status: 503, text: 'Appen er ikke bygget. Kør "npm run build" på serveren.' },
} as const satisfies Record<string, { status: number; text: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** Thrown by a route to answer with one of API_ERRORS. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }

  get status(): number {
    return API_ERRORS[this.code].status;
  }

  get body(): { error: string; code: ApiErrorCode } {
    return { error: API_ERRORS[this.code].text, code: this.code };
  }
}
