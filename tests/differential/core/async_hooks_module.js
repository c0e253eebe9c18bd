// async_hooks differential: the module's keys, asyncWrapProviders, createHook's checks and
// chaining, AsyncResource's type check, ids, bind (its asyncResource, length and name) and
// emitDestroy; AsyncLocalStorage.run's arguments and return value.
const hooks = require('async_hooks');
const { AsyncLocalStorage, AsyncResource } = hooks;
console.log(Object.keys(hooks).join());
console.log(JSON.stringify(hooks.asyncWrapProviders), Object.isFrozen(hooks.asyncWrapProviders));
const hook = hooks.createHook({});
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(hook)), hook.enable() === hook, hook.disable() === hook);
try { hooks.createHook({ init: 1 }); } catch (e) { console.log(e.code, e.message); }
const resource = new AsyncResource('X');
console.log(typeof resource.asyncId(), resource.emitDestroy() === resource, typeof hooks.executionAsyncResource());
try { new AsyncResource(1); } catch (e) { console.log(e.code, e.message); }
const bound = resource.bind(function(a, b) { return [this === undefined, a + b]; });
console.log(bound.asyncResource === resource, bound.length, bound.name, bound(1, 2));
console.log(Object.getOwnPropertyNames(AsyncResource.prototype).join(), typeof AsyncResource.bind);
const als = new AsyncLocalStorage();
console.log(als.getStore(), als.run(5, (x) => als.getStore() + x, 1), als.exit(() => als.getStore()));
console.log(typeof AsyncLocalStorage.bind(() => 1), AsyncLocalStorage.snapshot()((a) => a * 2, 21));
