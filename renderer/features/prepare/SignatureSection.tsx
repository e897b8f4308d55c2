/**
 * How the minutes are signed (domain/signature.ts): the recorder's and approver's lines, the
 * members chosen to sign, or a 결재란 with headings of the body's own. The body's next meetings
 * start with the same choice, so this is usually set once per organization.
 */
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { IconButton } from '../../components/IconButton';
import { changeSignature } from '../../data/meetings';
import { SIGNATURE_STYLES, type Attendee, type Meeting, type Signature } from '../../domain/model';
import {
  MAX_BOXES,
  MAX_SIGNERS,
  signatureOf,
  withBox,
  withBoxAt,
  withoutBox,
  withSigner,
  withStyle,
} from '../../domain/signature';
import { offerUndo } from '../../hooks/undo';
import { useOptimisticValue } from '../../hooks/useOptimistic';
import { approvalBoxDefaults } from '../../i18n/resources';
import { useFocusLater } from './focusLater';
import { SectionCard } from './SectionCard';

type Change = (change: (signature: Signature) => Signature) => Promise<void>;

export function SignatureSection({ meeting, roster }: { meeting: Meeting; roster: readonly Attendee[] }) {
  const { t } = useTranslation('editor');
  const signature = signatureOf(meeting);
  const [style, setStyle] = useOptimisticValue(signature.style);
  const change: Change = (f) => changeSignature(meeting.id, f);
  const defaults = approvalBoxDefaults(meeting.minutesLanguage);
  return (
    <SectionCard name="signature">
      <div className="form-grid signature">
        <div
          role="radiogroup"
          aria-labelledby="signature-heading"
          aria-describedby="signature-hint"
          className="signature__styles"
        >
          {SIGNATURE_STYLES.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name="signature-style"
                checked={style === option}
                onChange={() => {
                  setStyle(option);
                  void change((s) => withStyle(s, option, defaults));
                }}
              />
              {t(`signature.styles.${option}`)}
            </label>
          ))}
        </div>
        <p id="signature-hint" className="field__hint signature__hint">
          {t(`signature.hints.${style}`)} {t('signature.forBody')}
        </p>
        {style === 'members' ? <Signers signerIds={signature.signerIds} roster={roster} change={change} /> : null}
        {style === 'approvalBox' ? <Boxes boxes={signature.boxes} change={change} /> : null}
      </div>
    </SectionCard>
  );
}

/** One choice per signing member, and one more (empty) while there is room. */
function Signers({ signerIds, roster, change }: { signerIds: string[]; roster: readonly Attendee[]; change: Change }) {
  const { t } = useTranslation('editor');
  const members = roster.filter((a) => a.group === 'member' || signerIds.includes(a.id));
  const options = [
    { value: '', label: t('signature.noSigner') },
    ...members.map((a) => ({ value: a.id, label: [a.name || t('unnamed'), a.role].filter(Boolean).join(' · ') })),
  ];
  const slots = Math.min(MAX_SIGNERS, Math.max(2, signerIds.length + 1));
  return (
    <div className="signature__choices">
      {members.length === 0 ? <p className="field__hint">{t('signature.noMembers')}</p> : null}
      {Array.from({ length: slots }, (_, slot) => {
        const id = signerIds[slot] ?? '';
        return (
          <SelectField
            key={slot}
            label={t('signature.signer', { n: slot + 1 })}
            value={members.some((a) => a.id === id) ? id : ''}
            options={options}
            onValueChange={(value) => void change((s) => withSigner(s, slot, value || null))}
          />
        );
      })}
    </div>
  );
}

/** The headings of the approval boxes, left to right. */
function Boxes({ boxes, change }: { boxes: string[]; change: Change }) {
  const { t } = useTranslation('editor');
  const { containerRef, focusLater, focusAfterRemoving } = useFocusLater<HTMLDivElement>('box', 'addBox');
  const remove = async (index: number, heading: string) => {
    focusAfterRemoving(index, boxes.length);
    await change((s) => withoutBox(s, index));
    offerUndo(t('signature.removedBox', { heading }), () => change((s) => withBoxAt(s, index, heading)));
  };
  return (
    <div className="signature__choices" ref={containerRef}>
      <ol className="signature__boxes">
        {boxes.map((heading, index) => (
          // By place: the headings are the meeting's list, in order.
          <li key={index} className="signature__box">
            <AutosaveTextField
              label={t('signature.box', { n: index + 1 })}
              value={heading}
              onSave={(text) => change((s) => withBox(s, index, text))}
              data-field="box"
            />
            <IconButton
              icon="✕"
              danger
              label={t('signature.removeBox', { n: index + 1 })}
              onClick={() => void remove(index, heading)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        data-field="addBox"
        disabled={boxes.length >= MAX_BOXES}
        onClick={() =>
          void change((s) => withBox(s, s.boxes.length, '')).then(() => {
            focusLater(boxes.length);
          })
        }
      >
        {t('signature.addBox')}
      </button>
    </div>
  );
}
