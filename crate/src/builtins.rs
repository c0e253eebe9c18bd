//! The built-in module registry: Node's `lib/` as JavaScript embedded from `crate/lib/`, loaded
//! lazily and once, plus `internalBinding`.
//!
//! Each built-in is compiled as a `function (exports, require, module, internalBinding) {...}`
//! and cached by id before it runs, so cycles between built-ins see partial exports, as in Node.
//! Setting `NODEBOA_LIB_DIR` makes the runtime read the sources from that folder instead of the
//! copies built into the binary: edit the JavaScript, run again, no rebuild.

use crate::bindings;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));

const WRAPPER_PARAMS: [&str; 4] = ["exports", "require", "module", "internalBinding"];

pub struct Builtins {
    lib_dir: Option<PathBuf>,
    /// Module objects by id, inserted before the module body runs.
    modules: RefCell<HashMap<String, JsObject>>,
    bindings: RefCell<HashMap<String, JsObject>>,
    require_fn: JsObject,
    internal_binding_fn: JsObject,
}

/// The embedded source of built-in `id`.
#[must_use]
pub fn embedded_source(id: &str) -> Option<&'static str> {
    BUILTIN_SOURCES.binary_search_by(|(k, _)| (*k).cmp(id)).ok().map(|i| BUILTIN_SOURCES[i].1)
}

/// Whether user code may `require(id)` (ids below `internal/` are private).
#[must_use]
pub fn is_public(id: &str) -> bool {
    !id.starts_with("internal/") && embedded_source(id).is_some()
}

/// Every public built-in's id, sorted.
pub fn public_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN_SOURCES.iter().map(|(id, _)| *id).filter(|id| is_public(id))
}

impl Builtins {
    /// Install the registry into `ctx`.
    pub fn install(ctx: &mut Context, lib_dir: Option<PathBuf>) {
        let require_fn = native(ctx, "requireBuiltin", require_native);
        let internal_binding_fn = native(ctx, "internalBinding", internal_binding_native);
        ctx.insert_data(Rc::new(Self {
            lib_dir,
            modules: RefCell::default(),
            bindings: RefCell::default(),
            require_fn,
            internal_binding_fn,
        }));
    }

    fn of(ctx: &Context) -> Rc<Self> {
        Rc::clone(ctx.get_data::<Rc<Self>>().expect("the runtime installs the built-in registry"))
    }

    fn source(&self, id: &str) -> Option<Cow<'static, str>> {
        if let Some(dir) = &self.lib_dir {
            if let Ok(text) = std::fs::read_to_string(dir.join(format!("{id}.js"))) {
                return Some(Cow::Owned(text));
            }
        }
        embedded_source(id).map(Cow::Borrowed)
    }
}

fn native(ctx: &mut Context, name: &str, f: fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>) -> JsObject {
    boa_engine::object::FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(f))
        .name(JsString::from(name))
        .length(1)
        .build()
        .into()
}

/// Load built-in `id` (once) and return its `module.exports`.
///
/// # Errors
/// `ERR_UNKNOWN_BUILTIN_MODULE`-style errors for unknown ids, or what the module threw.
pub fn require(ctx: &mut Context, id: &str) -> JsResult<JsValue> {
    let builtins = Builtins::of(ctx);
    let cached = builtins.modules.borrow().get(id).cloned();
    if let Some(module) = cached {
        return module.get(js_string!("exports"), ctx);
    }
    let source = builtins
        .source(id)
        .ok_or_else(|| JsError::from(JsNativeError::error().with_message(format!("No such built-in module: {id}"))))?;
    let exports = JsObject::with_object_proto(ctx.intrinsics());
    let module = JsObject::with_object_proto(ctx.intrinsics());
    module.set(js_string!("exports"), exports.clone(), false, ctx)?;
    module.set(js_string!("id"), JsString::from(id), false, ctx)?;
    builtins.modules.borrow_mut().insert(id.to_owned(), module.clone());
    let params = WRAPPER_PARAMS.map(String::from);
    // Built-ins are strict, whatever the file says; the prefix keeps line numbers unchanged.
    let source = format!("'use strict';{source}");
    let run = bindings::compile_function(ctx, &source, &format!("node:{id}"), &params).and_then(|f| {
        let args = [
            exports.into(),
            builtins.require_fn.clone().into(),
            module.clone().into(),
            builtins.internal_binding_fn.clone().into(),
        ];
        f.call(&JsValue::undefined(), &args, ctx)
    });
    if let Err(err) = run {
        builtins.modules.borrow_mut().remove(id);
        return Err(err);
    }
    module.get(js_string!("exports"), ctx)
}

fn require_native(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args.first().cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
    require(ctx, &id)
}

fn internal_binding_native(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = args.first().cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
    let builtins = Builtins::of(ctx);
    let cached = builtins.bindings.borrow().get(&name).cloned();
    if let Some(binding) = cached {
        return Ok(binding.into());
    }
    let binding = match name.as_str() {
        "builtins" => builtins_binding(ctx, &builtins)?,
        _ => bindings::create(ctx, &name)
            .ok_or_else(|| JsNativeError::error().with_message(format!("No such binding: {name}")))??,
    };
    builtins.bindings.borrow_mut().insert(name, binding.clone());
    Ok(binding.into())
}

/// `internalBinding('builtins')`: `{ ids, require }` for the user-facing module loader.
fn builtins_binding(ctx: &mut Context, builtins: &Builtins) -> JsResult<JsObject> {
    let ids = JsArray::from_iter(public_ids().map(|id| JsString::from(id).into()), ctx);
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    obj.set(js_string!("ids"), ids, false, ctx)?;
    obj.set(js_string!("require"), builtins.require_fn.clone(), false, ctx)?;
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::embedded_source;

    /// The codes a table declares: the first argument of each line-leading `name('ERR_…'` call.
    fn codes(id: &str, call: &str) -> Vec<&'static str> {
        let source = embedded_source(id).expect("built-in exists");
        source.lines().filter_map(|l| l.strip_prefix(call)?.split('\'').next()).collect()
    }

    /// Each error code has one class (internal/errors.js) and one message
    /// (internal/errors/messages.js).
    #[test]
    fn error_classes_and_messages_match() {
        let mut classes = codes("internal/errors", "E('");
        let mut messages = codes("internal/errors/messages", "M('");
        assert!(classes.len() > 100, "{} codes", classes.len());
        classes.sort_unstable();
        messages.sort_unstable();
        assert_eq!(classes, messages);
        assert!(classes.windows(2).all(|w| w[0] != w[1]), "a code is declared twice");
    }
}
