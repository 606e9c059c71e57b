// Under the employer's name: the forms the warnings look for ("We look for: …"), the names entered that
// are not looked for and why, and a field to try a sentence with the live answer whether it would warn.
// It matches with the same matcher as the LinkedIn script, so what it says is what the warning does.
import { useMemo, useState } from 'preact/hooks';
import { useTranslator } from '@/components/i18n';
import { employerFormsMessages } from '@/core/i18n/messages/employer-forms';
import { createEmployerMatcher } from '@/core/name-match';

/** More forms than this are summed up ("and 12 more"): the list stays readable with many aliases. */
const SHOWN_FORMS = 24;

export function EmployerFormsPreview(props: { name: string; aliases: readonly string[] }) {
  const t = useTranslator(employerFormsMessages);
  const [sentence, setSentence] = useState('');
  // Compiled again only when the name or the aliases change, not on every character of the sentence.
  const aliasLines = props.aliases.join('\n');
  const matcher = useMemo(
    () => createEmployerMatcher({ name: props.name, aliases: aliasLines.split('\n'), companyPageUrl: null }),
    [props.name, aliasLines],
  );
  const shown = matcher.forms.slice(0, SHOWN_FORMS);
  const hidden = matcher.forms.length - shown.length;
  const finding = sentence.trim() === '' ? undefined : (matcher.findInText(sentence)[0] ?? null);

  return (
    <div class="employer-forms">
      {matcher.forms.length > 0 ? (
        <>
          <p id="employer-forms-title">{t('lookFor')}</p>
          <ul aria-labelledby="employer-forms-title">
            {shown.map((form) => (
              <li key={`${form.signal}:${form.text}`}>{form.text}</li>
            ))}
            {hidden > 0 && <li>{t('more', { count: hidden })}</li>}
          </ul>
          <p class="hint">{t('formsNote')}</p>
        </>
      ) : (
        <p class="hint">{t('nothingYet')}</p>
      )}
      {matcher.skipped.map((skipped) => (
        <p class="hint" key={skipped.text}>
          {t(skipped.reason, { name: skipped.text })}
        </p>
      ))}
      <div class="field">
        <label for="employer-forms-try">{t('tryLabel')}</label>
        <textarea
          id="employer-forms-try"
          rows={2}
          value={sentence}
          aria-describedby="employer-forms-try-hint employer-forms-result"
          onInput={(event) => setSentence(event.currentTarget.value)}
        />
        <p class="hint" id="employer-forms-try-hint">
          {t('tryHint')}
        </p>
        <p role="status" id="employer-forms-result">
          {finding === null && t('wouldNotWarn')}
          {finding && t('wouldWarn', { form: finding.form })}
        </p>
      </div>
    </div>
  );
}
