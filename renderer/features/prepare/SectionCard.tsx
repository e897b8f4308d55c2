import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A section of the meeting editor that is no list (ListCard has those): a card headed by its name
 * (`sections.<name>`), reached from the section links as `#<name>`; its heading's id is
 * `<name>-heading`, for controls inside that take their name from it.
 */
export function SectionCard({
  name,
  children,
}: {
  name: 'details' | 'quorum' | 'signature' | 'procedure' | 'previousActions';
  children: ReactNode;
}) {
  const { t } = useTranslation('editor');
  return (
    <section className="card" aria-labelledby={`${name}-heading`} id={name}>
      <h2 id={`${name}-heading`}>{t(`sections.${name}`)}</h2>
      {children}
    </section>
  );
}
