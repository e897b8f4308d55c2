import { BRIDGE_KEY } from '../../electron/shared/channels';
import type { DesktopBridge } from '../../electron/shared/ipc';
import { browserHost } from './browser';
import { desktopHost } from './desktop';
import type { HostApi } from './types';

export type { HostApi };

const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_KEY];

/** The platform the renderer runs on: the desktop shell when its bridge is present. */
export const host: HostApi = bridge ? desktopHost(bridge) : browserHost();
