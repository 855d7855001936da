/** How a measured child reports its peak RSS (kilobytes) on its last stderr line. */
export const PEAK_RSS_MARK = '__bench_max_rss_kb=';
