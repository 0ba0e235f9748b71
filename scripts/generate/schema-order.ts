// Puts every object's keys in the order its schema declares them, so that the generated data is
// exactly what `parseArticle` gives back for its JSON (zod builds its output in the schema's
// order); the runtime tests compare the two byte for byte.
import type * as z from 'zod';

type Def = { readonly type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `value` with its objects' keys in the order that `schema` declares them; values unchanged. */
export function inSchemaOrder<T>(schema: z.ZodType, value: T): T {
  const def = defOf(schema);
  switch (def.type) {
    case 'readonly':
    case 'optional':
    case 'nullable':
    case 'default':
      return inSchemaOrder(def.innerType as z.ZodType, value);
    case 'pipe':
      return inSchemaOrder(def.in as z.ZodType, value);
    case 'array':
      return (
        Array.isArray(value)
          ? value.map((item: unknown) => inSchemaOrder(def.element as z.ZodType, item))
          : value
      ) as T;
    case 'record':
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          inSchemaOrder(def.valueType as z.ZodType, item),
        ]),
      ) as T;
    case 'union': {
      if (value === null || typeof value !== 'object') return value;
      const keys = Object.keys(value);
      const option = (def.options as z.ZodType[]).find((candidate) => {
        const shape = shapeOf(candidate);
        return shape !== undefined && keys.every((key) => key in shape);
      });
      return option === undefined ? value : inSchemaOrder(option, value);
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const shape = def.shape as Record<string, z.ZodType>;
      const record = value as Record<string, unknown>;
      const ordered = Object.keys(shape).filter((key) => key in record);
      const rest = Object.keys(record).filter((key) => !(key in shape));
      return Object.fromEntries(
        [...ordered, ...rest].map((key) => [
          key,
          shape[key] ? inSchemaOrder(shape[key], record[key]) : record[key],
        ]),
      ) as T;
    }
    default:
      return value;
  }
}

function shapeOf(schema: z.ZodType): Record<string, unknown> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, unknown>;
  if (def.type === 'readonly' || def.type === 'optional')
    return shapeOf(def.innerType as z.ZodType);
  return undefined;
}
