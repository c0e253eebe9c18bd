//! The byte-level compression behind `require('zlib')`. No JavaScript here;
//! `bindings/zlib.rs` wraps it.

pub mod job;
