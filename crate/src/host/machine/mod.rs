//! Facts about the machine for `require('os')` (hostname, kernel, memory, CPUs, load, user) and
//! the process's credentials. Natively they come from Linux's `/proc` and `/etc/passwd`
//! ([`linux`]); in a page there is no host to ask, so fixed, plausible values stand in ([`page`]).

#[cfg(not(target_arch = "wasm32"))]
mod linux;
#[cfg(target_arch = "wasm32")]
mod page;

#[cfg(not(target_arch = "wasm32"))]
pub use linux::*;
#[cfg(target_arch = "wasm32")]
pub use page::*;

pub struct Cpu {
    pub model: String,
    pub speed: i32,
    /// user, nice, sys, idle, irq, in milliseconds.
    pub times: [u64; 5],
}

pub struct UserInfo {
    pub uid: i32,
    pub gid: i32,
    pub username: String,
    pub homedir: String,
    pub shell: String,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super as host;

    #[test]
    fn host_facts_are_sane() {
        assert!(host::parallelism() >= 1);
        assert_eq!(host::cpus().len(), host::parallelism());
        let (total, free) = host::memory();
        assert!(total >= free);
        assert_eq!(host::os_information()[0], "Linux");
    }
}
