/**
 * What a search of the archive found (useArchiveSearch): meetings newest first, each with its
 * title (a link to the meeting), body, session, date and status, how many places matched and the
 * first of them, each a link that opens the meeting at that place (grouping.ts's hitRoute) with its
 * matched words marked. Mounted only while there is a query: the archive is not searched for
 * nothing. While an answer is on its way the previous one stays (marked busy), and before the
 * first one nothing claims there are no results.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchiveSearch } from '../../data/hooks';
import { sameGroup, type SearchFilters, type SearchGroup, type SearchHit } from '../../domain/search';
import { routeHref } from '../../hooks/router';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { hitRoute } from './grouping';

/** The snippet with its matched ranges in <mark>. */
function Snippet({ hit }: { hit: SearchHit }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of hit.ranges) {
    if (start > at) parts.push(hit.snippet.slice(at, start));
    parts.push(<mark key={start}>{hit.snippet.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(hit.snippet.slice(at));
  return <span className="result__snippet">{parts}</span>;
}

// Drawn again only when it shows something else: most groups of one keystroke's answer are those
// of the keystroke before (and while the next answer is on its way, the list is drawn unchanged).
const ResultGroup = memo(
  function ResultGroup({ group }: { group: SearchGroup }) {
    const { t } = useTranslation(['meetings', 'record']);
    const { t: tr } = useTranslation('record');
    const title = group.title || t('untitled');
    return (
      <li className="card result">
        <div className="result__head">
          <h2 className="result__title">
            <a href={routeHref({ name: 'meeting', id: group.meetingId })}>{title}</a>
          </h2>
          <span className="result__meta">
            {[
              group.body || t('noBody'),
              group.sessionLabel,
              group.date ? formatDate(tr, group.date, currentLanguage()) : t('noDate'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span className={`badge badge--${group.status}`}>{t(`record:status.${group.status}`)}</span>
          <span className="result__count">{t('results.hits', { count: group.hitCount })}</span>
        </div>
        <ul className="result__hits">
          {group.hits.map((hit) => (
            <li key={`${hit.kind}:${hit.targetId}:${hit.snippet}`}>
              <a className="result__hit" href={routeHref(hitRoute(group, hit))}>
                <span className="result__kind">{t(`results.kind.${hit.kind}`)}</span> <Snippet hit={hit} />
              </a>
            </li>
          ))}
        </ul>
      </li>
    );
  },
  (before, after) => sameGroup(before.group, after.group),
);

export function SearchResults({ query, filters }: { query: string; filters: SearchFilters }) {
  const { t } = useTranslation('meetings');
  const result = useArchiveSearch(query, filters);
  // The answer shown is for an earlier query (or the query typed is not searched yet).
  const busy = result === undefined || result.query !== query;
  const status =
    result === undefined
      ? t('results.searching')
      : result.meetingCount === 0
        ? busy
          ? t('results.searching')
          : t('results.none')
        : result.meetingCount > result.groups.length
          ? t('results.more', { count: result.meetingCount, shown: result.groups.length })
          : t('results.count', { count: result.meetingCount });
  return (
    <section className="results" aria-label={t('results.heading')} aria-busy={busy}>
      <p className="results__status" aria-live="polite">
        {status}
      </p>
      {result && result.groups.length > 0 ? (
        <ol className={`results__list${busy ? ' results__list--stale' : ''}`}>
          {result.groups.map((group) => (
            <ResultGroup key={group.meetingId} group={group} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
