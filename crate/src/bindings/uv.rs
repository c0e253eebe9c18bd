//! `internalBinding('uv')`: the libuv error table of [`crate::errno`], for JavaScript.

use super::object_with;
use crate::errno;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

/// `{ errname(errno), errors: { ENOENT: [-2, 'no such file or directory'], ... } }`.
pub fn create(ctx: &mut Context) -> JsResult<JsObject> {
    let binding = object_with(ctx, &[("errname", 1, errname)]);
    let errors = JsObject::with_object_proto(ctx.intrinsics());
    for e in errno::ALL {
        let pair = JsArray::from_iter([JsValue::from(e.errno), JsString::from(e.message).into()], ctx);
        errors.set(JsString::from(e.code), pair, false, ctx)?;
    }
    binding.set(js_string!("errors"), errors, false, ctx)?;
    Ok(binding)
}

/// `errname(-2) → 'ENOENT'`; unknown numbers give `Unknown system error -N`, as Node's.
fn errname(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let n = args.first().and_then(JsValue::as_number).unwrap_or(0.0) as i32;
    Ok(match errno::by_errno(n) {
        Some(e) => JsString::from(e.code).into(),
        None => JsString::from(format!("Unknown system error {n}")).into(),
    })
}
