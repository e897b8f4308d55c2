/**
 * The channel names of the IPC contract (ipc.ts), kept apart from its schemas so that the
 * sandboxed preload can import them without bundling the validation library. ipc.ts gives each
 * invoke method here its request schema and reply type, and the compiler refuses one without
 * the other.
 */

/**
 * Renderer -> main calls (`ipcRenderer.invoke`), by method: the preload exposes each as a
 * function of that name on the bridge, and main registers each method's handler on its channel.
 */
export const INVOKE_CHANNELS = {
  saveFile: 'files:save',
  openFile: 'files:open',
  setLanguage: 'app:setLanguage',
  copyText: 'clipboard:writeText',
  writeAutoBackup: 'backup:write',
  listAutoBackups: 'backup:list',
  readAutoBackup: 'backup:read',
  /** The answer to shell:flush. The preload makes this call itself; it is not on the bridge. */
  flushed: 'shell:flushed',
  savePdf: 'files:savePdf',
} as const;

/** Main -> renderer messages (`webContents.send`); the preload turns each into a subscription. */
export const SEND_CHANNELS = {
  /** Carries one of MENU_COMMANDS. */
  menuCommand: 'menu:command',
  /** Asks the renderer to write what is pending; it carries nothing and is answered by `flushed`. */
  flush: 'shell:flush',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

export const MENU_COMMANDS = [
  'newMeeting',
  'meetings',
  'search',
  'settings',
  'backup',
  'restore',
  'exportMinutes',
  'nextItem',
  'previousItem',
  'focusEntry',
  'recess',
  'endMeeting',
  'outcome',
  'attendance',
  'addActionItem',
  'unplannedItem',
  'jumpToItem',
  'help',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'seogi';
