'use strict';
// PostGraphile 5 (grafast) calls Promise.withResolvers, which Node 20 lacks (Node 22 has it).
// Preloaded by the benchmark with `node -r ./bench/polyfill.cjs`; a no-op where it exists.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
