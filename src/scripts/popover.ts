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
  // Focus stays inside while it is open: Tab and Shift+Tab cycle through its controls.
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const stops = [...box!.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
    const [first, last] = [stops[0], stops.at(-1)];
    if (!first || !last) return;
    const at = document.activeElement;
    if (event.shiftKey && (at === first || at === box)) last.focus();
    else if (!event.shiftKey && at === last) first.focus();
    else return;
    event.preventDefault();
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
  pop.style.maxHeight = '';
  if (sheet.matches) {
    pop.style.left = pop.style.top = '';
    return;
  }
  // Below the reference, or above it where there is more room; never taller than that room (a
  // long note scrolls inside), never past the viewport's edges.
  const margin = 8;
  const ref = from.getBoundingClientRect();
  const below = innerHeight - ref.bottom - 6 - margin;
  const above = ref.top - 6 - margin;
  const room = Math.max(below, above, 120);
  if (pop.offsetHeight > room) pop.style.maxHeight = `${room}px`;
  const { offsetWidth: width, offsetHeight: height } = pop;
  const left = Math.min(Math.max(margin, ref.left + ref.width / 2 - width / 2), innerWidth - width - margin);
  const top = height <= below || below >= above ? ref.bottom + 6 : ref.top - height - 6;
  pop.style.left = `${left + scrollX}px`;
  pop.style.top = `${Math.max(margin, top) + scrollY}px`;
}
