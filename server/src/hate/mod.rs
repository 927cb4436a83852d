//! Hate incident reports without the police: the journey's pages are in [`crate::referrals::journey`] (the
//! same machinery as a request), sending is [`crate::referrals::submit_via`] with [`crate::referrals::Via::Hate`];
//! this module says which service receives them and stores the report's coarse facts ([`store`]).

pub mod store;

use crate::services::Directory;
use app::models::service::Service;

/// The third-party reporting service in the directory that receives hate incident reports.
pub const REPORTING_SERVICE: &str = "hate-crime-reporting";

/// The reporting service, if the directory lists it and it receives requests here.
pub fn reporting_service(directory: &Directory) -> Option<&Service> {
    directory.by_slug(REPORTING_SERVICE).filter(|s| s.receives_referrals && !s.police_run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_directory_has_a_reporting_service_that_is_not_the_police() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/services");
        let directory = Directory::load(&dir).unwrap_or_else(|p| panic!("{p}"));
        let service = reporting_service(&directory).expect("a reporting service");
        assert!(service.helps_with_crime(crate::referrals::journey::HATE_CRIME));
        assert!(!service.police_run);
    }
}
