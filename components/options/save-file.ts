// Offers text as a file download (Blob + <a download>): nothing leaves the machine.
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads the file chosen in an <input type=file> as text, or null when none was chosen. */
export async function readChosenFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  if (!file) return null;
  const text = await file.text();
  input.value = '';
  return text;
}

/** Today's date as yyyy-mm-dd, for file names. */
export function fileDate(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
