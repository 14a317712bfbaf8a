/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  singleQuote: true,
  printWidth: 120,
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
