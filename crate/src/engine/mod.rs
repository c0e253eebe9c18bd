//! Replacements for engine built-ins that break our rules on guest input. Each is installed
//! over Boa's own when a runtime is created; JavaScript-level shims live in
//! `lib/internal/bootstrap/engine_shims.js`, these are the ones that must be native.

mod array_sort;
mod dispose_symbols;

use boa_engine::{Context, JsResult};

/// Install every replacement into `ctx`'s realm.
///
/// # Errors
/// Only if the realm's intrinsics cannot be redefined, which is a bug.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    array_sort::install(ctx)?;
    dispose_symbols::install(ctx)
}
