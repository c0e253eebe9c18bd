//! nodeboa: a Node.js-compatible runtime on the Boa engine, for the browser and the command line.
//!
//! - [`Runtime`] owns one Boa context, its event loop ([`event_loop`]), its virtual filesystem
//!   ([`vfs`]) and its process identity.
//! - [`host`] is the platform boundary: clock, output, work pool, waking. Only it knows whether it
//!   runs natively or in a browser.
//! - Node's library is JavaScript embedded from `crate/lib/` ([`builtins`]), over natives in
//!   [`bindings`].

pub mod bindings;
pub mod builtins;
pub mod bytes;
pub mod crypto;
mod engine;
pub mod errno;
pub mod event_loop;
pub mod host;
mod jobs;
mod modules;
mod runtime;
pub mod source_check;
pub mod vfs;
#[cfg(target_arch = "wasm32")]
mod wasm_api;
pub mod zlib;

pub use event_loop::RunMode;
pub use runtime::{Entry, Environment, Limits, Runtime, RuntimeOptions, Slice};
