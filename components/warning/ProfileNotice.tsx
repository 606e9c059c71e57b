// What the warning adds for profile edits: what gets broadcast, the safeguards, and, when the notify
// switch is on, "Go back and switch it off" (cancel, focus the switch; we never flip it ourselves).
import type { ComponentChildren } from 'preact';
import { createTranslator } from '@/core/i18n';
import { profileMessages } from '@/core/i18n/messages/profile';
import type { Language } from '@/core/types';

export type ProfileNote =
  | 'notifyOn'
  | 'notifyJobChange'
  | 'endsCurrent'
  | 'photoSafeguards'
  | 'openToWorkAll'
  | 'settingOn';

export interface ProfileNoticeProps {
  notes: readonly ProfileNote[];
  language: Language;
  /** Offered when the notify switch is on: cancels and focuses the switch. */
  onGoBack?: () => void;
}

export function ProfileNotice({ notes, language, onGoBack }: ProfileNoticeProps) {
  const t = createTranslator(profileMessages, language);
  return (
    <div class="result" data-profile-notice>
      {notes.map((note) => (
        <p key={note} data-note={note}>
          {t(note)}
        </p>
      ))}
      {onGoBack && (
        <p>
          <button type="button" data-action="go-back" onClick={(event) => event.isTrusted && onGoBack()}>
            {t('goBack')}
          </button>{' '}
          <span class="hint">{t('weNeverFlip')}</span>
        </p>
      )}
    </div>
  );
}

/** The warning's addendum for these notes; `switchControl` (when on) is where "go back" puts the focus. */
export function profileAddendum(
  notes: readonly ProfileNote[],
  language: Language,
  switchControl: HTMLElement | null,
  onWentBack: () => void,
): ((goBack: (focus: HTMLElement) => void) => ComponentChildren) | undefined {
  if (notes.length === 0) return undefined;
  return (goBack) => (
    <ProfileNotice
      notes={notes}
      language={language}
      onGoBack={
        switchControl
          ? () => {
              onWentBack();
              goBack(switchControl);
            }
          : undefined
      }
    />
  );
}
