//! nodeboa: a Node.js-compatible runtime on the Boa engine, for the browser and the command line.
//!
//! - [`Runtime`] owns one Boa context, its event loop ([`event_loop`]), its virtual filesystem
//!   ([`vfs`]) and its process identity.
//! - [`host`] is the platform boundary: clock, output, work pool, waking. Only it knows whether it
//!   runs natively or in a browser.
//! - Node's library is JavaScript embedded from `crate/lib/` ([`builtins`]), over natives in
//!   [`bindings`].

//!
//! The `engine` feature (on by default) is everything that needs Boa: without it the crate is
//! the VFS and the host boundary alone (errno, vfs, host, crypto, zlib), which is what the fuzz
//! targets of `crate/fuzz/` build, in seconds rather than minutes.

#[cfg(feature = "engine")]
pub mod bindings;
#[cfg(feature = "engine")]
pub mod builtins;
#[cfg(feature = "engine")]
pub mod bytes;
pub mod crypto;
#[cfg(feature = "engine")]
mod engine;
pub mod errno;
#[cfg(feature = "engine")]
pub mod event_loop;
#[cfg(all(test, feature = "engine"))]
mod fatal_error_tests;
pub mod host;
#[cfg(feature = "engine")]
mod jobs;
#[cfg(test)]
mod js_compact;
#[cfg(feature = "engine")]
mod modules;
#[cfg(feature = "engine")]
mod runtime;
#[cfg(feature = "engine")]
pub mod source_check;
pub mod vfs;
#[cfg(all(feature = "engine", target_arch = "wasm32"))]
mod wasm_api;
pub mod zlib;

#[cfg(feature = "engine")]
pub use event_loop::RunMode;
#[cfg(feature = "engine")]
pub use runtime::{Entry, Environment, Limits, Runtime, RuntimeOptions, Slice};
