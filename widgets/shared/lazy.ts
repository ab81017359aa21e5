/**
 * A module loaded the first time it is asked for, e.g. a form's contract (valibot and the API's
 * schema) once someone starts answering, so the first paint never waits for it. A failed load
 * (a network blip) is tried again the next time.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Starts loading ahead of need; a failure shows later, where the module is needed. */
export const prefetch = (load: () => Promise<unknown>) => (): void => {
  load().catch(() => undefined);
};
