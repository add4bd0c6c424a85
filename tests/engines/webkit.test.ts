/** The smoke pass in WebKit (WebKitGTK's MiniBrowser under Xvfb, over WebKitWebDriver). */
import { launchWebKit } from './webkit.ts';
import { smokeSuite } from './smoke.ts';

smokeSuite('webkit', launchWebKit);
