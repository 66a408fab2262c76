/**
 * Loaded first in every page that can reach zod (webpack.config.js). The pages' Content-Security-Policy allows no
 * eval; zod would otherwise probe for `new Function` (which the browser reports as a CSP violation) and compile
 * parsers with it. jitless keeps zod to plain code; parsing results are the same.
 */
import { config } from 'zod';

config({ jitless: true });
