// Groups the core's FieldErrors ('employer.aliases.2') by the form field that shows them.
import type { FieldError } from '@/core/settings/io';
import type { Language } from '@/core/types';

export function errorsByField(
  errors: readonly FieldError[],
  fields: readonly string[],
  language: Language,
): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const error of errors) {
    const field =
      fields.find((f) => error.field === f || error.field.startsWith(`${f}.`)) ??
      error.field.split('.')[0] ??
      '';
    byField[field] = [...(byField[field] ?? []), error.message[language]];
  }
  return byField;
}
