import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
/** A path of the project, from its root. */
export const at = (relative: string) => fileURLToPath(new URL(relative, root));

export const paths = {
  annotation: at('data/annotations.json'),
  text: at('data/article.txt'),
  zhHans: at('data/translations/zh-Hans.json'),
  translations: at('data/translations/'),
  packageJson: at('package.json'),
  generatedIds: at('src/generated/ids.ts'),
  generatedData: at('src/generated/article-data.ts'),
  generatedNames: at('src/generated/entity-names.ts'),
  generatedZhHans: at('src/generated/zh-hans.ts'),
  generatedEdition: at('src/generated/edition.ts'),
} as const;
