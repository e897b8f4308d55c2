/**
 * Wires the handlers of the contract to ipcMain, one per method, in a loop over the contract.
 * Every call goes through the same gate: the sender must be the top frame of our own app:// page,
 * exactly one argument must be sent, and that argument must pass the method's request schema.
 * Handlers therefore only ever see validated data.
 */
import type { z } from 'zod';
import { CONTRACT, INVOKE_CHANNELS, type Calls, type InvokeMethod, type RequestOf } from '../../shared/ipc';
import { originOf } from '../security';

/** Main's implementation of every method of the contract. */
export type Handlers = Calls<InvokeMethod>;

/** Thrown when a call fails the gate; the message names the channel and, for a payload, the fields. */
export class IpcValidationError extends Error {
  override name = 'IpcValidationError';
}

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

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'payload'}: ${issue.message}`)
    .join('; ');
}

/** Validates one call; returns the parsed request or throws a clear IpcValidationError. */
export function validateCall<M extends InvokeMethod>(
  method: M,
  event: SenderInfo,
  args: unknown[],
  appOrigin: string,
): RequestOf<M> {
  const channel = INVOKE_CHANNELS[method];
  if (!isTrustedSender(event, appOrigin)) {
    throw new IpcValidationError(`${channel}: refused, the sender is not the Seogi window`);
  }
  if (args.length !== 1) {
    throw new IpcValidationError(`${channel}: expected exactly one argument, got ${args.length}`);
  }
  const parsed = CONTRACT[method].request.safeParse(args[0]);
  if (!parsed.success) {
    throw new IpcValidationError(`${channel}: invalid payload (${describeIssues(parsed.error)})`);
  }
  // The schema of CONTRACT[method] is the one RequestOf<M> is inferred from.
  return parsed.data as RequestOf<M>;
}

export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, appOrigin: string): void {
  for (const method of Object.keys(CONTRACT) as InvokeMethod[]) {
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    ipcMain.handle(INVOKE_CHANNELS[method], (event, ...args) => handler(validateCall(method, event, args, appOrigin)));
  }
}
