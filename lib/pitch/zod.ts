// The English locale alone: the `zod/locales` barrel would bring every language into the page.
import en from 'zod/v4/locales/en.js';
import { config } from 'zod/mini';

// zod/mini ships without messages: a check with no message of its own would say only "Invalid
// input". English is what the classic build configures for itself.
config(en());

/** zod/mini with English messages: the only way lib/ imports zod. */
export * as z from 'zod/mini';
