/**
 * Text as part of a file name that every system takes, the same on a Windows PC, a Mac, an iPad, a
 * USB stick and in a mail: lower-case ASCII letters, digits and single dashes.
 *
 * Danish letters are spelt out (æ → ae, ø → oe, å → aa), not kept: Windows, macOS and iOS all accept
 * æøå, but macOS writes them decomposed and Windows composed, so the same name can turn into two
 * files when synced or zipped, and some mail and share paths garble them. Other accents are dropped
 * (é → e); letters and signs with no ASCII spelling (emoji, Arabic, «») become dashes. Nothing a
 * system refuses (`<>:"/\|?*`, control characters, a trailing dot or space, a reserved name like
 * CON, since a kind word always comes first) can be left.
 */
export function fileNameSlug(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'oe')
    .replace(/å/gu, 'aa')
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, maxLength)
    .replace(/-+$/u, '');
}

/** The parts that are not empty, slugged and joined by dashes, with the extension: `referat-moede.pdf`. */
export function joinFileName(parts: readonly string[], extension: string): string {
  const slugs = parts.map((part) => fileNameSlug(part)).filter((slug) => slug !== '');
  return `${slugs.join('-')}.${extension}`;
}
