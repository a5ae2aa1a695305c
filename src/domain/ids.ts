/** A source of random bytes; injected in tests so ids are repeatable. */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new random id of `length` base-36 characters (default 16, about 82 bits).
 * Uses `crypto.getRandomValues`, which — unlike `crypto.randomUUID` — also exists on plain-http LAN
 * addresses, where tablets in a live session load the app.
 */
export function newId(length = 16, random: RandomBytes = cryptoRandomBytes): string {
  const bytes = random(length);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
