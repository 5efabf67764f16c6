// Types SvelteKit shares between hooks, load functions and pages.
import type { Locale } from '$lib/i18n';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** A message key of $lib/i18n for the error page, when the cause is known. */
      reason?: 'apiUnavailable' | 'notFound' | 'unknownMunicipality' | 'internal';
    }
    interface Locals {
      locale: Locale;
    }
  }
}

export {};
