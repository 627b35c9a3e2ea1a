import { render, type TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

/**
 * Render `template` into a fresh container on the page and wait for every Lit element in it to
 * finish its first update. Returns the first element. Call `fixtureCleanup` after each test.
 */
export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const elements = Array.from(container.querySelectorAll('*'));
  await Promise.all(
    elements.map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
  );
  return container.firstElementChild as T;
}

/** Remove everything `fixture` added. */
export function fixtureCleanup(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** Resolve with the next `type` event dispatched on `target`. */
export function oneEvent<E extends Event = CustomEvent>(target: EventTarget, type: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as E), { once: true }));
}

/** Poll `check` every animation frame until it returns something truthy (or time runs out). */
export async function waitUntil<T>(check: () => T, message: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`Timed out waiting until ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Poll an asynchronous `check` every 50 ms until it resolves true (or time runs out). */
export async function eventually(check: () => Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting until ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
