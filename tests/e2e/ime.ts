import type { CDPSession, Page } from '@playwright/test';

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** The steps a Korean IME shows while one syllable is typed: its initial consonant, then the syllable. */
export function compositionSteps(syllable: string): string[] {
  const code = syllable.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return [syllable];
  return [INITIALS[Math.floor(code / 588)] as string, syllable];
}

/**
 * Types Hangul into the focused element the way an IME does, through CDP: each syllable is
 * composed (compositionstart/update, input events with isComposing) then committed. `during` runs
 * while the last syllable is still being composed (e.g. to press Enter mid-composition).
 */
export async function typeWithIme(
  page: Page,
  text: string,
  during?: (cdp: CDPSession) => Promise<void>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const syllables = [...text];
  for (const [i, syllable] of syllables.entries()) {
    for (const step of compositionSteps(syllable)) {
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    }
    if (i === syllables.length - 1 && during) await during(cdp);
    await cdp.send('Input.insertText', { text: syllable });
  }
  await cdp.detach();
}
