import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../electron/shared/ipc';
import { buildMenuTemplate, MENU_ACCELERATORS } from '../../electron/main/menu';

describe('native menu', () => {
  type Item = { id?: string; label?: string; submenu?: Item[]; click?: () => void; registerAccelerator?: boolean };
  const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

  it.each(['en', 'ko'] as const)('offers every command in %s and sends it to the renderer', (language) => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate(language, send, { isMac: false, isPackaged: true }) as Item[]);
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => i.id === command);
      expect(item?.label, command).toBeTruthy();
      item?.click?.();
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('labels the menu in Korean', () => {
    const items = flatten(buildMenuTemplate('ko', vi.fn(), { isMac: false, isPackaged: true }) as Item[]);
    expect(items.find((i) => i.id === 'newMeeting')?.label).toBe('새 회의');
  });

  it('leaves shortcuts to the renderer, so an IME composition is never interrupted by the menu', () => {
    const items = flatten(buildMenuTemplate('en', vi.fn(), { isMac: false, isPackaged: true }) as Item[]);
    for (const command of Object.keys(MENU_ACCELERATORS)) {
      expect(items.find((i) => i.id === command)?.registerAccelerator).toBe(false);
    }
  });
});
