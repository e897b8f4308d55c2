/**
 * Remembers the window's size, position and maximized state between runs. What is read back is
 * untrusted (a hand-edited or half-written file, a monitor since unplugged): it is validated and
 * the window is put back on a visible display, or centred at the default size.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | null;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MIN_SIZE = { width: 720, height: 520 };

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 100_000;
}

function intersects(a: Rect, b: Rect): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  // At least a grab-able strip of the window must be on the display.
  return width >= 100 && height >= 50;
}

export function parseWindowState(raw: unknown, displays: Rect[]): WindowState {
  const fallback: WindowState = { bounds: null, maximized: false };
  if (typeof raw !== 'object' || raw === null) return fallback;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  const isMaximized = maximized === true;
  if (typeof bounds !== 'object' || bounds === null) return { bounds: null, maximized: isMaximized };
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteInt)) return { bounds: null, maximized: isMaximized };
  const rect: Rect = {
    x: Math.round(x as number),
    y: Math.round(y as number),
    width: Math.max(MIN_SIZE.width, Math.round(width as number)),
    height: Math.max(MIN_SIZE.height, Math.round(height as number)),
  };
  const visible = displays.some((display) => intersects(rect, display));
  return { bounds: visible ? rect : null, maximized: isMaximized };
}
