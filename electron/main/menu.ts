/**
 * The native menu, in the interface language, rebuilt when the renderer switches language.
 * Its commands are sent to the renderer, which owns every action. Shortcuts are shown in the menu
 * but not registered with the system (`registerAccelerator: false`): the renderer handles them,
 * so that a key pressed during a Korean IME composition is never taken by the menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../renderer/domain/model';
import { acceleratorFor } from '../../renderer/domain/shortcuts';
import type { MenuCommand } from '../shared/ipc';
import en from '../../locales/en/shell.json';
import ko from '../../locales/ko/shell.json';

export const SHELL_STRINGS: Record<Language, typeof en> = { en, ko };

/** The live screen's commands, in groups between separators; each is labelled by its own name. */
const MEETING_MENU = [
  ['nextItem', 'previousItem', 'jumpToItem', 'unplannedItem'],
  ['recess', 'endMeeting'],
  ['outcome', 'addActionItem', 'attendance'],
  ['focusEntry'],
] as const satisfies readonly (readonly (MenuCommand & keyof typeof en.menu)[])[];

export function buildMenuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  options: { isMac: boolean; isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const m = SHELL_STRINGS[language].menu;
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => {
    // The renderer's own shortcut for the command (the table of shortcuts), shown for discoverability.
    const accelerator = acceleratorFor(id);
    return {
      id,
      label,
      click: () => send(id),
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    };
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: m.reload },
    { type: 'separator' },
    { role: 'zoomIn', label: m.zoomIn },
    { role: 'zoomOut', label: m.zoomOut },
    { role: 'resetZoom', label: m.resetZoom },
    { type: 'separator' },
    { role: 'togglefullscreen', label: m.fullScreen },
  ];
  if (!options.isPackaged) view.push({ role: 'toggleDevTools', label: m.devTools });
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: m.file,
      submenu: [
        command('newMeeting', m.newMeeting),
        command('meetings', m.meetings),
        command('search', m.search),
        { type: 'separator' },
        command('exportMinutes', m.exportMinutes),
        { type: 'separator' },
        command('backup', m.backup),
        command('restore', m.restore),
        { type: 'separator' },
        command('settings', m.settings),
        ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: m.quit } as const]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.meeting,
      submenu: MEETING_MENU.flatMap((group, index) => [
        ...(index > 0 ? [{ type: 'separator' } as const] : []),
        ...group.map((id) => command(id, m[id])),
      ]),
    },
    { label: m.view, submenu: view },
    { role: 'help', label: m.help, submenu: [command('help', m.shortcuts)] },
  ];
}
