// Route matcher: an Amtlicher Gemeindeschlüssel has exactly 8 digits; anything else is a 404.
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is string => /^\d{8}$/.test(param)) satisfies ParamMatcher;
