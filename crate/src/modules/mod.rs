//! ES modules: Boa's [`ModuleLoader`] for the runtime, and `internalBinding('modules')`.
//!
//! Resolution is Node's algorithm, written once in JavaScript (`internal/modules/esm/loader.js`)
//! and shared with `require`. The JS side registers hooks with `setHooks`; for each
//! `import`/`import()` the loader asks `hooks.resolve(specifier, referrerPath, type)` for
//! `{ format, filename }`, looks that up in its module cache, and only on a miss makes a Boa
//! [`Module`]:
//! - `module`: the source, read here (`hooks.source` words a failure), parsed with
//!   [`Module::parse`];
//! - `json`: likewise, with [`Module::parse_json`];
//! - `commonjs` / `builtin`: a synthetic module exporting `default` (the `module.exports`) and
//!   the statically found `hooks.exportNames(filename, format)`; its evaluation runs
//!   `hooks.evaluate(format, filename)`.
//!
//! The common case (a relative or absolute specifier naming an existing `.mjs`/`.js`/`.cjs`/
//! `.json` file) skips the `resolve` hook too: [`fast_path`] resolves it natively. Everything
//! else goes through the hook, which keeps Node's error texts.
//!
//! Modules are cached by format and filename, so every importer shares one instance, and a
//! source is read (a CommonJS file scanned) once, however many modules import it.

mod fast_path;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::module::{ModuleRequest, SyntheticModule};
use boa_engine::object::builtins::JsArray;
use boa_engine::object::ObjectInitializer;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module, NativeFunction, Source,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

/// The runtime's module loader: resolution in JS hooks, module records cached here.
#[derive(Default)]
pub struct NodeModuleLoader {
    hooks: RefCell<Option<JsObject>>,
    cache: RefCell<HashMap<String, Module>>,
    /// Whether the package scope of a directory is `"type": "module"` (see [`fast_path`]).
    package_types: RefCell<HashMap<String, bool>>,
    /// Built-in specifiers (`fs`, `node:fs`) and the `node:` id each resolved to: that answer
    /// depends on nothing else, so the `resolve` hook is asked once per spelling.
    builtins: RefCell<HashMap<JsString, String>>,
}

impl NodeModuleLoader {
    /// The JS hooks, loading `internal/modules/esm/loader` (which registers them) on first use:
    /// a CommonJS program that never imports does not parse the ES module loader at all.
    fn hooks(&self, ctx: &mut Context) -> JsResult<JsObject> {
        if self.hooks.borrow().is_none() {
            crate::builtins::require(ctx, "internal/modules/esm/loader")?;
        }
        self.hooks
            .borrow()
            .clone()
            .ok_or_else(|| JsNativeError::typ().with_message("the ES module loader is not ready").into())
    }

    /// Resolve and build the module `specifier` imported from `referrer`.
    fn load(
        &self,
        referrer: Option<&Path>,
        specifier: &JsString,
        kind: Option<&JsString>,
        ctx: &mut Context,
    ) -> JsResult<Module> {
        if let Some(module) = self.load_fast(referrer, specifier, kind, ctx)? {
            return Ok(module);
        }
        let known = self.builtins.borrow().get(specifier).map(|id| format!("builtin:{id}"));
        if let Some(module) = known.and_then(|key| self.cache.borrow().get(&key).cloned()) {
            return Ok(module);
        }
        let hooks = self.hooks(ctx)?;
        let resolve = hook(&hooks, "resolve", ctx)?;
        let referrer = referrer.map_or(JsValue::undefined(), |p| JsString::from(p.to_string_lossy().as_ref()).into());
        let kind = kind.map_or(JsValue::undefined(), |t| t.clone().into());
        let desc = resolve.call(&JsValue::undefined(), &[specifier.clone().into(), referrer.clone(), kind], ctx)?;
        let desc = desc.as_object().ok_or_else(|| JsNativeError::typ().with_message("bad module descriptor"))?;
        let format = get_string(&desc, "format", ctx)?;
        let filename = get_string(&desc, "filename", ctx)?;
        if format == "builtin" {
            self.builtins.borrow_mut().insert(specifier.clone(), filename.clone());
        }
        let key = format!("{format}:{filename}");
        if let Some(module) = self.cache.borrow().get(&key) {
            return Ok(module.clone());
        }
        let source = match format.as_str() {
            "module" | "json" => Some(self.source(&format, &filename, &referrer, ctx)?),
            _ => None,
        };
        self.build(key, &format, &filename, source, ctx)
    }

