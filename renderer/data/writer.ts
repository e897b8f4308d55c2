/**
 * One writer per database. Two windows (or tabs) writing the same meetings would overwrite each
 * other's drafts and fields, so only the window holding the writer role may write; the others
 * are read-only. Which window holds it is decided by the app (a Web Lock, see app/writerLock.ts);
 * this module enforces it below every repository, as a Dexie middleware that refuses any write
 * while this window is not the writer.
 */
import type { DBCore, Middleware } from 'dexie';

export class ReadOnlyWindowError extends Error {
  override name = 'ReadOnlyWindowError';
  constructor() {
    super('Seogi is open in another window; this window is read-only.');
  }
}

// Writable until told otherwise: unit tests and a browser without Web Locks have one window.
let writable = true;

export function setWritable(value: boolean): void {
  writable = value;
}

export function isWritable(): boolean {
  return writable;
}

export const singleWriter: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'singleWriter',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => (writable ? table.mutate(request) : Promise.reject(new ReadOnlyWindowError())),
      };
    },
  }),
};
