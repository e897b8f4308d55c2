import { useTranslation } from 'react-i18next';
import { dismissUndo, runUndo, useUndoOffer } from '../hooks/undo';

export function UndoToast() {
  const { t } = useTranslation('editor');
  const offer = useUndoOffer();
  return (
    <div className="toast-region" aria-live="polite">
      {offer ? (
        <div className="toast" key={offer.id}>
          <span>{offer.message}</span>
          <button type="button" className="button button--small" onClick={() => void runUndo()}>
            {t('undo')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={dismissUndo}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
