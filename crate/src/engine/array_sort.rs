//! `Array.prototype.sort`/`toSorted` and `%TypedArray%.prototype.sort`/`toSorted`.
//!
//! Why: Boa 0.22 sorts with Rust's `slice::sort_by` around the guest's comparator. Since Rust
//! 1.81 that sort panics ("user-provided comparison function does not correctly implement a
//! total order") when the comparator is inconsistent, which JavaScript allows: the order is
//! then merely implementation-defined. A guest script must never panic the runtime (real
//! packages do this: a comparator returning booleans is common), so these replacements follow
//! the spec's SortIndexedProperties with a sort of our own that accepts any comparator.
//!
//! How: the items are read as the spec says (skipping holes for `sort`, reading through them
//! for `toSorted`), undefined values are kept out of the comparisons and go last, the rest is
//! sorted stably (short arrays exactly as V8 does, longer ones by merging), and written back.
//! A throwing comparator stops the sort at once, leaving the object untouched. The default
//! order compares each element's string once (not once per comparison: the calls to
//! `toString` are implementation-defined, as their order is).

use boa_engine::object::builtins::JsTypedArray;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};
use std::cmp::Ordering;

/// Elements sorted by insertion before merging.
const RUN: usize = 16;
/// Below this many elements V8 sorts by binary insertion alone.
const MIN_MERGE: usize = 64;

pub(super) fn install(ctx: &mut Context) -> JsResult<()> {
    let array = ctx.intrinsics().constructors().array().prototype();
    let typed = ctx.intrinsics().constructors().typed_array().prototype();
    define(&array, "sort", array_sort, ctx)?;
    define(&array, "toSorted", array_to_sorted, ctx)?;
    define(&typed, "sort", typed_sort, ctx)?;
    define(&typed, "toSorted", typed_to_sorted, ctx)?;
    Ok(())
}

fn define(
    target: &JsObject,
    name: &str,
    f: fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>,
    ctx: &mut Context,
) -> JsResult<()> {
    let function = FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(f))
        .name(JsString::from(name))
        .length(1)
        .constructor(false)
        .build();
    target.define_property_or_throw(
        JsString::from(name),
        PropertyDescriptor::builder().value(function).writable(true).enumerable(false).configurable(true).build(),
        ctx,
    )?;
    Ok(())
}

/// The comparator argument: a callable, or `None` for `undefined`; anything else throws.
fn comparator(args: &[JsValue]) -> JsResult<Option<JsObject>> {
    match args.first() {
        None => Ok(None),
        Some(v) if v.is_undefined() => Ok(None),
        Some(v) => v.as_callable().map(Some).ok_or_else(|| {
            JsNativeError::typ().with_message("The comparison function must be either a function or undefined").into()
        }),
    }
}

/// ToLength(Get(obj, "length")).
fn length_of(obj: &JsObject, ctx: &mut Context) -> JsResult<u64> {
    let len = obj.get(js_string!("length"), ctx)?.to_length(ctx)?;
    Ok(len)
}

/// The guest comparator's verdict on `(x, y)`: negative, zero (also for NaN) or positive.
fn call_comparator(f: &JsObject, x: &JsValue, y: &JsValue, ctx: &mut Context) -> JsResult<Ordering> {
    let v = f.call(&JsValue::undefined(), &[x.clone(), y.clone()], ctx)?.to_number(ctx)?;
    Ok(if v < 0.0 {
        Ordering::Less
    } else if v > 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    })
}

/// A stable sort that never panics, whatever `cmp` answers; the first error stops it.
///
/// Below [`MIN_MERGE`] elements it makes V8's calls in V8's order (TimSort's first run, then
/// binary insertion), so even an inconsistent comparator gives the order Node gives: code such
/// as `sort((a, b) => a > b)` on a short array then behaves as it does under Node. Longer
/// arrays are merge-sorted (any comparator that is a real order gives the one stable result).
fn stable_sort<T: Clone>(mut items: Vec<T>, cmp: &mut dyn FnMut(&T, &T) -> JsResult<Ordering>) -> JsResult<Vec<T>> {
    let n = items.len();
    if n < 2 {
        return Ok(items);
    }
    if n < MIN_MERGE {
        let run = leading_run(&mut items, cmp)?;
        binary_insertion(&mut items, run, cmp)?;
        return Ok(items);
    }
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        binary_insertion(&mut items[start..end], 1, cmp)?;
    }
    let mut width = RUN;
    let mut out = Vec::with_capacity(n);
    while width < n {
        out.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if cmp(&items[j], &items[i])? == Ordering::Less {
                    out.push(items[j].clone());
                    j += 1;
                } else {
                    out.push(items[i].clone());
                    i += 1;
                }
            }
            out.extend_from_slice(&items[i..mid]);
            out.extend_from_slice(&items[j..end]);
            start = end;
        }
        std::mem::swap(&mut items, &mut out);
        width *= 2;
    }
    Ok(items)
}

