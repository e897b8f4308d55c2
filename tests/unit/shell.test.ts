import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../electron/shared/ipc';
import { buildMenuTemplate } from '../../electron/main/menu';

describe('native menu', () => {
  type Item = {
    id?: string;
    label?: string;
    submenu?: Item[];
    click?: () => void;
    accelerator?: string;
    registerAccelerator?: boolean;
  };
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

  it('shows the shortcuts of the table but leaves the keys to the renderer, so an IME composition is never interrupted by the menu', () => {
    const items = flatten(buildMenuTemplate('en', vi.fn(), { isMac: false, isPackaged: true }) as Item[]);
    const withKeys = items.filter((i) => i.accelerator !== undefined);
    expect(Object.fromEntries(withKeys.map((i) => [i.id, i.accelerator]))).toEqual({
      newMeeting: 'CmdOrCtrl+N',
      search: 'CmdOrCtrl+Shift+F',
      settings: 'CmdOrCtrl+,',
      exportMinutes: 'CmdOrCtrl+E',
      nextItem: 'Alt+Down',
      previousItem: 'Alt+Up',
      jumpToItem: 'CmdOrCtrl+G',
      unplannedItem: 'CmdOrCtrl+Shift+L',
      recess: 'CmdOrCtrl+Shift+P',
      endMeeting: 'CmdOrCtrl+Shift+X',
      outcome: 'CmdOrCtrl+Shift+O',
      addActionItem: 'CmdOrCtrl+Shift+K',
      attendance: 'CmdOrCtrl+Shift+A',
      focusEntry: 'F6',
      help: 'F1',
    });
    for (const item of withKeys) expect(item.registerAccelerator, item.id).toBe(false);
  });
});
