//! `internalBinding('os')`: host facts for `require('os')` (hostname, kernel, memory, CPUs, load,
//! user). Natively they come from Linux's `/proc` and `/etc/passwd`; in wasm there is no host
//! to ask, so fixed, plausible values stand in (see [`host`]).

use super::object_with;
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

struct Cpu {
    model: String,
    speed: i32,
    /// user, nice, sys, idle, irq, in milliseconds.
    times: [u64; 5],
}

struct UserInfo {
    uid: i32,
    gid: i32,
    username: String,
    homedir: String,
    shell: String,
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    //! Linux host facts, read from `/proc` and `/etc/passwd`.
    // NOTE: host facts are read with std::fs directly rather than the VFS: they describe the
    // machine, not the guest's file system.

    use super::{Cpu, UserInfo};
    use std::fs::read_to_string;

    fn proc(path: &str) -> String {
        read_to_string(path).map(|s| s.trim().to_string()).unwrap_or_default()
    }

    pub fn hostname() -> String {
        let h = proc("/proc/sys/kernel/hostname");
        if h.is_empty() {
            "localhost".into()
        } else {
            h
        }
    }

    pub fn os_information() -> [String; 4] {
        let or = |s: String, d: &str| if s.is_empty() { d.to_string() } else { s };
        [
            or(proc("/proc/sys/kernel/ostype"), "Linux"),
            or(proc("/proc/sys/kernel/osrelease"), ""),
            or(proc("/proc/sys/kernel/version"), ""),
            std::env::consts::ARCH.to_string(),
        ]
    }

    pub fn uptime() -> f64 {
        proc("/proc/uptime").split_whitespace().next().and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0)
    }

    /// (total, available) bytes.
    pub fn memory() -> (u64, u64) {
        let info = proc("/proc/meminfo");
        let field = |name: &str| {
            info.lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse::<u64>().ok())
                .map_or(0, |kb| kb * 1024)
        };
        let free = match field("MemAvailable:") {
            0 => field("MemFree:"),
            n => n,
        };
        (field("MemTotal:"), free)
    }

    pub fn parallelism() -> usize {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }

    pub fn cpus() -> Vec<Cpu> {
        let info = proc("/proc/cpuinfo");
        let models: Vec<&str> = info
            .lines()
            .filter(|l| l.starts_with("model name"))
            .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim()))
            .collect();
        let speeds: Vec<i32> = info
            .lines()
            .filter(|l| l.starts_with("cpu MHz"))
            .filter_map(|l| l.split_once(':').and_then(|(_, v)| v.trim().parse::<f64>().ok()))
            .map(|f| f as i32)
            .collect();
        let stat = proc("/proc/stat");
        let times: Vec<[u64; 5]> = stat
            .lines()
            .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
            .map(|l| {
                let n: Vec<u64> = l.split_whitespace().skip(1).map(|x| x.parse().unwrap_or(0)).collect();
                let at = |i: usize| n.get(i).copied().unwrap_or(0) * 10;
                [at(0), at(1), at(2), at(3), at(5)]
            })
            .collect();
        (0..parallelism())
            .map(|i| Cpu {
                model: models.get(i).or(models.first()).map_or("unknown", |s| s).to_string(),
                speed: speeds.get(i).copied().unwrap_or(0),
                times: times.get(i).copied().unwrap_or_default(),
            })
            .collect()
    }

    pub fn load_avg() -> [f64; 3] {
        let text = proc("/proc/loadavg");
        let mut it = text.split_whitespace().map(|s| s.parse::<f64>().unwrap_or(0.0));
        [it.next().unwrap_or(0.0), it.next().unwrap_or(0.0), it.next().unwrap_or(0.0)]
    }

    fn status_id(key: &str) -> i32 {
        proc("/proc/self/status")
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(-1)
    }

    pub fn user_info() -> UserInfo {
        let uid = status_id("Uid:");
        let gid = status_id("Gid:");
        let passwd = proc("/etc/passwd");
        let entry = passwd
            .lines()
            .map(|l| l.split(':').collect::<Vec<_>>())
            .find(|f| f.len() >= 7 && f[2].parse::<i32>().ok() == Some(uid));
        match entry {
            Some(f) => {
                UserInfo { uid, gid, username: f[0].to_string(), homedir: f[5].to_string(), shell: f[6].to_string() }
            }
            None => UserInfo {
                uid,
                gid,
                username: std::env::var("USER").unwrap_or_default(),
                homedir: std::env::var("HOME").unwrap_or_default(),
                shell: std::env::var("SHELL").unwrap_or_default(),
            },
        }
    }

    pub fn nice() -> i32 {
        // Field 19 of /proc/self/stat; the command name (field 2) may hold spaces, so count
        // from its closing parenthesis.
        let stat = proc("/proc/self/stat");
        stat.rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(16))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }
}

#[cfg(target_arch = "wasm32")]
mod host {
    //! The browser has no host to ask: fixed values shaped like a small Linux machine.

    use super::{Cpu, UserInfo};

    pub fn hostname() -> String {
        "localhost".into()
    }

    pub fn os_information() -> [String; 4] {
        ["Linux".into(), "6.0.0-nodeboa".into(), "#1 SMP".into(), "x86_64".into()]
    }

    /// The page's age: the "machine" boots with the page.
    pub fn uptime() -> f64 {
        crate::host::page_age_ms() / 1000.0
    }

    pub fn memory() -> (u64, u64) {
        (4 << 30, 2 << 30)
    }

    pub fn parallelism() -> usize {
        4
    }

    pub fn cpus() -> Vec<Cpu> {
        (0..parallelism()).map(|_| Cpu { model: "nodeboa virtual CPU".into(), speed: 0, times: [0; 5] }).collect()
    }

    pub fn load_avg() -> [f64; 3] {
        [0.0; 3]
    }

    pub fn user_info() -> UserInfo {
        UserInfo {
            uid: 1000,
            gid: 1000,
            username: "user".into(),
            homedir: "/home/user".into(),
            shell: "/bin/sh".into(),
        }
    }

    pub fn nice() -> i32 {
        0
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::host;

    #[test]
    fn host_facts_are_sane() {
        assert!(host::parallelism() >= 1);
        assert_eq!(host::cpus().len(), host::parallelism());
        let (total, free) = host::memory();
        assert!(total >= free);
        assert_eq!(host::os_information()[0], "Linux");
    }
}
