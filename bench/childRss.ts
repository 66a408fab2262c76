/**
 * Preloaded (node --require) into the timed `lianyi check` child only: reports the child's peak
 * resident memory on stderr as it exits, for the bench to pick up. Nothing else changes.
 */
import { MAX_RSS_MARKER } from './childRssMarker';

process.on('exit', () => {
  process.stderr.write(`\n${MAX_RSS_MARKER} ${process.resourceUsage().maxRSS}\n`);
});
