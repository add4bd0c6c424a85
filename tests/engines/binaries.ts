/** Where Debian's packages put the programs the cross-engine pass drives. */

/** firefox-esr: the browser (driven over WebDriver BiDi, which it speaks itself). */
export const FIREFOX = '/usr/bin/firefox-esr';
/** webkit2gtk-driver: WebKitGTK's WebDriver server. */
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
/** libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver): the browser WebKitWebDriver starts. */
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** xvfb: a virtual X display for MiniBrowser, which has no headless mode. */
export const XVFB = '/usr/bin/Xvfb';
