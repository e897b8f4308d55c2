/**
 * The backup reader (backupReader.ts) in a Web Worker, so that parsing and checking a large
 * backup never blocks the screen. Each message is `{ id, request }`, each reply `{ id, response }`.
 */
import { createBackupReader, type ReaderRequest, type ReaderResponse } from './backupReader';

const scope = self as unknown as Worker;
const ask = createBackupReader();

scope.onmessage = async (event: MessageEvent<{ id: number; request: ReaderRequest }>) => {
  const { id, request } = event.data;
  scope.postMessage({ id, response: await ask(request) } satisfies { id: number; response: ReaderResponse });
};
