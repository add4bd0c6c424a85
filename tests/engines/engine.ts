/**
 * What the cross-engine smoke pass needs from a browser, whichever driver moves it (puppeteer-core over
 * WebDriver BiDi for Firefox, selenium-webdriver over classic WebDriver for WebKitGTK), and waiting on the page.
 */

/** A browser page the smoke pass drives. */
export interface Engine {
  /** "firefox" or "webkit", for messages. */
  name: string;
  /** The browser's own name and version, for the report. */
  version: string;
  /** Loads an address (a path under the site root) as a new document, and resolves once its load event has fired. */
  open: (path: string) => Promise<void>;
  /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its JSON value. */
  evaluate: (expression: string) => Promise<unknown>;
  /** Presses a key as the reader would: a puppeteer key name ("End", "ArrowRight", "o"), optionally "Control+v". */
  press: (key: string) => Promise<void>;
  /** A real pointer click at the middle of the first element a CSS selector matches. */
  click: (selector: string) => Promise<void>;
  /** Clears a text field (CSS selector) and types into it, key by key, as the reader would. */
  fill: (selector: string, text: string) => Promise<void>;
  /** Sets the size of the page's viewport (CSS px). */
  resize: (width: number, height: number) => Promise<void>;
  /** Ends the browser and everything started for it. */
  close: () => Promise<void>;
}

/**
 * Whether going from one address to another would only move within the same document (they differ at most
 * in the fragment), which browsers do without loading the page again; `open` then passes through about:blank.
 */
export const sameDocument = (from: string, to: string): boolean => from.split('#')[0] === to.split('#')[0];

/** How long a wait on the page may take before the test fails (ms). */
export const WAIT_MS = 10_000;

/** `fn(...args)` as an expression the page evaluates: the function's source with its arguments as JSON. */
export function call<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

/** Runs a function in the page and returns its (awaited, JSON) result. */
export async function run<T, A extends unknown[]>(engine: Engine, fn: (...args: A) => T, ...args: A): Promise<Awaited<T>> {
  return (await engine.evaluate(call(fn, ...args))) as Awaited<T>;
}

/** Resolves once `check()` is truthy (checked each animation frame), or with ok: false after `timeout` ms. Runs in the page. */
const poll = (check: () => unknown, timeout: number): Promise<{ ok: boolean; value: unknown }> =>
  new Promise((resolve) => {
    const until = performance.now() + timeout;
    const next = (): void => {
      let value: unknown;
      try {
        value = check();
      } catch (error) {
        value = String(error);
      }
      if (value) resolve({ ok: true, value });
      else if (performance.now() > until) resolve({ ok: false, value });
      else requestAnimationFrame(next);
    };
    next();
  });

/** What a wait returns: the check's value once it holds. */
type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** Whether a driver error says the page's document went away mid-call (a redirect, a navigation): worth asking again. */
export const documentGone = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NoSuchFrameError' || /context was destroyed|before the unload event/i.test(error.message));

/**
 * Waits until `fn(...args)` returns something truthy in the page, and returns it; fails after WAIT_MS naming
 * `what` and the last value seen. The check runs in the page once per frame, so the wait ends on the frame the
 * page changes: no fixed sleep, one driver round trip (another if the document is replaced meanwhile).
 */
export async function waitFor<T, A extends unknown[]>(engine: Engine, what: string, fn: (...args: A) => T, ...args: A): Promise<Truthy<T>> {
  const until = performance.now() + WAIT_MS;
  let result: { ok: boolean; value: unknown } = { ok: false, value: 'no answer' };
  do {
    const left = Math.max(0, Math.round(until - performance.now()));
    try {
      result = (await engine.evaluate(`(${poll.toString()})(() => ${call(fn, ...args)}, ${left})`)) as typeof result;
    } catch (error) {
      if (!documentGone(error)) throw error;
    }
  } while (!result.ok && performance.now() < until);
  if (!result.ok) throw new Error(`${engine.name}: timed out waiting for ${what} (last: ${JSON.stringify(result.value)})`);
  return result.value as Truthy<T>;
}
