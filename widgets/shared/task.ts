import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * The part of `@lit/task` Hearth uses, with the same names and behaviour: runs an async task when
 * its arguments change (or when asked), aborts the run it replaces, keeps only the latest answer
 * and renders by status. `@lit/task` also carries `taskComplete`, `onComplete`, `initialValue` and
 * more that nothing here uses, in every widget's first render: 2.4 KB minified, this is 1.6 KB.
 */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<R> | R;
  /** The arguments; when they change (shallowly), the task runs before the host renders. */
  args?: () => A;
  /** `false`: the task runs only when `run()` is called. */
  autoRun?: boolean;
}

export interface StatusRenderer<R> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: R) => unknown;
  error?: (error: unknown) => unknown;
}

const sameArgs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

export class Task<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
  value: R | undefined;
  error: unknown;
  private previousArgs: A | undefined;
  private runs = 0;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.config.autoRun === false) return;
    const args = this.config.args?.();
    const previous = this.previousArgs;
    if (args && !(previous && sameArgs(previous, args))) void this.run(args);
  }

  async run(args?: A): Promise<void> {
    const runArgs = args ?? this.config.args?.() ?? ([] as unknown as A);
    this.previousArgs = runArgs;
    if (this.status === TaskStatus.PENDING) this.controller?.abort();
    this.status = TaskStatus.PENDING;
    this.host.requestUpdate();
    const run = ++this.runs;
    const controller = (this.controller = new AbortController());
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.config.task(runArgs, { signal: controller.signal });
    } catch (caught) {
      failed = true;
      error = caught;
    }
    if (run !== this.runs) return;
    this.status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }

  render(renderer: StatusRenderer<R>): unknown {
    switch (this.status) {
      case TaskStatus.INITIAL:
        return renderer.initial?.();
      case TaskStatus.PENDING:
        return renderer.pending?.();
      case TaskStatus.COMPLETE:
        return renderer.complete?.(this.value as R);
      default:
        return renderer.error?.(this.error);
    }
  }
}
