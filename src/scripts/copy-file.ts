// "Copy BibTeX" / "Copy RIS" in the cite block (src/components/CiteThisPaper.astro): the file's
// text onto the clipboard, fetched on the click; loaded with the enhancement on the first click.

/** Copy the file a cite-block button names, and say so in the block's status line. */
export async function copyFile(button: HTMLButtonElement): Promise<void> {
  const src = button.dataset['src'] ?? '';
  const label = button.dataset['label'] ?? 'Text';
  const status = button.closest('.cite-this-paper')?.querySelector<HTMLElement>('.copy-status');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const text = fetch(src).then((response) => {
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    return response.text();
  });
  try {
    // A ClipboardItem takes the pending text, so the copy still counts as the click's (Safari).
    if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
      const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    } else {
      await navigator.clipboard.writeText(await text);
    }
    say(`${label} copied to the clipboard.`);
  } catch {
    say(`Could not copy: download the ${label} file instead.`);
  }
}
