/**
 * Wires the invoke handlers of the contract to ipcMain. Every call goes through the same gate:
 * the sender must be the top frame of our own app:// page, exactly one argument must be sent, and
 * that argument must pass the channel's schema. Handlers therefore only ever see validated data.
 */
import {
  describeIssues,
  originOf,
  IpcValidationError,
  REQUEST_SCHEMAS,
  type InvokeChannel,
  type InvokeMap,
} from '../../shared/ipc';

export type Handlers = {
  [C in InvokeChannel]: (request: InvokeMap[C]['request']) => Promise<InvokeMap[C]['result']>;
};

/** The part of an IpcMainInvokeEvent the gate looks at (kept small so tests can build one). */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderInfo, ...args: unknown[]) => unknown): void;
}

export function isTrustedSender(event: SenderInfo, appOrigin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return originOf(frame.url) === appOrigin;
}

/** Validates one call; returns the parsed request or throws a clear IpcValidationError. */
export function validateCall<C extends InvokeChannel>(
  channel: C,
  event: SenderInfo,
  args: unknown[],
  appOrigin: string,
): InvokeMap[C]['request'] {
  if (!isTrustedSender(event, appOrigin)) {
    throw new IpcValidationError(`${channel}: refused, the sender is not the Seogi window`);
  }
  if (args.length !== 1) {
    throw new IpcValidationError(`${channel}: expected exactly one argument, got ${args.length}`);
  }
  const parsed = REQUEST_SCHEMAS[channel].safeParse(args[0]);
  if (!parsed.success) {
    throw new IpcValidationError(`${channel}: invalid payload (${describeIssues(parsed.error)})`);
  }
  return parsed.data as InvokeMap[C]['request'];
}

export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, appOrigin: string): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    ipcMain.handle(channel, (event, ...args) => {
      const request = validateCall(channel, event, args, appOrigin);
      return (handlers[channel] as (request: unknown) => Promise<unknown>)(request);
    });
  }
}
