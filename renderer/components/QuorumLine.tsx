import { useTranslation } from 'react-i18next';
import type { QuorumCount } from '../domain/quorum';

/** "재적 N명 중 출석 M명 — 성원", announced politely when the counts change. */
export function QuorumLine({ count }: { count: QuorumCount }) {
  const { t } = useTranslation('record');
  const text =
    count.enrolled === 0 ? t('quorum.noMembers') : t(count.met ? 'quorum.met' : 'quorum.notMet', { ...count });
  return (
    <p className={`quorum-line ${count.met ? 'quorum-line--met' : 'quorum-line--short'}`} aria-live="polite">
      {text}
    </p>
  );
}
