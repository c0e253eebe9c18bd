//! `internalBinding('os')`: the machine's facts for `require('os')` (hostname, kernel, memory,
//! CPUs, load, user), from the host's [`machine`](crate::host::machine).

use super::object_with;
use crate::host::machine as host;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("getHostname", 0, get_hostname),
            ("getOSInformation", 0, get_os_information),
            ("getUptime", 0, get_uptime),
            ("getTotalMem", 0, get_total_mem),
            ("getFreeMem", 0, get_free_mem),
            ("getCPUs", 0, get_cpus),
            ("getAvailableParallelism", 0, get_available_parallelism),
            ("getLoadAvg", 0, get_load_avg),
            ("getUserInfo", 0, get_user_info),
            ("getNice", 0, get_nice),
        ],
    )
}

fn string(s: &str) -> JsValue {
    JsString::from(s).into()
}

fn get_hostname(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(string(&host::hostname()))
}

/// `[sysname, release, version, machine]`.
fn get_os_information(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let [a, b, c, d] = host::os_information();
    Ok(JsArray::from_iter([string(&a), string(&b), string(&c), string(&d)], ctx).into())
}

fn get_uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(host::uptime().into())
}

fn get_total_mem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((host::memory().0 as f64).into())
}

fn get_free_mem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((host::memory().1 as f64).into())
}

fn get_available_parallelism(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((host::parallelism() as f64).into())
}

/// A flat list: `model, speed, user, nice, sys, idle, irq` per CPU.
fn get_cpus(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut out = Vec::new();
    for cpu in host::cpus() {
        out.push(string(&cpu.model));
        out.push(cpu.speed.into());
        for t in cpu.times {
            out.push((t as f64).into());
        }
    }
    Ok(JsArray::from_iter(out, ctx).into())
}

fn get_load_avg(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let l = host::load_avg();
    Ok(JsArray::from_iter(l.map(JsValue::from), ctx).into())
}

/// `{ uid, gid, username, homedir, shell }`.
fn get_user_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let u = host::user_info();
    let obj = JsObject::with_null_proto();
    obj.set(js_string!("uid"), u.uid, false, ctx)?;
    obj.set(js_string!("gid"), u.gid, false, ctx)?;
    obj.set(js_string!("username"), string(&u.username), false, ctx)?;
    obj.set(js_string!("homedir"), string(&u.homedir), false, ctx)?;
    obj.set(js_string!("shell"), if u.shell.is_empty() { JsValue::null() } else { string(&u.shell) }, false, ctx)?;
    Ok(obj.into())
}

/// The nice value of this process.
fn get_nice(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(host::nice().into())
}
