// Test server only (serve.mjs --probe): records a page's script errors where the driver shows no console
// (WebKitWebDriver). Loaded as a same-origin classic script, so the site's CSP allows it unchanged.
// The tests read window.__pageErrors; production pages never load this file.
(() => {
  const errors = [];
  window.__pageErrors = errors;
  const record = (text) => errors.push(String(text));
  // Capture phase: also sees elements whose script, stylesheet, image or font failed to load.
  addEventListener(
    'error',
    (event) => {
      // A failed <link rel=modulepreload> is a hint gone unused, not a failure: the import it anticipates fetches
      // the module itself (Firefox 153 fails Vite's hints for chunks the page has already imported; the chart checks
      // that follow prove those modules ran).
      if (event.target instanceof HTMLLinkElement && event.target.rel === 'modulepreload') return;
      if (event.target instanceof Element) record(`failed to load ${event.target.src || event.target.href || event.target.tagName}`);
      else record(event.error instanceof Error && event.error.stack ? `${event.message}\n${event.error.stack}` : event.message);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) =>
    record(`unhandled rejection: ${event.reason instanceof Error ? (event.reason.stack ?? event.reason.message) : String(event.reason)}`),
  );
  addEventListener('securitypolicyviolation', (event) => record(`CSP blocked ${event.blockedURI || 'inline code'} (${event.violatedDirective})`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
})();
