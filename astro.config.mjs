// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { markdownOptions } from './src/integrations/markdown-options.ts';
import { editorialFiles } from './src/integrations/editorial-files.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { paperSourceErrors } from './src/integrations/paper-source-errors.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { basePath } from './src/lib/base-path.ts';

export default defineConfig({
  site: process.env['SITE_URL'] ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  base: basePath(),
  // Order matters after the build: the search index, then the offline list, then the headers.
  integrations: [
    // First: a section that does not compile stops the build with the paper's file and line.
    paperSourceErrors(),
    // So does an invalid or clashing glossary.yaml or themes.yaml, series-wide or a paper's own.
    editorialFiles(),
    mdx(),
    // The 404 page is not a page of the paper.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
    pagefindIndex(),
    serviceWorker(),
    securityHeaders(),
  ],
  // Remark/rehype plugins only run through the unified processor in Astro 7; MDX inherits it.
  markdown: { processor: unified(markdownOptions) },
  // Scripts stay files, however small: cached from one section to the next, not repeated in each page.
  // Small stylesheets (a page type's own, under 4 KB) are still inlined: one request fewer. Tailwind's
  // output (the theme pages') stays a file: its `@property` rules are valid CSS that the HTML checker's
  // older CSS grammar rejects when they sit in a page.
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: (file, content) => (file.endsWith('.js') || content.includes('@property') ? false : undefined),
    },
  },
});
