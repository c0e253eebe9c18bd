//! `internalBinding('fs')`: the VFS operations the module loader needs. The filesystem issue
//! grows this into the whole `fs` surface.

use super::{arg_string, object_with};
use crate::runtime::Environment;
use crate::vfs::Kind;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[("readFileUtf8", 1, read_file_utf8), ("internalModuleStat", 1, internal_module_stat)])
}

/// `readFileUtf8(path) → string | errno`: the text, or a negative errno on failure.
fn read_file_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let result = Environment::of(ctx).vfs.borrow().read_file(&path);
    Ok(match result {
        Ok(bytes) => JsString::from(String::from_utf8_lossy(&bytes).as_ref()).into(),
        Err(e) => JsValue::from(e.errno),
    })
}

/// `internalModuleStat(path) → 0 | 1 | negative errno`: file, directory, or missing.
fn internal_module_stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let kind = Environment::of(ctx).vfs.borrow().kind(&path);
    Ok(JsValue::from(match kind {
        Ok(Kind::File) => 0,
        Ok(Kind::Directory) => 1,
        Err(e) => e.errno,
    }))
}
