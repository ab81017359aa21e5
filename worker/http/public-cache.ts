/** Public reads may be cached briefly: places left change, so not for long. */
export const publicCache = "public, max-age=15, stale-while-revalidate=30";
