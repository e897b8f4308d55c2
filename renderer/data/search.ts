/**
 * The archive's search as the screens call it. This first version reads every table on each
 * call, on the main thread: correct, and slow with thousands of meetings. The persisted index
 * and its worker (issue #13) replace what is behind `searchArchive`, not its signature.
 */
import {
  actionItemDoc,
  agendaItemDocs,
  entryDoc,
  indexDoc,
  meetingDocs,
  searchCorpus,
  type IndexedDoc,
  type SearchFilters,
  type SearchResult,
} from '../domain/search';
import { db } from './db';
import { listMeetings } from './meetings';

export async function searchArchive(query: string, filters: SearchFilters = {}): Promise<SearchResult> {
  const d = db();
  const [meetings, items, entries, actions] = await d.transaction(
    'r',
    [d.meetings, d.agendaItems, d.entries, d.actionItems],
    () => Promise.all([listMeetings(), d.agendaItems.toArray(), d.entries.toArray(), d.actionItems.toArray()]),
  );
  const docs = new Map<string, IndexedDoc[]>();
  const add = (doc: IndexedDoc) => {
    const list = docs.get(doc.meetingId);
    if (list) list.push(doc);
    else docs.set(doc.meetingId, [doc]);
  };
  for (const meeting of meetings) meetingDocs(meeting).forEach((doc) => add(indexDoc(doc)));
  items.sort((a, b) => a.order - b.order);
  for (const item of items) agendaItemDocs(item).forEach((doc) => add(indexDoc(doc)));
  entries.sort((a, b) => a.seq - b.seq);
  for (const entry of entries) add(indexDoc(entryDoc(entry)));
  for (const action of actions) add(indexDoc(actionItemDoc(action)));
  return searchCorpus({ meetings, docs }, query, filters);
}
