/**
 * What the middlewares below the repositories (saveStatus, searchIndex, meetingList) need to read
 * of Dexie's core requests.
 */
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';

/** The core's transaction is an IDBTransaction (as Dexie's own cache middleware relies on). */
export function isIdbTransaction(trans: DBCoreTransaction): trans is DBCoreTransaction & IDBTransaction {
  return 'addEventListener' in trans;
}

/**
 * Whether a transaction is an ordinary read-write one whose scope holds `table`: an upgrade's own
 * writes are left out (the derived tables are rebuilt after it, and may not exist yet).
 */
export function writesWith(trans: DBCoreTransaction, table: string): boolean {
  return isIdbTransaction(trans) && trans.mode === 'readwrite' && trans.objectStoreNames.contains(table);
}

/** The primary keys a request adds, replaces or removes; a deleteRange's are read before it runs. */
export async function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): Promise<unknown[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value));
    case 'delete':
      return request.keys;
    case 'deleteRange': {
      const index = table.schema.primaryKey;
      const { result } = await table.query({
        trans: request.trans,
        values: false,
        query: { index, range: request.range },
      });
      return result;
    }
  }
}
