//! `readdirSync(path, { withFileTypes: true })` made natively: the `Dirent` of each entry is
//! built here, its four own properties inserted directly (see [`make_readdir_dirents`]).

use super::fs::{arg_path, with_vfs};
use crate::vfs::FileType;
use boa_engine::builtins::object::OrdinaryObject;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};
use boa_gc::{Finalize, Trace};

/// libuv's dirent type of an entry (`UV_DIRENT_FILE` ...), as `Dirent`'s `[kType]`.
pub(super) fn dirent_type(t: FileType) -> i32 {
    match t {
        FileType::File => 1,
        FileType::Directory => 2,
        FileType::Symlink => 3,
        FileType::Fifo => 4,
        FileType::CharDevice => 6,
    }
}

/// What the native function holds: the `Dirent` prototype and its four keys, in the order the
/// JavaScript constructor (`internal/fs/utils`) and Node's insert them.
#[derive(Trace, Finalize)]
struct DirentMaker {
    proto: JsObject,
    #[unsafe_ignore_trace]
    keys: [PropertyKey; 4],
}

/// `makeReaddirDirents(direntPrototype, kType) → readdirDirents(path, parent)`: the entries of
/// directory `path` as `Dirent`s whose `parentPath` and `path` are `parent` (the path as the
/// caller gave it). A VFS failure throws the negative errno, as `readdir` does.
///
/// NOTE: `new Dirent(name, type, parent)` from JavaScript cost ≈3.8 µs per entry in Boa (four
/// stores through the constructor's `this`, each walking the prototype chain); this makes the
/// same objects, same own keys and order, for a fraction of it.
pub(super) fn make_readdir_dirents(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (Some(proto), Some(k_type)) =
        (args.first().and_then(JsValue::as_object), args.get(1).and_then(JsValue::as_symbol))
    else {
        return Err(JsNativeError::typ().with_message("makeReaddirDirents(direntPrototype, kType)").into());
    };
    let keys = [
        PropertyKey::from(js_string!("name")),
        PropertyKey::from(js_string!("parentPath")),
        PropertyKey::from(js_string!("path")),
        PropertyKey::from(k_type),
    ];
    let function = NativeFunction::from_copy_closure_with_captures(readdir_dirents, DirentMaker { proto, keys });
    Ok(FunctionObjectBuilder::new(ctx.realm(), function).name(js_string!("readdirDirents")).length(2).build().into())
}

fn readdir_dirents(_: &JsValue, args: &[JsValue], maker: &DirentMaker, ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_path(args, 0, ctx)?;
    let parent = args.get(1).cloned().unwrap_or_default();
    let entries = with_vfs(ctx, |v| v.readdir(&path))?;
    let data = PropertyDescriptor::builder().writable(true).enumerable(true).configurable(true);
    let dirents = entries.iter().map(|(name, t)| {
        let obj = JsObject::new(ctx.root_shape(), maker.proto.clone(), OrdinaryObject).upcast();
        let values = [JsString::from(name.as_str()).into(), parent.clone(), parent.clone(), dirent_type(*t).into()];
        for (key, value) in maker.keys.iter().zip(values) {
            obj.insert_property(key.clone(), data.clone().value(value));
        }
        JsValue::from(obj)
    });
    let dirents: Vec<JsValue> = dirents.collect();
    Ok(JsArray::from_iter(dirents, ctx).into())
}
