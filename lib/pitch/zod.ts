// The English locale alone: the `zod/locales` barrel would bring every language into the page.
import en from 'zod/v4/locales/en.js';
import {
  array,
  check,
  config,
  discriminatedUnion,
  enum as enumOf,
  int,
  iso,
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  number,
  optional,
  pipe,
  record,
  refine,
  regex,
  strictObject,
  string,
  transform,
  union,
  type output,
  type ZodMiniType,
} from 'zod/mini';

// zod/mini ships without messages: a check with no message of its own would say only "Invalid
// input". English is what the classic build configures for itself.
config(en());

/**
 * zod/mini with English messages: the only way lib/ imports zod. The functions the schemas use,
 * imported by name: `export * as z from 'zod/mini'` made the bundler keep the whole of zod (every
 * locale, JSON Schema, codecs; 340 kB) in the pitch page's first chunk.
 */
export const z = {
  array,
  check,
  discriminatedUnion,
  enum: enumOf,
  int,
  iso: { datetime: iso.datetime },
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  number,
  optional,
  pipe,
  record,
  refine,
  regex,
  strictObject,
  string,
  transform,
  union,
};

// eslint-disable-next-line @typescript-eslint/no-namespace -- types only, beside the value `z`, so `z.infer<…>` reads as in zod
export declare namespace z {
  /** The type a schema parses to. */
  export type infer<T extends ZodMiniType> = output<T>;
}
