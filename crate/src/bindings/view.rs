//! [`View`]: the byte range an argument refers to (any TypedArray, a DataView or an
//! ArrayBuffer), read and written in place. Shared by the bindings that take bytes from
//! JavaScript (`buffer`, `crypto`, `zlib`).

use boa_engine::object::builtins::{JsArrayBuffer, JsDataView, JsTypedArray};
use boa_engine::{Context, JsError, JsNativeError, JsResult, JsValue};

/// A byte range of an ArrayBuffer.
pub(super) struct View {
    pub(super) buffer: JsArrayBuffer,
    pub(super) offset: usize,
    pub(super) len: usize,
}

impl View {
    /// The view `value` refers to; a TypeError when it is not one.
    pub(super) fn of(value: Option<&JsValue>, ctx: &mut Context) -> JsResult<Self> {
        Self::of_or(value, ctx, |_| {
            JsNativeError::typ().with_message("expected an ArrayBuffer or ArrayBufferView").into()
        })
    }

    /// The view `value` refers to; `not_a_view` makes the error when it is not one.
    pub(super) fn of_or(
        value: Option<&JsValue>,
        ctx: &mut Context,
        not_a_view: impl Fn(&mut Context) -> JsError,
    ) -> JsResult<Self> {
        let Some(obj) = value.and_then(JsValue::as_object) else { return Err(not_a_view(ctx)) };
        let (buf, offset, len) = if let Ok(ta) = JsTypedArray::from_object(obj.clone()) {
            (ta.buffer(ctx)?, ta.byte_offset(ctx)?, ta.byte_length(ctx)?)
        } else if let Ok(dv) = JsDataView::from_object(obj.clone()) {
            (dv.buffer(ctx)?, dv.byte_offset(ctx)? as usize, dv.byte_length(ctx)? as usize)
        } else {
            let Ok(ab) = JsArrayBuffer::from_object(obj.clone()) else { return Err(not_a_view(ctx)) };
            let len = ab.byte_length();
            (obj.into(), 0, len)
        };
        match buf.as_object().and_then(|o| JsArrayBuffer::from_object(o).ok()) {
            Some(buffer) => Ok(Self { buffer, offset, len }),
            None => Err(not_a_view(ctx)),
        }
    }

    /// The view's bytes, copied out (so a later mutable borrow of the same buffer is safe).
    pub(super) fn to_vec(&self) -> Vec<u8> {
        self.with(<[u8]>::to_vec)
    }

    /// `len` bytes from `at` (clamped to the view).
    pub(super) fn read(&self, at: usize, len: usize) -> Vec<u8> {
        self.with(|bytes| {
            let start = at.min(bytes.len());
            bytes[start..(start + len).min(bytes.len())].to_vec()
        })
    }

    /// Copy `bytes` into the view from `at` on (clamped to the view).
    pub(super) fn write(&self, at: usize, bytes: &[u8]) {
        self.with_mut(|data| {
            let start = at.min(data.len());
            let end = (start + bytes.len()).min(data.len());
            data[start..end].copy_from_slice(&bytes[..end - start]);
        });
    }

    pub(super) fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.buffer.data() {
            Some(data) => {
                let start = self.offset.min(data.len());
                let end = (self.offset + self.len).min(data.len());
                f(&data[start..end])
            }
            None => f(&[]),
        }
    }

    pub(super) fn with_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        match self.buffer.data_mut() {
            Some(mut data) => {
                let start = self.offset.min(data.len());
                let end = (self.offset + self.len).min(data.len());
                f(&mut data[start..end])
            }
            None => f(&mut []),
        }
    }
}
