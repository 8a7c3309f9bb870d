/**
 * Rejects with `<label> took longer than <ms> ms` when `promise` does not settle in time (BullMQ waits for a
 * Redis connection indefinitely; the relay must give up, roll back and try again on its next pass).
 */
export async function withDeadline<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
