/**
 * @module What the widgets need on Chromium 70–93 beyond syntax (which the build lowers), each found by running
 * the legacy build in the real old cores (test/site/old-cores.test.ts), each installed only where missing.
 */

// ES built-ins from core-js, one module each (they install only where missing): Array#at (Chrome 92) in the views
// and Chart.js, Object.fromEntries (Chrome 73) in the tile map.
import "core-js/modules/es.array.at.js";
import "core-js/modules/es.object.from-entries.js";

// AbortSignal.timeout (Chrome 103): the data client's request deadline. The abort reason is a TimeoutError, as
// in the platform; cores without abort reasons (< 98) only see `aborted`, which is what the client checks.
if (typeof AbortSignal.timeout !== "function") {
  AbortSignal.timeout = (ms: number): AbortSignal => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException("signal timed out", "TimeoutError")), ms);
    return controller.signal;
  };
}

// CSSStyleDeclaration#colorScheme (the `color-scheme` property, Chrome 81): the theme reads the host's
// declared scheme from it. Cores without the property have no declared scheme: an empty value.
if (!("colorScheme" in document.documentElement.style)) {
  Object.defineProperty(CSSStyleDeclaration.prototype, "colorScheme", {
    configurable: true,
    get(this: CSSStyleDeclaration) {
      return this.getPropertyValue("color-scheme");
    },
  });
}

// V8 before 8.0 (Chromium < 80) throws "'getPrototypeOf' on proxy: trap returned neither object nor null" when
// a getPrototypeOf trap returns null (V8 bug 9781), which Chart.js's option proxies do for null-prototype
// objects (Chart.js issue 9980). Where the bug is present, that error means the trap returned null.
const nullTrapThrows = (): boolean => {
  try {
    Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => null }));
    return false;
  } catch {
    return true;
  }
};
if (nullTrapThrows()) {
  const patch = (original: (target: object) => object | null) =>
    function getPrototypeOf(target: object): object | null {
      try {
        return original(target);
      } catch (error) {
        if (error instanceof TypeError && /neither object nor null/.test(error.message)) return null;
        throw error;
      }
    };
  Object.getPrototypeOf = patch(Object.getPrototypeOf);
  Reflect.getPrototypeOf = patch(Reflect.getPrototypeOf);
}
