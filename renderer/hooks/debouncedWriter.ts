/**
 * Text saved as it is typed, for the autosaved fields (useAutosave) and the live screen's Entry
 * field (features/live/recorder.ts). A change is written at most SAVE_DELAY_MS after the first
 * change not yet written, also while changes keep coming: a later change does not postpone the
 * write, so a long burst of typing is still written every 300 ms.
 *
 * Until it is written (waiting for the delay, in flight, or refused and waiting to be tried again
 * RETRY_MS later) the text counts as waiting in the save status, so "Saved" never shows over text
 * that is not stored. A refused write is reported there too: the database's write path reports
 * what reaches it, and this also covers a database that could not be reached at all.
 */
import { clearWaiting, markWaiting, reportWriteFailure } from '../data/saveStatus';

const SAVE_DELAY_MS = 300;
const RETRY_MS = 2000;

type Write = () => Promise<unknown>;

export class DebouncedWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private next: Write | null = null;
  private writing = 0;

  /** True while a change waits for its write (its delay, or its retry after a refusal). */
  get scheduled(): boolean {
    return this.next !== null;
  }

  /**
   * A change, stored by `write`: run within `delay`, or sooner if a write is already due. A
   * change scheduled before it runs replaces it (the newest text is the one to store).
   */
  schedule(write: Write, delay = SAVE_DELAY_MS): void {
    this.next = write;
    if (this.timer !== null) return;
    markWaiting(this);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** What was scheduled is no longer to be written (it was taken another way). */
  cancel(): void {
    this.next = null;
    this.stopTimer();
    this.settle();
  }

  /** Writes now what is scheduled (leaving the field, the window closing); nothing if nothing is. */
  async flush(): Promise<void> {
    this.stopTimer();
    const write = this.next;
    if (!write) return;
    this.next = null;
    this.writing += 1;
    try {
      await write();
    } catch (error) {
      // The status bar shows the failure; the change is tried again shortly, unless a newer one
      // has been scheduled meanwhile.
      reportWriteFailure(error);
      if (!this.next) this.schedule(write, RETRY_MS);
    } finally {
      this.writing -= 1;
      this.settle();
    }
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private settle(): void {
    if (!this.next && this.writing === 0) clearWaiting(this);
  }
}