    /// Make the module `format` / `filename` (from `source` for ES and JSON modules) and cache
    /// it under `key`.
    fn build(
        &self,
        key: String,
        format: &str,
        filename: &str,
        source: Option<String>,
        ctx: &mut Context,
    ) -> JsResult<Module> {
        let module = match (format, source) {
            ("module", Some(source)) => {
                Module::parse(Source::from_bytes(source.as_str()).with_path(Path::new(filename)), None, ctx)?
            }
            ("json", Some(source)) => Module::parse_json(JsString::from(source.as_str()), ctx)?,
            _ => {
                let hooks = self.hooks(ctx)?;
                let names = hook(&hooks, "exportNames", ctx)?.call(
                    &JsValue::undefined(),
                    &[JsString::from(filename).into(), JsString::from(format).into()],
                    ctx,
                )?;
                synthetic(&hooks, names_list(&names, ctx)?, format, filename, ctx)?
            }
        };
        self.cache.borrow_mut().insert(key, module.clone());
        Ok(module)
    }

    /// The source of the ES or JSON module `filename`: read here, or when that fails, by the
    /// `source` hook, which words the error as Node does.
    fn source(&self, format: &str, filename: &str, referrer: &JsValue, ctx: &mut Context) -> JsResult<String> {
        let read = if format == "json" {
            read_file(filename, ctx, json_source)
        } else {
            read_file(filename, ctx, fast_path::module_source)
        };
        if let Some(text) = read {
            return Ok(text);
        }
        let hooks = self.hooks(ctx)?;
        let args = [JsString::from(format).into(), JsString::from(filename).into(), referrer.clone()];
        let text = hook(&hooks, "source", ctx)?.call(&JsValue::undefined(), &args, ctx)?;
        Ok(text.to_string(ctx)?.to_std_string_escaped())
    }

    /// [`NodeModuleLoader::load`] without JS for the common case; `None` when the hooks must
    /// decide (see [`fast_path`]). Anything unexpected on the way (an unreadable file, a
    /// throwing hook) also answers `None`, so the JS path reports it in its own words.
    fn load_fast(
        &self,
        referrer: Option<&Path>,
        specifier: &JsString,
        kind: Option<&JsString>,
        ctx: &mut Context,
    ) -> JsResult<Option<Module>> {
        let Ok(spec) = specifier.to_std_string() else { return Ok(None) };
        let Some(filename) = fast_path::resolve(referrer, &spec, ctx) else { return Ok(None) };
        let Some(format) = fast_path::format(&filename, |f| self.package_type(f, ctx)) else { return Ok(None) };
        let wants_json = match kind {
            None => false,
            Some(k) if *k == js_string!("json") => true,
            Some(_) => return Ok(None),
        };
        if wants_json != (format == fast_path::Format::Json) {
            return Ok(None);
        }
        let key = format!("{}:{filename}", format.name());
        if let Some(module) = self.cache.borrow().get(&key) {
            return Ok(Some(module.clone()));
        }
        let source = match format {
            fast_path::Format::Module => Some(read_file(&filename, ctx, fast_path::module_source)),
            fast_path::Format::Json => Some(read_file(&filename, ctx, json_source)),
            fast_path::Format::CommonJs => None,
        };
        // An unreadable file: the JS path says why.
        let Some(source) = source.map_or(Some(None), |s| s.map(Some)) else { return Ok(None) };
        self.build(key, format.name(), &filename, source, ctx).map(Some)
    }

    /// Whether `filename` (a `.js` file) is in a `"type": "module"` package, from the JS
    /// package.json reader once per directory; `None` when the reader throws (the JS path then
    /// reports it).
    fn package_type(&self, filename: &str, ctx: &mut Context) -> Option<bool> {
        let dir = fast_path::dir_of(filename);
        if let Some(&is_module) = self.package_types.borrow().get(dir) {
            return Some(is_module);
        }
        let hooks = self.hooks(ctx).ok()?;
        let kind = call_hook(&hooks, "packageType", filename, ctx).ok()?;
        let is_module = kind.as_string().is_some_and(|k| k == js_string!("module"));
        self.package_types.borrow_mut().insert(dir.to_owned(), is_module);
        Some(is_module)
    }
}

/// The content of the file `filename` on the runtime's filesystem, through `text`; `None` when
/// it cannot be read.
fn read_file(filename: &str, ctx: &Context, text: fn(&[u8]) -> String) -> Option<String> {
    let env = crate::runtime::Environment::of(ctx);
    let mut vfs = env.vfs.borrow_mut();
    vfs.read_file_with(filename, text).ok()
}

