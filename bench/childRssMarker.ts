/** The stderr line the preloaded childRss.js writes as the timed child exits. */
export const MAX_RSS_MARKER = 'LIANYI_BENCH_MAXRSS_KB';
