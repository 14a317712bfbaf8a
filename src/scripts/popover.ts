// One popover for the whole page (notes, editors' notes, paragraph actions): anchored under its
// trigger, or a bottom sheet on small screens. Esc, the close button or a click outside closes
// it; when it was opened from the keyboard or by a click, focus goes back to its trigger.
const sheet = matchMedia('(max-width: 40rem)');
let box: HTMLElement | undefined;
let trigger: HTMLElement | undefined;
let pinned = false;

export interface PopoverContent {
  label: string;
  body: Node[];
  className?: string;
}

function element(): HTMLElement {
  if (box) return box;
  box = document.createElement('div');
  box.popover = 'manual';
  box.className = 'popover';
  box.id = 'reader-popover';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'reader-popover-label');
  box.tabIndex = -1;
  document.body.append(box);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !box!.contains(target) && !trigger?.contains(target)) close(false);
  });
  return box;
}

export function isOpen(): boolean {
  return box?.matches(':popover-open') ?? false;
}

export function currentTrigger(): HTMLElement | undefined {
  return isOpen() ? trigger : undefined;
}

/** Show `content` next to `from`; `focus` (a click or a key) moves focus into it and keeps it open. */
export function open(from: HTMLElement, content: PopoverContent, focus: boolean): void {
  const pop = element();
  if (isOpen()) pop.hidePopover();
  trigger?.removeAttribute('aria-expanded');
  trigger = from;
  pinned = focus;
  pop.className = `popover ${content.className ?? ''}`;
  const head = document.createElement('div');
  head.className = 'popover-head';
  head.innerHTML = '<span id="reader-popover-label"></span><button type="button" aria-label="Close">×</button>';
  head.firstElementChild!.textContent = content.label;
  head.lastElementChild!.addEventListener('click', () => close(true));
  pop.replaceChildren(head, ...content.body);
  pop.showPopover();
  from.setAttribute('aria-expanded', 'true');
  place(pop, from);
  if (focus) pop.focus({ preventScroll: true });
}

export function close(returnFocus: boolean): void {
  if (!box || !isOpen()) return;
  box.hidePopover();
  trigger?.removeAttribute('aria-expanded');
  if (returnFocus && pinned) trigger?.focus();
}

/** Whether a hover preview may close: not once the reader has clicked or keyed it open. */
export function isPinned(): boolean {
  return pinned;
}

export function popoverElement(): HTMLElement | undefined {
  return box;
}

function place(pop: HTMLElement, from: HTMLElement): void {
  pop.classList.toggle('sheet', sheet.matches);
  if (sheet.matches) {
    pop.style.left = pop.style.top = '';
    return;
  }
  const ref = from.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = pop;
  const left = Math.min(Math.max(8, ref.left + ref.width / 2 - width / 2), innerWidth - width - 8);
  const below = ref.bottom + 6;
  const top = below + height > innerHeight && ref.top - height - 6 > 0 ? ref.top - height - 6 : below;
  pop.style.left = `${left + scrollX}px`;
  pop.style.top = `${top + scrollY}px`;
}
