/**
 * The home screen: the meetings by body (MeetingList), and one search box over everything the
 * archive holds (SearchResults), both narrowed by the same filters. The search runs in a worker:
 * a keystroke (through an IME too) is drawn at once, and the results follow when it answers. The
 * box is reached from anywhere with the `search` shortcut.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/commands';
import { navigate } from '../../hooks/router';
import { useMeetings } from '../../data/hooks';
import { createMeeting } from '../../data/meetings';
import { startArchiveSearch } from '../../data/search';
import { currentLanguage } from '../../i18n';
import { BackupActions } from '../../widgets/BackupActions';
import { Filters } from './Filters';
import { bodiesOf, filterMeetings, NO_FILTERS, searchFilters, yearsOf, type FilterState } from './grouping';
import { MeetingList } from './MeetingList';
import { SearchResults } from './SearchResults';

export async function startNewMeeting(): Promise<void> {
  const id = await createMeeting(currentLanguage());
  navigate({ name: 'meeting', id });
}

export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const meetings = useMeetings();
  const [query, setQuery] = useState('');
  const [filterState, setFilterState] = useState<FilterState>(NO_FILTERS);
  const search = useRef<HTMLInputElement>(null);
  // The shortcut can come before the meetings are read (from another screen): the box takes the
  // focus once it is there.
  const [focusRequests, focusSearch] = useReducer((n: number) => n + 1, 0);
  useCommand('search', focusSearch);
  const loaded = meetings !== undefined;
  useEffect(() => {
    if (focusRequests === 0 || !loaded) return;
    search.current?.focus();
    search.current?.select();
  }, [focusRequests, loaded]);
  // The search's worker loads its index (or rebuilds it after an upgrade) once the list is read:
  // at start-up its 200,000 rows would hold the list's own read back (bench/archive.bench.ts).
  useEffect(() => {
    if (loaded) startArchiveSearch();
  }, [loaded]);
  const filters = useMemo(() => searchFilters(filterState), [filterState]);
  const bodies = useMemo(() => bodiesOf(meetings ?? []), [meetings]);
  const years = useMemo(() => yearsOf(meetings ?? []), [meetings]);
  const shown = useMemo(() => filterMeetings(meetings ?? [], filters), [meetings, filters]);
  const searching = query.trim() !== '';

  return (
    <section className="page" aria-labelledby="meetings-heading">
      <header className="page__header">
        <h1 id="meetings-heading">{t('heading')}</h1>
        <button type="button" className="button button--primary" onClick={() => void startNewMeeting()}>
          {t('newMeeting')}
        </button>
      </header>
      <BackupActions />
      {meetings === undefined ? null : meetings.length === 0 ? (
        <div className="empty-state">
          {/* Not a heading: "Meetings" must stay the only heading a search for it finds. */}
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <>
          <div className="toolbar home__search">
            <input
              ref={search}
              type="search"
              className="search"
              aria-label={t('search')}
              placeholder={t('searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <Filters value={filterState} bodies={bodies} years={years} onChange={setFilterState} />
          {searching ? (
            <SearchResults query={query} filters={filters} />
          ) : (
            <>
              <p className="results__status" aria-live="polite">
                {t('count', { count: shown.length })}
              </p>
              {shown.length > 0 ? <MeetingList meetings={shown} /> : <p className="muted">{t('noMatch')}</p>}
            </>
          )}
        </>
      )}
    </section>
  );
}
