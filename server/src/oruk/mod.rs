//! The directory as Open Referral UK (ORUK, the UK profile of HSDS 3.0) data: services with stable UUIDs, the
//! paginated list the standard defines, and the API's information. Pure functions of the directory, so the
//! HTTP layer stays a straight line; nothing personal is ever part of it.

pub mod import;

use crate::services::Directory;
use app::models::service::{ContactKind, Service};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The HSDS version the API follows.
pub const HSDS_VERSION: &str = "3.0";
/// Where the UK profile is described.
pub const PROFILE_URL: &str = "https://github.com/openreferral/uk-profile";
/// Largest page size a client may ask for.
pub const MAX_PER_PAGE: usize = 100;
/// Page size when none is asked for.
pub const DEFAULT_PER_PAGE: usize = 50;

/// A stable UUID (version 5 layout, from SHA-256) for a thing named `what`/`name`, so identifiers survive
/// restarts and never reveal anything.
pub fn uuid_for(what: &str, name: &str) -> String {
    let digest = Sha256::digest(format!("waymark/oruk/{what}/{name}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_bytes(bytes)
        .with_version(uuid::Version::Sha1)
        .with_variant(uuid::Variant::RFC4122)
        .into_uuid()
        .to_string()
}

/// The address readers can visit for `service`: its own website, or the portal's directory.
fn url_of(service: &Service, origin: &str) -> String {
    service.website.clone().unwrap_or_else(|| format!("{}/services", origin.trim_end_matches('/')))
}

/// The one-to-one fields of a service, as the list endpoint gives them.
fn listed(service: &Service, origin: &str) -> Value {
    let mut v = json!({
        "id": uuid_for("service", &service.slug),
        "name": service.name,
        "description": service.summary,
        "url": url_of(service, origin),
        "status": "active",
        "assured_date": service.checked,
    });
    let fields = v.as_object_mut().expect("an object");
    if let Some(email) = service.contacts.iter().find(|c| c.kind == ContactKind::Email) {
        fields.insert("email".into(), json!(email.value));
    }
    if let Some(min) = service.min_age {
        fields.insert("minimum_age".into(), json!(min));
    }
    if let Some(max) = service.max_age {
        fields.insert("maximum_age".into(), json!(max));
    }
    v
}

/// A service with its related data (contacts with phone numbers, the areas it serves).
pub fn service(service: &Service, origin: &str) -> Value {
    let mut v = listed(service, origin);
    let phones: Vec<Value> = service
        .contacts
        .iter()
        .filter(|c| c.kind.is_call() || c.kind == ContactKind::Text)
        .map(|c| {
            let about: Vec<&str> = [c.hours.as_deref(), c.note.as_deref()].into_iter().flatten().collect();
            json!({
                "id": uuid_for("phone", &format!("{}/{}", service.slug, c.value)),
                "number": c.value,
                "description": about.join(" "),
            })
        })
        .collect();
    let areas: Vec<Value> = if service.national {
        vec![json!({ "id": uuid_for("area", "national"), "name": "United Kingdom" })]
    } else {
        service.areas.iter().map(|b| json!({ "id": uuid_for("area", b.as_str()), "name": borough_name(*b) })).collect()
    };
    let fields = v.as_object_mut().expect("an object");
    fields.insert(
        "contacts".into(),
        json!([{ "id": uuid_for("contact", &service.slug), "name": service.name, "phones": phones }]),
    );
    fields.insert("service_areas".into(), Value::Array(areas));
    v
}

fn borough_name(b: app::models::area::Borough) -> &'static str {
    use app::models::area::Borough::*;
    match b {
        Hartlepool => "Hartlepool",
        Middlesbrough => "Middlesbrough",
        RedcarAndCleveland => "Redcar and Cleveland",
        StocktonOnTees => "Stockton-on-Tees",
    }
}

/// Page `page` (from 1) of `per_page` services, with the standard's pagination fields. Out-of-range numbers are
/// brought into range rather than refused.
pub fn page(directory: &Directory, origin: &str, page: usize, per_page: usize) -> Value {
    let size = per_page.clamp(1, MAX_PER_PAGE);
    let total = directory.all().len();
    let pages = total.div_ceil(size).max(1);
    let number = page.clamp(1, pages);
    let contents: Vec<Value> =
        directory.all().iter().skip((number - 1) * size).take(size).map(|s| listed(s, origin)).collect();
    json!({
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": contents.len(),
        "first_page": number == 1,
        "last_page": number == pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// The service whose ORUK id is `id`.
pub fn by_id<'a>(directory: &'a Directory, id: &str) -> Option<&'a Service> {
    directory.all().iter().find(|s| uuid_for("service", &s.slug) == id)
}

/// What the API's root says about itself.
pub fn info() -> Value {
    json!({ "version": HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": "https://github.com/openreferral/uk-profile/blob/main/schema/openapi.json" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn real() -> Directory {
        Directory::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services"))
            .unwrap_or_else(|p| panic!("{p}"))
    }

    #[test]
    fn ids_are_stable_uuids() {
        let a = uuid_for("service", "harbour");
        assert_eq!(a, uuid_for("service", "harbour"));
        assert_ne!(a, uuid_for("service", "foundation"));
        let parsed = uuid::Uuid::parse_str(&a).expect("a uuid");
        assert_eq!(parsed.get_version_num(), 5);
    }

    #[test]
    fn pages_cover_every_service_once() {
        let d = real();
        let first = page(&d, "https://example.org", 1, 10);
        assert_eq!(first["total_items"], d.all().len());
        assert_eq!(first["first_page"], true);
        let pages = first["total_pages"].as_u64().expect("pages") as usize;
        let mut seen = 0;
        for n in 1..=pages {
            let p = page(&d, "https://example.org", n, 10);
            assert_eq!(p["page_number"], n);
            assert_eq!(p["last_page"], n == pages);
            seen += p["contents"].as_array().expect("contents").len();
        }
        assert_eq!(seen, d.all().len());
        // Out of range: the last page, not an error.
        assert_eq!(page(&d, "https://example.org", 999, 0)["page_number"], d.all().len());
    }

    #[test]
    fn a_service_has_its_phones_and_areas() {
        let d = real();
        let samaritans = service(d.by_slug("samaritans").expect("samaritans"), "https://example.org");
        assert_eq!(samaritans["contacts"][0]["phones"][0]["number"], "116 123");
        let foundation = service(d.by_slug("foundation").expect("foundation"), "https://example.org");
        assert_eq!(foundation["service_areas"][0]["name"], "Redcar and Cleveland");
        assert_eq!(foundation["url"], "https://example.org/services");
        assert_eq!(by_id(&d, foundation["id"].as_str().expect("id")).map(|s| s.slug.as_str()), Some("foundation"));
    }
}
