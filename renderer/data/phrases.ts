/**
 * Each body's own list of procedural phrases (domain/phrases.ts), one row per body. Every change
 * reads the list, changes it and writes it back in one transaction; the first change to a body
 * still on its defaults writes those defaults (given by the caller, from the minutes language's
 * locale) as its own list with the change applied. Removing the row gives the body the defaults
 * again.
 */
import { MAX_PHRASES, newId, type BodyPhrases, type Phrase } from '../domain/model';
import { phrasesOf } from '../domain/phrases';
import { db } from './db';

export function getPhrases(body: string): Promise<BodyPhrases | undefined> {
  return db().phrases.get(body);
}

/** Applies `change` to the body's list (its defaults while it has none) and stores the result. */
async function changePhrases<T>(
  body: string,
  defaults: readonly string[],
  change: (phrases: Phrase[]) => T,
): Promise<T> {
  const d = db();
  return d.transaction('rw', d.phrases, async () => {
    const phrases = [...phrasesOf(await d.phrases.get(body), defaults)];
    const result = change(phrases);
    await d.phrases.put({ body, phrases: phrases.slice(0, MAX_PHRASES), updatedAt: Date.now() });
    return result;
  });
}

/** Adds an empty phrase at the end; its id, or null when every key has its phrase. */
export function addPhrase(body: string, defaults: readonly string[]): Promise<string | null> {
  return changePhrases(body, defaults, (phrases) => {
    if (phrases.length >= MAX_PHRASES) return null;
    const phrase = { id: newId(), text: '' };
    phrases.push(phrase);
    return phrase.id;
  });
}

export function updatePhrase(body: string, defaults: readonly string[], id: string, text: string): Promise<void> {
  return changePhrases(body, defaults, (phrases) => {
    const index = phrases.findIndex((phrase) => phrase.id === id);
    if (index >= 0) phrases[index] = { id, text };
  });
}

export function movePhrase(body: string, defaults: readonly string[], id: string, to: number): Promise<void> {
  return changePhrases(body, defaults, (phrases) => {
    const from = phrases.findIndex((phrase) => phrase.id === id);
    if (from < 0 || to < 0 || to >= phrases.length || to === from) return;
    const [phrase] = phrases.splice(from, 1);
    if (phrase) phrases.splice(to, 0, phrase);
  });
}

/** A removed phrase and where it stood, for undo. */
export interface RemovedPhrase {
  body: string;
  defaults: readonly string[];
  phrase: Phrase;
  index: number;
}

export function removePhrase(body: string, defaults: readonly string[], id: string): Promise<RemovedPhrase | null> {
  return changePhrases(body, defaults, (phrases) => {
    const index = phrases.findIndex((phrase) => phrase.id === id);
    const [phrase] = index >= 0 ? phrases.splice(index, 1) : [];
    return phrase ? { body, defaults, phrase, index } : null;
  });
}

/** Puts a removed phrase back where it was (unless the list has filled up since). */
export async function restorePhrase({ body, defaults, phrase, index }: RemovedPhrase): Promise<void> {
  await changePhrases(body, defaults, (phrases) => {
    if (phrases.length < MAX_PHRASES && !phrases.some((p) => p.id === phrase.id)) phrases.splice(index, 0, phrase);
  });
}

/** Back to the defaults of the meeting's language; the list it had, for undo (null: none). */
export async function resetPhrases(body: string): Promise<BodyPhrases | null> {
  const d = db();
  return d.transaction('rw', d.phrases, async () => {
    const stored = (await d.phrases.get(body)) ?? null;
    await d.phrases.delete(body);
    return stored;
  });
}

/** Gives a body back the list it had before a reset. */
export async function restorePhrases(stored: BodyPhrases): Promise<void> {
  await db().phrases.put(stored);
}
