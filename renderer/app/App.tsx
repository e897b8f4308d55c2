import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../electron/shared/ipc';
import { MeetingsPage, startNewMeeting } from '../features/meetings/MeetingsPage';
import { LivePage } from '../features/live/LivePage';
import { ActionItemsPage } from '../features/actions/ActionItemsPage';
import { MeetingPage } from '../features/prepare/MeetingPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { replayPendingWrites } from '../data/fallback';
import { isWritable } from '../data/writer';
import { flushRecorders, forgetRecorders, replayJournals } from '../features/live/recorder';
import { host } from '../host';
import { scheduleDailyBackup } from '../widgets/autoBackup';
import { dispatchCommand, dispatchWhenHandled, useCommand } from '../hooks/commands';
import { ShortcutsHelp } from './ShortcutsHelp';
import { shortcutFor } from '../hooks/keys';
import { ErrorBoundary } from './ErrorBoundary';
import { flushAll } from '../hooks/flush';
import { ReadOnlyContext } from '../hooks/readOnly';
import { navigate, routeHref, useRoute, type Route } from '../hooks/router';
import { clearStorageError, useSaveStatus } from '../data/saveStatus';
import { UndoToast } from './UndoToast';
import { claimWriter, takeOver, useWriterStatus } from './writerLock';

/** App-wide commands; the others (next item, export…) belong to the screen showing. */
function runCommand(command: MenuCommand): void {
  if (dispatchCommand(command)) return;
  // A read-only window changes nothing (see writerLock.ts).
  if (command === 'newMeeting' && !isWritable()) return;
  switch (command) {
    case 'backup':
    case 'restore':
      // These live on the Meetings screen: go there, then run them once it is showing.
      navigate({ name: 'meetings' });
      setTimeout(() => dispatchCommand(command), 100);
      return;
    case 'newMeeting':
      void startNewMeeting();
      return;
    case 'meetings':
      navigate({ name: 'meetings' });
      return;
    case 'search':
      // The search box is on the Meetings screen: go there; it takes the focus once it is showing.
      navigate({ name: 'meetings' });
      dispatchWhenHandled('search');
      return;
    case 'settings':
      navigate({ name: 'settings' });
      return;
    default:
      return;
  }
}

/** Shortcuts of the scope "anywhere" (domain/shortcuts.ts); none fires during an IME composition. */
function onGlobalKeyDown(event: KeyboardEvent): void {
  const command = shortcutFor(event, 'anywhere');
  if (command === undefined) return;
  event.preventDefault();
  runCommand(command);
}

function SaveIndicator() {
  const { t } = useTranslation();
  const { pending, error } = useSaveStatus();
  return (
    <span className={`save-indicator ${error ? 'save-indicator--error' : ''}`} role="status">
      {error ? t('status.notSaved') : pending > 0 ? t('status.saving') : t('status.saved')}
    </span>
  );
}

const RETRY_MS = 3000;

/**
 * When writing fails: a banner says so, and what was kept aside is written again every few
 * seconds until the database takes it.
 */
function StorageBanner() {
  const { t } = useTranslation();
  const { error } = useSaveStatus();
  useEffect(() => {
    if (!error) return undefined;
    const timer = setInterval(() => {
      replayPendingWrites().then(
        (done) => {
          if (done) clearStorageError();
        },
        () => undefined,
      );
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [error]);
  if (!error) return null;
  return (
    <p className="banner banner--error banner--page" role="alert">
      {t(`error.storage.${error}`)}
    </p>
  );
}

/** This window is not the one that writes: say so, and offer to make it the one. */
function ReadOnlyBanner() {
  const { t } = useTranslation();
  return (
    <div className="banner banner--warning banner--page banner--with-action" role="alert">
      <p>{t('writer.readOnly')}</p>
      <button type="button" className="button" onClick={takeOver}>
        {t('writer.takeOver')}
      </button>
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'meetings':
    case 'notFound':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage id={route.id} />;
    case 'live':
      return <LivePage id={route.id} at={route.at} />;
    case 'settings':
      return <SettingsPage />;
    case 'actions':
      return <ActionItemsPage />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const writer = useWriterStatus();
  const readOnly = writer.status === 'readOnly';
  useCommand('help', () => setHelp(true));
  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  useEffect(() => host.onMenuCommand(runCommand), []);
  useEffect(
    () =>
      host.onFlushRequest(async () => {
        await Promise.allSettled([flushRecorders(), flushAll()]);
      }),
    [],
  );
  useEffect(claimWriter, []);
  // Writes kept aside in an earlier run (a full disk, a crash, a closed window) are written first.
  useEffect(() => {
    if (writer.status !== 'writer') {
      forgetRecorders();
      return undefined;
    }
    void replayPendingWrites()
      .catch(() => undefined)
      .then(replayJournals)
      .catch(() => undefined);
    return scheduleDailyBackup();
  }, [writer.status, writer.epoch]);
  useEffect(() => {
    window.addEventListener('keydown', onGlobalKeyDown);
    return () => window.removeEventListener('keydown', onGlobalKeyDown);
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={routeHref({ name: 'meetings' })}>
          <img className="brand__mark" src="./favicon.svg" alt="" width="28" height="28" />
          <span className="brand__name">{t('appName')}</span>
        </a>
        <nav className="topbar__nav" aria-label={t('nav.main')}>
          <a href={routeHref({ name: 'meetings' })} aria-current={route.name === 'meetings' ? 'page' : undefined}>
            {t('nav.meetings')}
          </a>
          <a href={routeHref({ name: 'actions' })} aria-current={route.name === 'actions' ? 'page' : undefined}>
            {t('nav.actions')}
          </a>
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={route.name === 'settings'}
            onClick={() => navigate({ name: 'settings' })}
          >
            {t('nav.settings')}
          </button>
        </nav>
        <SaveIndicator />
      </header>
      <StorageBanner />
      {readOnly ? <ReadOnlyBanner /> : null}
      <main className="main">
        {writer.status === 'pending' ? null : (
          <fieldset className="plain-fieldset" disabled={readOnly}>
            <ReadOnlyContext.Provider value={readOnly}>
              {/* Keyed by the writer epoch: a window that becomes the writer starts from the stored data. */}
              <ErrorBoundary key={`${route.name}:${writer.epoch}`}>
                <Screen route={route} />
              </ErrorBoundary>
            </ReadOnlyContext.Provider>
          </fieldset>
        )}
      </main>
      <UndoToast />
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
