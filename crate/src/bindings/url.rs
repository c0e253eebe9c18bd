//! `internalBinding('url')`: WHATWG URL parsing and serialization, backed by the `url` crate.
//!
//! The JS side (`internal/url.js`) keeps only the serialized `href`; every read re-derives the
//! components here and every setter re-parses, applies the spec's setter, and hands back the new
//! components. See <https://url.spec.whatwg.org/#api>.
//!
//! - `parse(input, base)` → `[href, origin, protocol, username, password, host, hostname, port,
//!   pathname, search, hash]`, or `null` when `input` (against `base`, if a string) fails.
//! - `update(href, field, value)` → the components after the setter for `field` ran (setters that
//!   the spec says to ignore leave the URL unchanged), or `null` if `href` itself is invalid.
//! - `domainToASCII(domain)`, `domainToUnicode(domain)` → string (`''` when invalid).
//! - `parseParams(query)` → `[name, value, name, value, ...]` (application/x-www-form-urlencoded).
//! - `serializeParams([name, value, ...])` → the form-urlencoded string.

use super::object_with;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};
use url::{quirks, Url};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("parse", 2, parse),
            ("update", 3, update),
            ("domainToASCII", 1, domain_to_ascii),
            ("domainToUnicode", 1, domain_to_unicode),
            ("parseParams", 1, parse_params),
            ("serializeParams", 1, serialize_params),
        ],
    )
}

/// Argument `i` as a USV string: lone surrogates become U+FFFD, as WebIDL's USVString does.
fn arg_usv(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    match args.get(i) {
        Some(v) => Ok(v.to_string(ctx)?.to_std_string_lossy()),
        None => Ok(String::new()),
    }
}

/// The eleven components of `url`, in the order documented above.
fn components(url: &Url, ctx: &mut Context) -> JsValue {
    let origin = quirks::origin(url);
    let parts: [&str; 11] = [
        quirks::href(url),
        &origin,
        quirks::protocol(url),
        quirks::username(url),
        quirks::password(url),
        quirks::host(url),
        quirks::hostname(url),
        quirks::port(url),
        quirks::pathname(url),
        quirks::search(url),
        quirks::hash(url),
    ];
    let values = parts.iter().map(|s| JsValue::from(JsString::from(*s)));
    JsArray::from_iter(values, ctx).into()
}

/// Parses `input`, resolved against `base` when one is given (a base that fails to parse fails
/// the whole parse, as the URL constructor requires).
fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(base) => Url::parse(base).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = arg_usv(args, 0, ctx)?;
    let base = match args.get(1) {
        Some(v) if !v.is_undefined() => Some(arg_usv(args, 1, ctx)?),
        _ => None,
    };
    Ok(match parse_with_base(&input, base.as_deref()) {
        Some(url) => components(&url, ctx),
        None => JsValue::null(),
    })
}

fn update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = arg_usv(args, 0, ctx)?;
    let field = arg_usv(args, 1, ctx)?;
    let value = arg_usv(args, 2, ctx)?;
    let Ok(mut url) = Url::parse(&href) else { return Ok(JsValue::null()) };
    // The spec's setters ignore invalid values: failures leave `url` as it was.
    match field.as_str() {
        "href" => {
            if quirks::set_href(&mut url, &value).is_err() {
                return Ok(JsValue::null());
            }
        }
        "protocol" => {
            let _ = quirks::set_protocol(&mut url, &value);
        }
        "username" => {
            let _ = quirks::set_username(&mut url, &value);
        }
        "password" => {
            let _ = quirks::set_password(&mut url, &value);
        }
        "host" => {
            let _ = quirks::set_host(&mut url, &value);
        }
        "hostname" => {
            let _ = quirks::set_hostname(&mut url, &value);
        }
        "port" => {
            let _ = quirks::set_port(&mut url, &value);
        }
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => return Ok(js_string!().into()),
    }
    Ok(components(&url, ctx))
}

fn domain_to_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = arg_usv(args, 0, ctx)?;
    Ok(JsString::from(quirks::domain_to_ascii(&domain).as_str()).into())
}

fn domain_to_unicode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let domain = arg_usv(args, 0, ctx)?;
    Ok(JsString::from(quirks::domain_to_unicode(&domain).as_str()).into())
}

fn parse_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let query = arg_usv(args, 0, ctx)?;
    let flat = url::form_urlencoded::parse(query.as_bytes())
        .flat_map(|(k, v)| [JsValue::from(JsString::from(&*k)), JsValue::from(JsString::from(&*v))]);
    Ok(JsArray::from_iter(flat, ctx).into())
}

fn serialize_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let list = super::arg_list(args, 0, ctx)?;
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for pair in list.chunks(2) {
        let name = pair[0].to_string(ctx)?.to_std_string_lossy();
        let value = match pair.get(1) {
            Some(v) => v.to_string(ctx)?.to_std_string_lossy(),
            None => String::new(),
        };
        out.append_pair(&name, &value);
    }
    Ok(JsString::from(out.finish().as_str()).into())
}

#[cfg(test)]
mod tests {
    use super::parse_with_base;

    #[test]
    fn parses_relative_against_base() {
        let url = parse_with_base("../c?x#y", Some("http://h/a/b/")).unwrap();
        assert_eq!(url.as_str(), "http://h/a/c?x#y");
    }

    #[test]
    fn bad_base_fails() {
        assert!(parse_with_base("/x", Some("not a url")).is_none());
        assert!(parse_with_base("http://[::1", None).is_none());
    }
}
