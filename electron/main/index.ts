/**
 * The desktop shell: one hardened window showing the renderer from app://, a native menu in the
 * interface language, the IPC handlers of the contract, a single-instance lock, a window that
 * comes back where it was left, and a close (or quit) that first lets the renderer write what is
 * pending.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../../renderer/domain/model';
import { SEND_CHANNELS, type MenuCommand } from '../shared/channels';
import { createCloseGuard, type CloseGuard } from './closeGuard';
import { createAppHandlers } from './ipc/app';
import { createBackupHandlers } from './ipc/backup';
import { createFileHandlers } from './ipc/files';
import { registerHandlers } from './ipc/register';
import { createShellHandlers } from './ipc/shell';
import { buildMenuTemplate, SHELL_STRINGS } from './menu';
import { serveAppRequest } from './protocol';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, hardenContents, hardenSession, secureWebPreferences } from './security';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, type WindowState } from './window-state';

// Every renderer sandboxed, whatever its webPreferences say (a window made by a future change, a
// DevTools window); only possible before the app is ready.
app.enableSandbox();

// Privileges must be declared before the app is ready; "standard" + "secure" give the scheme a
// real origin, so IndexedDB and localStorage persist under app://seogi.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererRoot = path.join(__dirname, '..', 'renderer');
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');

/** The longest a close or quit waits for the renderer to write what is pending. */
const FLUSH_TIMEOUT_MS = 3000;

let mainWindow: BrowserWindow | null = null;
/** The close guard of mainWindow, which shell:flushed answers. */
let mainCloseGuard: CloseGuard | null = null;
/**
 * Set in 'before-quit'. app.quit() closes the windows first and a prevented close cancels the
 * quit, so a held close must start the quit again, not just close its window.
 */
let quitting = false;
let language: Language = app.getLocale().toLowerCase().startsWith('ko') ? 'ko' : 'en';

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(SEND_CHANNELS.menuCommand, command);
}

function applyLanguage(next: Language): void {
  language = next;
  const template = buildMenuTemplate(language, sendMenuCommand, {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function readWindowState(): Promise<WindowState> {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  try {
    return parseWindowState(JSON.parse(await fs.readFile(windowStateFile(), 'utf8')), displays);
  } catch {
    return parseWindowState(null, displays);
  }
}

function persistWindowState(window: BrowserWindow): void {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  const target = windowStateFile();
  const temporary = `${target}.part`;
  // Fire and forget: losing the window position on a crash is harmless.
  void fs
    .writeFile(temporary, JSON.stringify(state))
    .then(() => fs.rename(temporary, target))
    .catch(() => undefined);
}

async function createWindow(): Promise<void> {
  const state = await readWindowState();
  const window = new BrowserWindow({
    ...(state.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Seogi',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow = window;
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let saveTimer: NodeJS.Timeout | undefined;
  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => persistWindowState(window), 500);
  };
  window.on('resize', scheduleSave);
  window.on('move', scheduleSave);

  const contents = window.webContents;
  const guard = createCloseGuard({
    requestFlush: () => contents.send(SEND_CHANNELS.flush),
    canFlush: () => !contents.isDestroyed() && !contents.isCrashed(),
    timeoutMs: FLUSH_TIMEOUT_MS,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer),
  });
  mainCloseGuard = guard;
  // A renderer that goes away while a close is held cannot answer: close at once rather than
  // after the timeout.
  contents.on('render-process-gone', () => guard.rendererGone());
  contents.once('destroyed', () => guard.rendererGone());
  const proceed = () => {
    if (quitting) app.quit();
    else if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event) => {
    if (!guard.onClose(event, proceed)) return;
    clearTimeout(saveTimer);
    persistWindowState(window);
  });
  window.on('closed', () => {
    mainWindow = null;
    if (mainCloseGuard === guard) mainCloseGuard = null;
  });
  await window.loadURL(APP_ENTRY_URL);
}

function registerIpc(): void {
  const files = createFileHandlers({
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow
        ? dialog.showOpenDialog(mainWindow, { ...options, properties: ['openFile'] })
        : dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
    writeFile: (filePath, bytes) => fs.writeFile(filePath, bytes),
    rename: (from, to) => fs.rename(from, to),
    remove: (filePath) => fs.rm(filePath, { force: true }),
    fileSize: async (filePath) => (await fs.stat(filePath)).size,
    readText: (filePath) => fs.readFile(filePath, 'utf8'),
    documentsDir: () => app.getPath('documents'),
    // The gate lets only the app's own top frame call, and the app has one window: the sender.
    printToPdf: async (options) => {
      if (!mainWindow) throw new Error('files:savePdf: no window to print');
      return mainWindow.webContents.printToPDF(options);
    },
    labels: () => {
      const d = SHELL_STRINGS[language].dialog;
      const filters = { docx: d.docxFilter, hwpx: d.hwpxFilter, json: d.jsonFilter, pdf: d.pdfFilter };
      return { saveTitle: d.saveTitle, openTitle: d.openTitle, filterName: (kind) => filters[kind] };
    },
  });
  const shell = createShellHandlers({ flushed: () => mainCloseGuard?.flushed() });
  const appHandlers = createAppHandlers({ applyLanguage, writeClipboard: (text) => clipboard.writeText(text) });
  const backups = createBackupHandlers({
    backupsDir: () => path.join(app.getPath('userData'), 'backups'),
    makeDir: async (dir) => {
      await fs.mkdir(dir, { recursive: true });
    },
    // Flushed before the rename: a backup that only reached the disk cache is no backup.
    writeFile: async (filePath, bytes) => {
      const handle = await fs.open(filePath, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => fs.rename(from, to),
    remove: (filePath) => fs.rm(filePath, { force: true }),
    listDir: (dir) => fs.readdir(dir),
    stat: async (filePath) => {
      const stat = await fs.lstat(filePath);
      return { size: stat.size, isFile: stat.isFile() };
    },
    readText: (filePath) => fs.readFile(filePath, 'utf8'),
    now: () => Date.now(),
  });
  registerHandlers(ipcMain, { ...files, ...appHandlers, ...backups, ...shell }, APP_ORIGIN);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) =>
      serveAppRequest(rendererRoot, request.url, (filePath) => fs.readFile(filePath)),
    );
    registerIpc();
    applyLanguage(language);
    await createWindow();
  });
}
