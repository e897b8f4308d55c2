/**
 * Builds the minutes (.docx, .hwpx, text) off the main thread: packing a long meeting takes hundreds of milliseconds,
 * and the recorder's screen must not freeze meanwhile.
 */
import type { Language, MeetingRecord } from '../domain/model';
import { minutesFileName, minutesToBytes } from './docx/build';
import { minutesToText } from './docx/text';
import { minutesToHwpx } from './hwpx/build';

export interface ExportRequest {
  id: number;
  kind: 'docx' | 'hwpx' | 'text' | 'fileName';
  record: MeetingRecord;
  language: Language;
}

export type ExportResponse =
  | { id: number; ok: true; kind: 'docx' | 'hwpx'; bytes: Uint8Array; fileName: string }
  | { id: number; ok: true; kind: 'text'; text: string }
  | { id: number; ok: true; kind: 'fileName'; fileName: string }
  | { id: number; ok: false; message: string };

const scope = self as unknown as Worker;

scope.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { id, kind, record, language } = event.data;
  try {
    if (kind === 'fileName') {
      scope.postMessage({ id, ok: true, kind, fileName: minutesFileName(record, language) } satisfies ExportResponse);
      return;
    }
    if (kind === 'text') {
      scope.postMessage({ id, ok: true, kind, text: minutesToText(record, language) } satisfies ExportResponse);
      return;
    }
    const docxName = minutesFileName(record, language);
    const [bytes, fileName] =
      kind === 'hwpx'
        ? [await minutesToHwpx(record, language), docxName.replace(/\.docx$/, '.hwpx')]
        : [await minutesToBytes(record, language), docxName];
    const response: ExportResponse = { id, ok: true, kind, bytes, fileName };
    scope.postMessage(response, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ExportResponse);
  }
};
