/** The width from which notes sit in the margin; the same breakpoint as the CSS (src/styles/reading.css). */
export const wide = matchMedia('(min-width: 75rem)');
