//! The machine's facts on Linux, read from `/proc` and `/etc/passwd`.

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

/// The process's (uid, gid), which own the files the guest makes; 0 when unknown.
pub fn credentials() -> (u32, u32) {
    let id = |key| u32::try_from(status_id(key)).unwrap_or(0);
    (id("Uid:"), id("Gid:"))
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
