//! The wall clock that stamps inode times (atime, mtime, ctime, birthtime).
//!
//! NOTE: the runtime's loop clock (`state(ctx).host.clock`) is monotonic, so stats take wall time
//! here instead: `SystemTime` natively. On wasm32 there is no `SystemTime`; the embedder installs
//! `Date.now()` through [`super::Vfs::set_clock`], and until then times are 0.

/// Nanoseconds since the Unix epoch.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// Nanoseconds since the Unix epoch (unknown on wasm32 until the embedder sets a clock).
#[cfg(target_arch = "wasm32")]
pub fn now_ns() -> i64 {
    0
}
