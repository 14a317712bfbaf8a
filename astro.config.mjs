// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { markdownOptions } from './src/integrations/markdown-options.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { basePath } from './src/lib/base-path.ts';

export default defineConfig({
  site: process.env['SITE_URL'] ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  base: basePath(),
  integrations: [mdx(), pagefindIndex()],
  // Remark/rehype plugins only run through the unified processor in Astro 7; MDX inherits it.
  markdown: { processor: unified(markdownOptions) },
  vite: { plugins: [tailwindcss()] },
});
