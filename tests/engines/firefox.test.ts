/** The smoke pass in Firefox (Debian's firefox-esr, over WebDriver BiDi). */
import { launchFirefox } from './firefox.ts';
import { smokeSuite } from './smoke.ts';

smokeSuite('firefox', launchFirefox);
