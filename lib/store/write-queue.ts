/**
 * One promise queue: each task starts once the one before it has settled (resolved or failed),
 * so writes from several tabs at once read what the last one wrote and lose nothing.
 */
export function writeQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
