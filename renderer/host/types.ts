import type {
  Language,
  MenuCommand,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../electron/shared/ipc';

/**
 * Everything the renderer asks of the platform. The desktop host forwards to the shell's preload
 * bridge; the browser host does the same with downloads and a file input, so the renderer runs
 * unchanged in a plain browser.
 */
export interface HostApi {
  readonly kind: 'desktop' | 'browser';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  setLanguage(language: Language): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
