/**
 * Commands from the native menu (and global shortcuts) reach whichever screen handles them: the
 * screen that is showing registers a handler; the newest registration wins.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../electron/shared/ipc';

type Handler = () => void;
const handlers = new Map<MenuCommand, Handler[]>();

/** Commands asked for before a screen handled them: each runs when a handler registers. */
const waiting = new Set<MenuCommand>();

/** Runs the handler of the screen that registered last; false when no screen handles it. */
export function dispatchCommand(command: MenuCommand): boolean {
  const handler = handlers.get(command)?.at(-1);
  handler?.();
  return handler !== undefined;
}

/**
 * Runs the command now if the screen showing handles it, else once a screen that handles it is
 * shown (after navigating to it), however long that screen takes to load.
 */
export function dispatchWhenHandled(command: MenuCommand): void {
  if (!dispatchCommand(command)) waiting.add(command);
}

export function useCommand(command: MenuCommand, handler: Handler): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const run = () => ref.current();
    handlers.set(command, [...(handlers.get(command) ?? []), run]);
    if (waiting.delete(command)) run();
    return () => {
      handlers.set(
        command,
        (handlers.get(command) ?? []).filter((h) => h !== run),
      );
    };
  }, [command]);
}
