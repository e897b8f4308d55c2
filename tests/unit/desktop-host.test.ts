/**
 * The desktop host (renderer/host/desktop.ts) over a stand-in for the preload's bridge: the calls
 * the renderer makes in the bridge's own shape pass straight through, the three it makes in a
 * shape of its own reach the bridge as the contract's requests, and a failed menu-language call
 * never reaches the renderer.
 */
import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../electron/shared/ipc';
import { desktopHost } from '../../renderer/host/desktop';

function fakeBridge() {
  const unsubscribe = () => undefined;
  return {
    saveFile: vi.fn(async () => ({ status: 'canceled' as const })),
    savePdf: vi.fn(async () => ({ status: 'saved' as const, fileName: 'm.pdf' })),
    openFile: vi.fn(async () => ({ status: 'canceled' as const })),
    setLanguage: vi.fn(async () => undefined),
    copyText: vi.fn(async () => undefined),
    writeAutoBackup: vi.fn(async () => ({
      status: 'written' as const,
      backup: { name: 'seogi-backup-20211123-010203-daily.json', reason: 'daily' as const, bytes: 1, createdAt: 0 },
    })),
    listAutoBackups: vi.fn(async () => []),
    readAutoBackup: vi.fn(async () => ({ status: 'notFound' as const, name: 'x' })),
    onMenuCommand: vi.fn(() => unsubscribe),
    onFlushRequest: vi.fn(() => unsubscribe),
  } satisfies DesktopBridge;
}

describe('the desktop host', () => {
  it('is the bridge for the calls the renderer makes in the bridge shape', async () => {
    const bridge = fakeBridge();
    const host = desktopHost(bridge);
    expect(host.kind).toBe('desktop');
    const bytes = new Uint8Array([1]);
    await host.saveFile({ kind: 'docx', suggestedName: 'm.docx', bytes });
    expect(bridge.saveFile).toHaveBeenCalledWith({ kind: 'docx', suggestedName: 'm.docx', bytes });
    await expect(host.savePdf({ suggestedName: 'm.pdf', footer: '- {{page}} -' })).resolves.toEqual({
      status: 'saved',
      fileName: 'm.pdf',
    });
    expect(bridge.savePdf).toHaveBeenCalledWith({ suggestedName: 'm.pdf', footer: '- {{page}} -' });
    await host.openFile({ kind: 'json' });
    expect(bridge.openFile).toHaveBeenCalledWith({ kind: 'json' });
    await host.listAutoBackups();
    expect(bridge.listAutoBackups).toHaveBeenCalledTimes(1);
    const listener = vi.fn();
    host.onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
  });

  it('sends the three renderer-shaped calls as the requests of the contract', async () => {
    const bridge = fakeBridge();
    const host = desktopHost(bridge);
    await expect(host.copyText('회의록')).resolves.toBeUndefined();
    expect(bridge.copyText).toHaveBeenCalledWith({ text: '회의록' });
    await host.readAutoBackup('x');
    expect(bridge.readAutoBackup).toHaveBeenCalledWith({ name: 'x' });
    host.setLanguage('ko');
    expect(bridge.setLanguage).toHaveBeenCalledWith({ language: 'ko' });
  });

  it('swallows a failed menu-language call (the menu language is cosmetic)', async () => {
    // A plain function, not a mock: a mock handles the promises it returns to record them.
    const host = desktopHost({ ...fakeBridge(), setLanguage: () => Promise.reject(new Error('main is gone')) });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    expect(host.setLanguage('en')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
