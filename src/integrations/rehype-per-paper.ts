import type { Root } from 'hast';
import type { VFile } from 'vfile';

/** A rehype transformer as our plugins return it. */
type Transformer = (tree: Root, file: VFile) => void;

/** The paper a section belongs to: its front matter's `paper`, as Astro hands it to rehype plugins. */
export function paperOfFile(file: VFile): string | undefined {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const paper = astro?.frontmatter?.['paper'];
  return typeof paper === 'string' ? paper : undefined;
}

/**
 * A plugin that takes one paper's data, run with the data of the paper each file belongs to
 * (one transformer per paper, made on first use). A file of no paper is left as it is.
 */
export function rehypePerPaper<O>(plugin: (options: O) => Transformer, optionsOf: (paper: string) => O) {
  return function attacher(): Transformer {
    const transformers = new Map<string, Transformer>();
    return (tree, file) => {
      const paper = paperOfFile(file);
      if (paper === undefined) return;
      let transform = transformers.get(paper);
      if (!transform) {
        transform = plugin(optionsOf(paper));
        transformers.set(paper, transform);
      }
      transform(tree, file);
    };
  };
}
