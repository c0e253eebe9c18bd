//! The machine's facts in a page: the browser has no host to ask, so fixed values shaped like
//! a small Linux machine stand in.

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

/// The process's (uid, gid), which own the files the guest makes: `user`'s, as in [`user_info`].
pub fn credentials() -> (u32, u32) {
    (1000, 1000)
}

pub fn user_info() -> UserInfo {
    UserInfo { uid: 1000, gid: 1000, username: "user".into(), homedir: "/home/user".into(), shell: "/bin/sh".into() }
}

pub fn nice() -> i32 {
    0
}
