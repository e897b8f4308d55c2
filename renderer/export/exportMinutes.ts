/**
 * The export as the screens use it: the record goes to a Web Worker that builds the .docx or the
 * .hwpx (or the plain text, or just the file's name), and the result comes back to be saved by
 * the host or copied.
 */
import type { Language, MeetingRecord } from '../domain/model';
import type { ExportRequest, ExportResponse } from './worker';

type Success = Extract<ExportResponse, { ok: true }>;

let worker: Worker | null = null;
let counter = 0;
const waiting = new Map<number, { resolve: (response: Success) => void; reject: (error: Error) => void }>();

function exportWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ExportResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.id);
    waiting.delete(response.id);
    if (!pending) return;
    if (response.ok) pending.resolve(response);
    else pending.reject(new Error(response.message));
  };
  created.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'export worker failed'));
    waiting.clear();
    worker = null;
  };
  worker = created;
  return created;
}

function ask(kind: ExportRequest['kind'], record: MeetingRecord, language: Language): Promise<Success> {
  const id = ++counter;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    exportWorker().postMessage({ id, kind, record, language } satisfies ExportRequest);
  });
}

/** The minutes as a Word (.docx) or Hancom (.hwpx) document, with the file name to propose. */
export async function buildMinutesFile(
  record: MeetingRecord,
  language: Language,
  format: 'docx' | 'hwpx',
): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
  const response = await ask(format, record, language);
  if (response.kind !== format) throw new Error('unexpected export response');
  // Transferred from the worker: a plain ArrayBuffer, never a shared one.
  return { bytes: response.bytes as Uint8Array<ArrayBuffer>, fileName: response.fileName };
}

export async function buildMinutesText(record: MeetingRecord, language: Language): Promise<string> {
  const response = await ask('text', record, language);
  if (response.kind !== 'text') throw new Error('unexpected export response');
  return response.text;
}

/**
 * The .docx's file name (build.ts names it) with `extension` instead: asked of the worker, which
 * has the Word builder loaded anyway, so that the screens' bundle never carries it.
 */
export async function minutesFileNameAs(record: MeetingRecord, language: Language, extension: string): Promise<string> {
  const response = await ask('fileName', record, language);
  if (response.kind !== 'fileName') throw new Error('unexpected export response');
  return response.fileName.replace(/\.docx$/, `.${extension}`);
}
