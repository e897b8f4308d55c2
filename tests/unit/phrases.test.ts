/**
 * Procedural phrases: the defaults of each minutes language, the body a meeting's phrases belong
 * to, and the repository over fake-indexeddb (the first change makes the defaults the body's own
 * list; add, edit, move, remove with undo, reset with undo; nine at most).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../renderer/data/db';
import * as repository from '../../renderer/data/phrases';
import { LANGUAGES, MAX_PHRASES } from '../../renderer/domain/model';
import { defaultPhrases, phraseBody, phraseKeys, phrasesOf } from '../../renderer/domain/phrases';
import { phraseDefaults } from '../../renderer/i18n/resources';

const BODY = '양주시지역사회보장협의체';
const KO = phraseDefaults('ko');
const texts = async (body = BODY) => (await repository.getPhrases(body))?.phrases.map((p) => p.text);

beforeEach(async () => {
  await db().delete({ disableAutoOpen: false });
});

describe('defaults', () => {
  it('are the stage directions of Korean minutes, as printed, and the English equivalents', () => {
    expect(KO).toEqual(
      expect.arrayContaining(['(개의 선포)', '(성원 보고)', '(국민의례)', '(의사봉 3타)', '(산회 선포)']),
    );
    expect(KO.every((text) => /^\(.+\)$/u.test(text))).toBe(true);
    expect(phraseDefaults('en')).toEqual(
      expect.arrayContaining(['Call to order', 'Quorum confirmed', 'Motion to adjourn']),
    );
  });

  it('fit the keys: at most nine, none empty, none twice', () => {
    for (const language of LANGUAGES) {
      const list = phraseDefaults(language);
      expect(list.length, language).toBeGreaterThan(0);
      expect(list.length, language).toBeLessThanOrEqual(MAX_PHRASES);
      expect(new Set(list).size, language).toBe(list.length);
      expect(
        list.every((text) => text.trim() === text && text !== ''),
        language,
      ).toBe(true);
    }
  });

  it('apply until the body has a list of its own, with fixed ids', () => {
    expect(phrasesOf(null, KO)).toEqual(defaultPhrases(KO));
    expect(defaultPhrases(KO)[0]).toEqual({ id: 'default-1', text: '(개의 선포)' });
    const own = { body: BODY, phrases: [{ id: 'p', text: '(묵념)' }], updatedAt: 1 };
    expect(phrasesOf(own, KO)).toEqual(own.phrases);
  });
});

describe('the body and the keys', () => {
  it('is the organization without outer spaces; no organization is one body', () => {
    expect(phraseBody('  양주시의회 ')).toBe('양주시의회');
    expect(phraseBody('   ')).toBe('');
  });

  it('gives each phrase the digit of its place, and an empty phrase none', () => {
    const keys = phraseKeys([
      { id: 'a', text: '(개의 선포)' },
      { id: 'b', text: ' ' },
      { id: 'c', text: '(산회 선포)' },
    ]);
    expect(keys.map(({ phrase, digit }) => [digit, phrase.id])).toEqual([
      [1, 'a'],
      [3, 'c'],
    ]);
  });
});

describe('the phrases repository', () => {
  it("stores nothing until a change; the first change makes the defaults the body's own list", async () => {
    expect(await repository.getPhrases(BODY)).toBeUndefined();
    await repository.updatePhrase(BODY, KO, 'default-4', '(의사봉 세 번 두드림)');
    expect(await texts()).toEqual(KO.map((text) => (text === '(의사봉 3타)' ? '(의사봉 세 번 두드림)' : text)));
    // Another body still has the defaults.
    expect(await repository.getPhrases('')).toBeUndefined();
  });

  it('adds at the end, up to nine, and moves a phrase to another place', async () => {
    const id = await repository.addPhrase(BODY, ['(개의 선포)']);
    expect(id).toEqual(expect.any(String));
    await repository.updatePhrase(BODY, [], id!, '(묵념)');
    expect(await texts()).toEqual(['(개의 선포)', '(묵념)']);
    await repository.movePhrase(BODY, [], id!, 0);
    expect(await texts()).toEqual(['(묵념)', '(개의 선포)']);
    await repository.movePhrase(BODY, [], id!, 5);
    expect(await texts()).toEqual(['(묵념)', '(개의 선포)']);
    for (let i = 2; i < MAX_PHRASES; i++) expect(await repository.addPhrase(BODY, [])).not.toBeNull();
    expect(await repository.addPhrase(BODY, [])).toBeNull();
    expect(await texts()).toHaveLength(MAX_PHRASES);
  });

  it('removes a phrase and puts it back where it was', async () => {
    const removed = await repository.removePhrase(BODY, KO, 'default-2');
    expect(removed).toMatchObject({ body: BODY, index: 1, phrase: { id: 'default-2', text: '(성원 보고)' } });
    expect(await texts()).toEqual(KO.filter((text) => text !== '(성원 보고)'));
    await repository.restorePhrase(removed!);
    expect(await texts()).toEqual(KO);
  });

  it('resets a body to the defaults, and gives its list back on undo', async () => {
    expect(await repository.resetPhrases(BODY)).toBeNull();
    await repository.updatePhrase(BODY, KO, 'default-1', '(개회 선언)');
    const before = await repository.getPhrases(BODY);
    const reset = await repository.resetPhrases(BODY);
    expect(reset).toEqual(before);
    expect(await repository.getPhrases(BODY)).toBeUndefined();
    await repository.restorePhrases(reset!);
    expect(await repository.getPhrases(BODY)).toEqual(before);
  });
});
