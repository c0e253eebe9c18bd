//! `internalBinding('config')`: the versions `process` reports, and `identity()`: the process's
//! identity as the embedder gave it (argv, env, pid), read when the runtime is configured, after
//! the bootstrap (see `Runtime::configure`).

use super::object_with;
use crate::runtime::Environment;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

/// The Node version whose behaviour nodeboa follows (and reports as `process.version`).
pub const NODE_VERSION: &str = "20.20.2";

fn strings(list: &[String], ctx: &mut Context) -> JsArray {
    JsArray::from_iter(list.iter().map(|s| JsString::from(s.as_str()).into()), ctx)
}

pub fn create(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = object_with(ctx, &[("identity", 0, identity)]);
    obj.set(js_string!("nodeVersion"), JsString::from(NODE_VERSION), false, ctx)?;
    obj.set(js_string!("nodeboaVersion"), JsString::from(env!("CARGO_PKG_VERSION")), false, ctx)?;
    obj.set(js_string!("boaVersion"), js_string!("0.22.0"), false, ctx)?;
    Ok(obj)
}

/// `{ argv, execArgv, execPath, env, pid, ppid }`, fresh on each call.
fn identity(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let env = Environment::of(ctx);
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    let argv = strings(&env.argv, ctx);
    obj.set(js_string!("argv"), argv, false, ctx)?;
    let exec_argv = strings(&env.exec_argv, ctx);
    obj.set(js_string!("execArgv"), exec_argv, false, ctx)?;
    obj.set(js_string!("execPath"), JsString::from(env.exec_path.as_str()), false, ctx)?;
    let vars = JsObject::with_object_proto(ctx.intrinsics());
    for (k, v) in &env.vars {
        vars.set(JsString::from(k.as_str()), JsString::from(v.as_str()), false, ctx)?;
    }
    obj.set(js_string!("env"), vars, false, ctx)?;
    obj.set(js_string!("pid"), env.pid, false, ctx)?;
    obj.set(js_string!("ppid"), env.ppid, false, ctx)?;
    Ok(obj.into())
}
