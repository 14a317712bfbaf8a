// Loaded at load only on a page with margin notes and a wide screen (src/scripts/reader.ts):
// places the notes, then answers on window.readerSidenotes.
import { initSidenotes, pointOut } from './sidenotes.ts';

initSidenotes();
window.readerSidenotes = { pointOut };
