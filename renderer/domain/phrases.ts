/**
 * Procedural phrases: the stage directions of a body's minutes — (의사봉 3타), (국민의례), Call to
 * order — that the recorder adds with one key (Alt+1…9) instead of typing them each time.
 *
 * A list belongs to a body, not to one meeting: every meeting of the same organization uses it,
 * and meetings with no organization share one. Until a body has its own list, the defaults of the
 * meeting's minutes language apply; they carry fixed ids, so that the editor's rows keep their
 * identity when the first change turns the defaults into the body's own list.
 */
import { MAX_PHRASES, type BodyPhrases, type Phrase } from './model';

/** The body a meeting's phrases belong to: its organization as typed, without outer spaces. */
export function phraseBody(organization: string): string {
  return organization.trim();
}

/** The defaults of a language as phrases: ids `default-1`… in their order. */
export function defaultPhrases(texts: readonly string[]): Phrase[] {
  return texts.slice(0, MAX_PHRASES).map((text, index) => ({ id: `default-${index + 1}`, text }));
}

/** The phrases a body uses: its own list, or the defaults while it has none. */
export function phrasesOf(stored: BodyPhrases | null | undefined, defaults: readonly string[]): Phrase[] {
  return stored ? stored.phrases : defaultPhrases(defaults);
}

/** A phrase and its key digit (1…9, by its place in the list); empty phrases have no key. */
export function phraseKeys(phrases: readonly Phrase[]): { phrase: Phrase; digit: number }[] {
  return phrases
    .slice(0, MAX_PHRASES)
    .map((phrase, index) => ({ phrase, digit: index + 1 }))
    .filter(({ phrase }) => phrase.text.trim() !== '');
}
