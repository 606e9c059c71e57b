// The options page's form controls: the shared field and radio group of the design system, a file
// picker, a file download button, the position choices and the yes / no / not sure choices. Shared by the options page and the popup's request checker.
import { useTranslator } from '@/components/i18n';
import type { Choice } from '@/components/ui/RadioGroup';
import { commonMessages } from '@/core/i18n/messages/common';
import { wizardMessages } from '@/core/i18n/messages/wizard';
import { STATUSES, type Status } from '@/core/types';
import { saveTextFile } from './save-file';

export { type FieldMessages, TextField } from '@/components/ui/Field';
export { type Choice, RadioGroup as ChoiceGroup } from '@/components/ui/RadioGroup';

/** A file picker that looks like a button: a visible label over a keyboard-reachable file input. */
export function FileChooser(props: { id: string; label: string; onFile(input: HTMLInputElement): void }) {
  return (
    <>
      <label class="file-button" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="file"
        accept=".json,application/json"
        class="visually-hidden-file"
        onChange={(event) => props.onFile(event.currentTarget)}
      />
    </>
  );
}

/** A button that offers a file made when it is clicked (nothing leaves the machine). */
export function SaveFileButton(props: {
  label: string;
  file(): { name: string; text: string; type: string };
}) {
  return (
    <button
      type="button"
      onClick={() => {
        const { name, text, type } = props.file();
        saveTextFile(name, text, type);
      }}
    >
      {props.label}
    </button>
  );
}

const STATUS_LABEL = {
  employee: 'statusEmployee',
  intern: 'statusIntern',
  'agency-worker': 'statusAgencyWorker',
  'ex-employee': 'statusExEmployee',
} as const satisfies Record<Status, keyof typeof wizardMessages.en>;

/** Employee, intern, agency worker, former employee: labelled in the interface's language. */
export function useStatusChoices(): Choice<Status>[] {
  const t = useTranslator(wizardMessages);
  return STATUSES.map((value) => ({ value, label: t(STATUS_LABEL[value]) }));
}

/** Yes / no / not sure, for questions whose answer may stay unknown (null). */
export function useYesNoChoices(): Choice<boolean | null>[] {
  const common = useTranslator(commonMessages);
  return [
    { value: true, label: common('yes') },
    { value: false, label: common('no') },
    { value: null, label: common('notSure') },
  ];
}
