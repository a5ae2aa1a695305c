/**
 * y-leveldb ships its types, but its package "exports" map does not point at them, so TypeScript cannot
 * find them. These are the parts the server uses, as in y-leveldb 0.2's own declarations.
 */
declare module 'y-leveldb' {
  import type { AbstractLevel } from 'abstract-level';

  /** A key in y-leveldb's layout, e.g. `['v1', docName, 'update', clock]`. */
  export type DocKey = (string | number)[];

  export const keyEncoding: {
    buffer: boolean;
    type: string;
    encode(key: DocKey): Buffer;
    decode(buffer: Uint8Array): DocKey;
  };

  /** Every stored update of a document, in clock order. */
  export function getLevelUpdates(db: AbstractLevel<Buffer | Uint8Array | string, DocKey, Uint8Array>, docName: string): Promise<Uint8Array[]>;

  /** The clock of the document's last stored update, -1 if none. */
  export function getCurrentUpdateClock(db: AbstractLevel<Buffer | Uint8Array | string, DocKey, Uint8Array>, docName: string): Promise<number>;
}
