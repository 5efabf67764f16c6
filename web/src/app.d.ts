// Types SvelteKit shares between hooks, load functions and pages.
import type { Locale } from '$lib/paraglide/runtime.js';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Why the error page is shown, when the cause is known (it picks the message). */
      reason?:
        'apiUnavailable' | 'notFound' | 'unknownMunicipality' | 'unknownService' | 'forbidden' | 'internal';
    }
    interface Locals {
      locale: Locale;
    }
  }
}

export {};
