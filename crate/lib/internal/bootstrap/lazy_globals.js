'use strict';
// The members of the global object that load their module on first read (web APIs, Buffer,
// URL, Intl, crypto, performance, ...): accessors defined once at bootstrap
// (internal/bootstrap/node.js), so a program that never touches them never parses them.

const { defineLazyProperty } = require('internal/util/lazy');

// A global whose module loads on first use.
function defineLazyGlobal(name, load, enumerable = false) {
  defineLazyProperty(globalThis, name, load, enumerable);
}

for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'CountQueuingStrategy', 'ByteLengthQueuingStrategy', 'TextEncoderStream',
  'TextDecoderStream', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
  'CompressionStream', 'DecompressionStream']) {
  defineLazyGlobal(name, () => require('stream/web')[name]);
}
defineLazyGlobal('Intl', () => require('internal/intl/index').Intl);
require('internal/intl/install');
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('crypto', () => require('internal/crypto/webcrypto').crypto);
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
}
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('atob', () => require('buffer').atob);
defineLazyGlobal('btoa', () => require('buffer').btoa);
for (const name of ['atob', 'btoa']) Object.defineProperty(globalThis, name, { enumerable: true });
for (const name of ['BroadcastChannel', 'MessageChannel', 'MessagePort', 'MessageEvent']) {
  defineLazyGlobal(name, () => require('internal/worker/io')[name]);
}
defineLazyGlobal('Blob', () => require('internal/blob').Blob);
defineLazyGlobal('File', () => require('internal/blob').File);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('DOMException', () => require('internal/domexception').DOMException);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone);
defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  defineLazyGlobal(name, () => require('perf_hooks')[name]);
}
