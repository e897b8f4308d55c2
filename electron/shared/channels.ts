/**
 * The constant names of the IPC contract (see ipc.ts), kept apart from the schemas so that the
 * sandboxed preload can import them without bundling the validation library.
 */
export const CHANNELS = {
  filesSave: 'files:save',
  filesOpen: 'files:open',
  appSetLanguage: 'app:setLanguage',
  clipboardWrite: 'clipboard:writeText',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  menuCommand: 'menu:command',
  shellFlush: 'shell:flush',
  shellFlushed: 'shell:flushed',
} as const;

export const MENU_COMMANDS = [
  'newMeeting',
  'meetings',
  'settings',
  'backup',
  'restore',
  'exportMinutes',
  'nextItem',
  'previousItem',
  'help',
] as const;

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'seogi';