/// The length of the ascending (or strictly descending, then reversed) run `items` starts with.
fn leading_run<T>(items: &mut [T], cmp: &mut dyn FnMut(&T, &T) -> JsResult<Ordering>) -> JsResult<usize> {
    let descending = cmp(&items[1], &items[0])? == Ordering::Less;
    let mut len = 2;
    while len < items.len() {
        let order = cmp(&items[len], &items[len - 1])?;
        if (order == Ordering::Less) != descending {
            break;
        }
        len += 1;
    }
    if descending {
        items[..len].reverse();
    }
    Ok(len)
}

/// Insert `items[sorted..]` one by one into the sorted prefix, each after its equals.
fn binary_insertion<T>(
    items: &mut [T],
    sorted: usize,
    cmp: &mut dyn FnMut(&T, &T) -> JsResult<Ordering>,
) -> JsResult<()> {
    for start in sorted.max(1)..items.len() {
        let (mut left, mut right) = (0, start);
        while left < right {
            let mid = left + (right - left) / 2;
            if cmp(&items[start], &items[mid])? == Ordering::Less {
                right = mid;
            } else {
                left = mid + 1;
            }
        }
        items[left..=start].rotate_right(1);
    }
    Ok(())
}

/// SortIndexedProperties for arrays (and array-likes): the sorted items, undefined ones last.
fn sort_items(
    obj: &JsObject,
    len: u64,
    compare: Option<&JsObject>,
    skip_holes: bool,
    ctx: &mut Context,
) -> JsResult<Vec<JsValue>> {
    let mut items = Vec::new();
    let mut undefined = 0usize;
    for k in 0..len {
        if skip_holes && !obj.has_property(k, ctx)? {
            continue;
        }
        let v = obj.get(k, ctx)?;
        if v.is_undefined() {
            undefined += 1;
        } else {
            items.push(v);
        }
    }
    let mut sorted = match compare {
        Some(f) => stable_sort(items, &mut |x, y| call_comparator(f, x, y, ctx))?,
        None => {
            let mut keyed = Vec::with_capacity(items.len());
            for v in items {
                keyed.push((v.to_string(ctx)?, v));
            }
            let keyed = stable_sort(keyed, &mut |x: &(JsString, JsValue), y: &(JsString, JsValue)| Ok(x.0.cmp(&y.0)))?;
            keyed.into_iter().map(|(_, v)| v).collect()
        }
    };
    sorted.extend(std::iter::repeat_n(JsValue::undefined(), undefined));
    Ok(sorted)
}

/// `Array.prototype.sort(comparefn)`.
fn array_sort(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let compare = comparator(args)?;
    let obj = this.to_object(ctx)?;
    let len = length_of(&obj, ctx)?;
    let sorted = sort_items(&obj, len, compare.as_ref(), true, ctx)?;
    let count = sorted.len() as u64;
    for (k, v) in sorted.into_iter().enumerate() {
        obj.set(k, v, true, ctx)?;
    }
    for k in count..len {
        obj.delete_property_or_throw(k, ctx)?;
    }
    Ok(obj.into())
}

/// `Array.prototype.toSorted(comparefn)`.
fn array_to_sorted(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let compare = comparator(args)?;
    let obj = this.to_object(ctx)?;
    let len = length_of(&obj, ctx)?;
    if len > u64::from(u32::MAX) {
        return Err(JsNativeError::range().with_message("Invalid array length").into());
    }
    let sorted = sort_items(&obj, len, compare.as_ref(), false, ctx)?;
    Ok(boa_engine::object::builtins::JsArray::from_iter(sorted, ctx).into())
}

/// The default order of typed array elements: numeric, -0 before +0, NaN last.
fn numeric_order(x: &JsValue, y: &JsValue) -> Ordering {
    if let (Some(a), Some(b)) = (x.as_bigint(), y.as_bigint()) {
        return a.cmp(&b);
    }
    let (a, b) = (x.as_number().unwrap_or(f64::NAN), y.as_number().unwrap_or(f64::NAN));
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ if a < b => Ordering::Less,
        _ if a > b => Ordering::Greater,
        _ if a == 0.0 && b == 0.0 => (a.is_sign_positive()).cmp(&b.is_sign_positive()),
        _ => Ordering::Equal,
    }
}

