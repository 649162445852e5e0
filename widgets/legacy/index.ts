/**
 * @module The legacy entry (`/widgets/<version>/legacy/pa.js`), loaded by the loader on cores without ES2022:
 * the polyfills first, then the same elements as the modern entry. The build lowers the syntax for Chrome 70.
 */
import "./polyfills";
import "../index";