/// JSON module text: UTF-8, invalid sequences replaced (as `readFileUtf8`).
fn json_source(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `hooks[name](arg)`.
fn call_hook(hooks: &JsObject, name: &str, arg: &str, ctx: &mut Context) -> JsResult<JsValue> {
    hook(hooks, name, ctx)?.call(&JsValue::undefined(), &[JsString::from(arg).into()], ctx)
}

impl NodeModuleLoader {
    /// Load and link the graph of `module` now. Boa words a missing import as "could not find
    /// export `x`" without naming the module; the JS hook `linkError(err, root)` rewrites it as
    /// Node does. Linking early is unobservable otherwise: linking runs no guest code.
    // NOTE: only `import()` from scripts comes through here. For an `import()` inside an ES
    // module Boa cannot tell us the request is dynamic, and linking a static dependency early
    // would link a graph still loading; there Boa's wording stays.
    fn prelink(&self, module: Module, ctx: &mut Context) -> JsResult<Module> {
        let loading = module.load(ctx);
        crate::event_loop::state(ctx).microtasks.drain_async_jobs(ctx)?;
        if !matches!(loading.state(), PromiseState::Fulfilled(_)) {
            return Ok(module);
        }
        if let Err(err) = module.link(ctx) {
            return Err(self.explain_link_error(err, &module, ctx));
        }
        Ok(module)
    }

    /// `err` from linking the graph rooted at `module`, in Node's words when the hook can say.
    fn explain_link_error(&self, err: JsError, module: &Module, ctx: &mut Context) -> JsError {
        let Some(root) = module.path().map(|p| JsString::from(p.to_string_lossy().as_ref())) else { return err };
        let Ok(explain) = self.hooks(ctx).and_then(|hooks| hook(&hooks, "linkError", ctx)) else { return err };
        let Ok(value) = err.clone().into_opaque(ctx) else { return err };
        match explain.call(&JsValue::undefined(), &[value.clone(), root.into()], ctx) {
            Ok(rewritten) => JsError::from_opaque(rewritten),
            Err(_) => JsError::from_opaque(value),
        }
    }
}

/// `default` and then the distinct names of the array `list` (nothing more when it is not one).
fn names_list(list: &JsValue, ctx: &mut Context) -> JsResult<Vec<JsString>> {
    let mut names = vec![js_string!("default")];
    if let Some(list) = list.as_object() {
        let list = JsArray::from_object(list.clone())?;
        for i in 0..list.length(ctx)? {
            let name = list.get(i, ctx)?.to_string(ctx)?;
            if name != js_string!("default") && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Ok(names)
}

/// A module whose exports (`names`) come from running CommonJS (or a built-in) at evaluation
/// time.
fn synthetic(
    hooks: &JsObject,
    names: Vec<JsString>,
    format: &str,
    filename: &str,
    ctx: &mut Context,
) -> JsResult<Module> {
    let evaluate = hook(hooks, "evaluate", ctx)?;
    let captures = (evaluate, JsString::from(format), JsString::from(filename), names.clone());
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module: &SyntheticModule, (evaluate, format, filename, names), ctx: &mut Context| {
            let exports =
                evaluate.call(&JsValue::undefined(), &[format.clone().into(), filename.clone().into()], ctx)?;
            for name in names {
                let value = if *name == js_string!("default") {
                    exports.clone()
                } else if let Some(obj) = exports.as_object() {
                    obj.get(name.clone(), ctx)?
                } else {
                    JsValue::undefined()
                };
                module.set_export(name, value)?;
            }
            Ok(())
        },
        captures,
    );
    Ok(Module::synthetic(&names, init, Some(filename.into()), None, ctx))
}

fn hook(hooks: &JsObject, name: &str, ctx: &mut Context) -> JsResult<JsObject> {
    hooks
        .get(JsString::from(name), ctx)?
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message(format!("module hook {name} is missing")).into())
}

fn get_string(obj: &JsObject, name: &str, ctx: &mut Context) -> JsResult<String> {
    Ok(obj.get(JsString::from(name), ctx)?.to_string(ctx)?.to_std_string_escaped())
}

impl ModuleLoader for NodeModuleLoader {
    fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> impl std::future::Future<Output = JsResult<Module>> {
        let ctx = &mut context.borrow_mut();
        let mut result = self.load(referrer.path(), request.specifier(), request.get_attribute("type"), ctx);
        // A request from a script is an `import()` from CommonJS: link its graph here, where a
        // link error can still be put in Node's words (see `prelink`).
        if !matches!(referrer, Referrer::Module(_)) {
            result = result.and_then(|module| self.prelink(module, ctx));
        }
        async { result }
    }

    fn init_import_meta(self: Rc<Self>, import_meta: &JsObject, module: &Module, context: &mut Context) {
        let Ok(hooks) = self.hooks(context) else { return };
        let Ok(init) = hook(&hooks, "importMeta", context) else { return };
        let path = module.path().map_or(JsValue::undefined(), |p| JsString::from(p.to_string_lossy().as_ref()).into());
        // NOTE: Boa gives this hook no way to fail; a throwing hook leaves `import.meta` as it is.
        let _ = init.call(&JsValue::undefined(), &[import_meta.clone().into(), path], context);
    }
}

/// The loader shared by the context and the binding.
#[must_use]
pub fn loader() -> Rc<NodeModuleLoader> {
    Rc::new(NodeModuleLoader::default())
}

fn the_loader(ctx: &Context) -> JsResult<Rc<NodeModuleLoader>> {
    ctx.get_data::<Rc<NodeModuleLoader>>()
        .cloned()
        .ok_or_else(|| JsNativeError::typ().with_message("no module loader installed").into())
}

/// `internalBinding('modules')`.
pub fn binding(ctx: &mut Context) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    init.function(NativeFunction::from_fn_ptr(set_hooks), js_string!("setHooks"), 1);
    init.function(NativeFunction::from_fn_ptr(run_module), js_string!("runModule"), 1);
    init.function(NativeFunction::from_fn_ptr(require_module), js_string!("requireModule"), 1);
    init.build()
}

