/**
 * WebKitGTK (Safari's engine), as Debian ships it: its MiniBrowser under Xvfb, driven by selenium-webdriver
 * through WebKitWebDriver (package webkit2gtk-driver; classic WebDriver, no BiDi, no console access).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, Key, type WebDriver } from 'selenium-webdriver';
import { freePort } from '../support/static-site.ts';
import { MINIBROWSER, WEBKIT_DRIVER, XVFB } from './binaries.ts';
import { sameDocument, waitFor, type Engine } from './engine.ts';

/** Puppeteer's key names (used by the tests) → WebDriver's key codes; one character stands for itself. */
const keys: Record<string, string> = {
  End: Key.END,
  Home: Key.HOME,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  PageDown: Key.PAGE_DOWN,
  PageUp: Key.PAGE_UP,
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Tab: Key.TAB,
  Control: Key.CONTROL,
};

/** Starts a virtual X display on a free display number (Xvfb picks it and writes it to fd 3). */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdio[3]?.once('data', (chunk: Buffer) => resolve({ display: `:${chunk.toString().trim()}`, process: child }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
}

/** Starts WebKitWebDriver on a free port and resolves once it answers. */
async function startDriver(display: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`))));
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const ready = await Promise.race([
      fetch(`${url}/status`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (ready) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** Starts MiniBrowser on a page of the site at `root`, its viewport the given size. */
export async function launchWebKit(root: string, width: number, height: number): Promise<Engine> {
  const xvfb = await startXvfb();
  let driverProcess: ChildProcess | undefined;
  let driver: WebDriver | undefined;
  // Should the test process end without closing the engine, take the display and driver down with it
  // (MiniBrowser then loses its display and exits too).
  const kill = (): void => {
    driverProcess?.kill();
    xvfb.process.kill();
  };
  process.once('exit', kill);
  const stop = async (): Promise<void> => {
    await driver?.quit().catch(() => undefined);
    kill();
    process.off('exit', kill);
  };
  try {
    const server = await startDriver(xvfb.display);
    driverProcess = server.process;
    // usingServer: selenium talks to this driver and never runs selenium-manager (which would try to download one).
    driver = await new Builder()
      .usingServer(server.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        // Full screen hides MiniBrowser's toolbar, which would otherwise hold the window at least 447 px wide.
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
      })
      .build();
    const session = driver;
    await session.manage().window().setRect({ width, height });
    const capabilities = await session.getCapabilities();
    const engine: Engine = {
      name: 'webkit',
      version: `${String(capabilities.get('browserName'))} ${String(capabilities.get('browserVersion'))}`,
      async open(path) {
        const url = new URL(path.replace(/^\//, ''), root).href;
        if (sameDocument(await session.getCurrentUrl(), url)) await session.get('about:blank');
        // WebKitWebDriver can answer a navigation before the new document has loaded (seen on a busy machine):
        // mark the old document, then wait for a complete one without the mark.
        await session.executeScript('window.__leaving = true');
        await session.get(url);
        await waitFor(
          engine,
          `${path} to load`,
          () =>
            !(window as unknown as { __leaving?: boolean }).__leaving &&
            document.readyState === 'complete' &&
            // The web faces come in after the first paint (src/fonts/web-faces.ts): wait, so nothing reflows under a click.
            (!document.getElementById('web-faces') || document.documentElement.hasAttribute('data-web-faces')),
        );
      },
      evaluate: (expression) => session.executeScript(`return ${expression}`),
      async press(chord) {
        const codes = chord.split(/\+(?=.)/).map((key) => keys[key] ?? key);
        let actions = session.actions();
        for (const code of codes) actions = actions.keyDown(code);
        for (const code of codes.reverse()) actions = actions.keyUp(code);
        await actions.perform();
      },
      async click(selector) {
        await session.findElement({ css: selector }).click();
      },
      async fill(selector, text) {
        const field = await session.findElement({ css: selector });
        await field.clear();
        await field.sendKeys(text);
      },
      async resize(w, h) {
        await session.manage().window().setRect({ width: w, height: h });
      },
      close: stop,
    };
    return engine;
  } catch (error) {
    await stop();
    throw error;
  }
}
