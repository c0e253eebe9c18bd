//! `internalBinding('os')`: not written yet; its owner fills it in.

use super::object_with;
use boa_engine::{Context, JsObject};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(ctx, &[])
}
