/**
 * The window's saved size and position (electron/main/window-state.ts), read back from an
 * untrusted file onto the displays there are now.
 */
import { describe, expect, it } from 'vitest';
import { parseWindowState } from '../../electron/main/window-state';

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };

  it('restores saved bounds on a visible display', () => {
    expect(
      parseWindowState({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }, [display]),
    ).toEqual({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true });
  });

  it('drops bounds on a monitor that is gone', () => {
    expect(parseWindowState({ bounds: { x: 3000, y: 0, width: 1200, height: 800 } }, [display]).bounds).toBeNull();
  });

  it.each([null, 'garbage', { bounds: { x: 'a', y: 0, width: 1, height: 1 } }, { bounds: { x: NaN } }])(
    'falls back to defaults on %j',
    (raw) => {
      expect(parseWindowState(raw, [display]).bounds).toBeNull();
    },
  );

  it('enforces the minimum size', () => {
    const state = parseWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 } }, [display]);
    expect(state.bounds).toEqual({ x: 0, y: 0, width: 720, height: 520 });
  });
});