/// The typed array `this`, or the TypeError ValidateTypedArray throws.
fn typed_this(this: &JsValue) -> JsResult<JsTypedArray> {
    this.as_object()
        .and_then(|o| JsTypedArray::from_object(o.clone()).ok())
        .ok_or_else(|| JsNativeError::typ().with_message("this is not a typed array.").into())
}

fn typed_items(ta: &JsTypedArray, compare: Option<&JsObject>, ctx: &mut Context) -> JsResult<Vec<JsValue>> {
    let len = ta.length(ctx)? as u64;
    let obj: JsObject = ta.clone().into();
    let mut items = Vec::with_capacity(len as usize);
    for k in 0..len {
        items.push(obj.get(k, ctx)?);
    }
    match compare {
        Some(f) => stable_sort(items, &mut |x, y| call_comparator(f, x, y, ctx)),
        None => stable_sort(items, &mut |x, y| Ok(numeric_order(x, y))),
    }
}

/// `%TypedArray%.prototype.sort(comparefn)`.
fn typed_sort(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let compare = comparator(args)?;
    let ta = typed_this(this)?;
    let sorted = typed_items(&ta, compare.as_ref(), ctx)?;
    let obj: JsObject = ta.into();
    for (k, v) in sorted.into_iter().enumerate() {
        obj.set(k, v, true, ctx)?;
    }
    Ok(obj.into())
}

/// `%TypedArray%.prototype.toSorted(comparefn)`: a new array of the same element type.
fn typed_to_sorted(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let compare = comparator(args)?;
    let ta = typed_this(this)?;
    let obj: JsObject = ta.clone().into();
    let tag = obj.get(boa_engine::JsSymbol::to_string_tag(), ctx)?.to_string(ctx)?;
    let constructors = ctx.intrinsics().constructors();
    let constructor = match tag.to_std_string_escaped().as_str() {
        "Int8Array" => constructors.typed_int8_array(),
        "Uint8Array" => constructors.typed_uint8_array(),
        "Uint8ClampedArray" => constructors.typed_uint8clamped_array(),
        "Int16Array" => constructors.typed_int16_array(),
        "Uint16Array" => constructors.typed_uint16_array(),
        "Int32Array" => constructors.typed_int32_array(),
        "Uint32Array" => constructors.typed_uint32_array(),
        "BigInt64Array" => constructors.typed_bigint64_array(),
        "BigUint64Array" => constructors.typed_biguint64_array(),
        "Float32Array" => constructors.typed_float32_array(),
        _ => constructors.typed_float64_array(),
    }
    .constructor();
    let len = ta.length(ctx)?;
    let sorted = typed_items(&ta, compare.as_ref(), ctx)?;
    let result = constructor.construct(&[JsValue::from(len as f64)], None, ctx)?;
    for (k, v) in sorted.into_iter().enumerate() {
        result.set(k, v, true, ctx)?;
    }
    Ok(result.into())
}

#[cfg(test)]
mod tests {
    use super::stable_sort;
    use std::cmp::Ordering;

    #[test]
    fn the_sort_is_stable_and_survives_inconsistent_comparators() {
        let items: Vec<(u32, usize)> = (0..500).map(|i| ((i * 7919) % 13, i as usize)).collect();
        let sorted = stable_sort(items.clone(), &mut |a, b| Ok(a.0.cmp(&b.0))).unwrap();
        assert!(sorted.windows(2).all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
        // A comparator that answers at random must not panic, and must keep every element.
        let mut state = 12345u64;
        let chaotic = stable_sort(items.clone(), &mut |_, _| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            Ok([Ordering::Less, Ordering::Equal, Ordering::Greater][(state >> 33) as usize % 3])
        })
        .unwrap();
        let mut ids: Vec<usize> = chaotic.iter().map(|x| x.1).collect();
        ids.sort_unstable();
        assert_eq!(ids, (0..500).collect::<Vec<_>>());
        // Short arrays follow V8's calls: an "always less" comparator reverses [3, 1, 2]'s
        // leading descending run and gives [2, 1, 3], as Node prints.
        let short = stable_sort(vec![3, 1, 2], &mut |_, _| Ok(Ordering::Less)).unwrap();
        assert_eq!(short, vec![2, 1, 3]);
        let ordered = stable_sort(vec![5, 1, 4, 2, 3, 9, 0], &mut |a: &i32, b: &i32| Ok(a.cmp(b))).unwrap();
        assert_eq!(ordered, vec![0, 1, 2, 3, 4, 5, 9]);
    }
}