/// `setHooks({ resolve, evaluate, importMeta })`.
fn set_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hooks = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsError::from(JsNativeError::typ().with_message("setHooks needs an object")))?;
    *the_loader(ctx)?.hooks.borrow_mut() = Some(hooks);
    Ok(JsValue::undefined())
}

/// `runModule(filename) → Promise`: load, link and evaluate the module at `filename` (the ESM
/// entry point). Loading completes in the next microtask checkpoint.
fn run_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let filename = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let loader = the_loader(ctx)?;
    let module = loader.load(None, &filename, None, ctx)?;
    Ok(module.load_link_evaluate(ctx).into())
}

/// `requireModule(filename) → namespace | null`: `require()` of an ES module. The graph is loaded
/// and linked at once, then evaluated; `null` when evaluation did not finish synchronously
/// (top-level await), which the caller reports as `ERR_REQUIRE_ASYNC_MODULE`.
fn require_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let filename = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let loader = the_loader(ctx)?;
    let module = loader.load(None, &filename, None, ctx)?;
    let loading = module.load(ctx);
    crate::event_loop::state(ctx).microtasks.drain_async_jobs(ctx)?;
    match loading.state() {
        PromiseState::Rejected(err) => return Err(JsError::from_opaque(err)),
        PromiseState::Pending => return Ok(JsValue::null()),
        PromiseState::Fulfilled(_) => {}
    }
    module.link(ctx)?;
    let evaluation = module.evaluate(ctx)?;
    match evaluation.state() {
        PromiseState::Rejected(err) => {
            // The rejection is the caller's to handle, not an unhandled one.
            let _ = evaluation.then(
                None,
                Some(NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())).to_js_function(ctx.realm())),
                ctx,
            );
            Err(JsError::from_opaque(err))
        }
        PromiseState::Pending => Ok(JsValue::null()),
        PromiseState::Fulfilled(_) => {
            let namespace = module.namespace(ctx);
            let has_default = namespace.has_own_property(js_string!("default"), ctx)?;
            if has_default && !namespace.has_own_property(js_string!("__esModule"), ctx)? {
                return Ok(es_module_facade(&namespace, ctx)?.into());
            }
            Ok(namespace.into())
        }
    }
}

/// Node's view of a required ES module with a default export: a namespace with the same
/// exports plus `__esModule: true`, so transpiled CommonJS interop picks `default` up.
fn es_module_facade(namespace: &JsObject, ctx: &mut Context) -> JsResult<JsObject> {
    let mut names = vec![js_string!("__esModule")];
    for key in namespace.own_property_keys(ctx)? {
        if let boa_engine::property::PropertyKey::String(name) = key {
            names.push(name);
        }
    }
    let captures = (namespace.clone(), names.clone());
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |module: &SyntheticModule, (namespace, names), ctx: &mut Context| {
            for name in names {
                let value =
                    if *name == js_string!("__esModule") { true.into() } else { namespace.get(name.clone(), ctx)? };
                module.set_export(name, value)?;
            }
            Ok(())
        },
        captures,
    );
    let facade = Module::synthetic(&names, init, None, None, ctx);
    let _ = facade.load(ctx);
    facade.link(ctx)?;
    let evaluation = facade.evaluate(ctx)?;
    if let PromiseState::Rejected(err) = evaluation.state() {
        return Err(JsError::from_opaque(err));
    }
    Ok(facade.namespace(ctx))
}
