//! `Symbol.dispose` and `Symbol.asyncDispose` as Node 20's: the registered symbols
//! `Symbol.for('nodejs.dispose')` and `Symbol.for('nodejs.asyncDispose')`.
//!
//! NOTE: Node 20's V8 has no explicit resource management, so Node defines both itself, as
//! registered symbols (`Symbol.keyFor(Symbol.dispose)` is `'nodejs.dispose'`, and a library that
//! writes `obj[Symbol.for('nodejs.asyncDispose')]` reaches a FileHandle's). Boa's are its own
//! well-known symbols, non-writable and non-configurable as the spec makes them, so they are
//! replaced by a direct insertion into `Symbol`'s properties, attributes kept. Boa 0.22 has no
//! `using` declarations nor `DisposableStack` that would look for its own symbols.

use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsNativeError, JsResult, JsString};

/// Replace `Symbol.dispose` and `Symbol.asyncDispose`.
///
/// # Errors
/// Only if `Symbol` or `Symbol.for` is missing from the realm, which is a bug.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    let symbol = ctx.intrinsics().constructors().symbol().constructor();
    let symbol_for = symbol
        .get(js_string!("for"), ctx)?
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("Symbol.for is missing"))?;
    for (name, key) in [("dispose", "nodejs.dispose"), ("asyncDispose", "nodejs.asyncDispose")] {
        let registered = symbol_for.call(&symbol.clone().into(), &[JsString::from(key).into()], ctx)?;
        let property =
            PropertyDescriptor::builder().value(registered).writable(false).enumerable(false).configurable(false);
        symbol.insert_property(JsString::from(name), property);
    }
    Ok(())
}
