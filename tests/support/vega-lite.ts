// Vega-Lite's own compiler and its JSON Schema (with ajv) as the oracles of the chart specifications.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { projectRoot } from './built-package.js';

const require = createRequire(import.meta.url);
const Ajv = (
  require('ajv') as {
    default: new (options: object) => {
      compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown };
    };
  }
).default;
// The formats the Vega-Lite schema uses, checked here rather than ignored with a warning.
const isUrl = (value: string, base?: string) => URL.canParse(value, base);
const formats = {
  uri: (value: string) => isUrl(value),
  'uri-reference': (value: string) => isUrl(value, 'https://example.invalid/'),
  'color-hex': /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i,
};
/** Validates a specification against the Vega-Lite JSON Schema; `errors` says why not. */
export const validate = new Ajv({ strict: false, allowUnionTypes: true, formats }).compile(
  JSON.parse(
    readFileSync(`${projectRoot}/node_modules/vega-lite/build/vega-lite-schema.json`, 'utf8'),
  ) as object,
);

/** The warnings that Vega-Lite's compiler logs for a specification. */
export function compileWarnings(spec: object): string[] {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...message: unknown[]) => {
    warnings.push(message.join(' '));
    return logger;
  };
  vegaLite.compile(spec as vegaLite.TopLevelSpec, { logger });
  return warnings;
}
