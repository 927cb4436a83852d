//! All SQL for the commissioner's return: coarse, plain columns only (never the sealed details).

use crate::{
    db::{DbError, Exec},
    fetch,
};
use app::models::request::AgeBand;

/// What the return needs to know about one referral that arrived or closed in a period.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReturnRow {
    pub service: String,
    pub crime_types: String,
    #[sqlx(try_from = "String")]
    pub age_band: AgeBand,
    pub area: Option<String>,
    pub created_at: i64,
    pub due_at: Option<i64>,
    pub contacted_at: Option<i64>,
    pub closed_at: Option<i64>,
    /// Closed (not transferred or reopened).
    pub closed: bool,
    /// It reached "supported" at some time.
    pub supported: bool,
    /// At least one need closed as improved.
    pub improved: bool,
    /// The optional equality answers (words of [`app::models::request`]'s answers), `None` when not given.
    pub eq_gender: Option<String>,
    pub eq_ethnicity: Option<String>,
    pub eq_sexuality: Option<String>,
    pub eq_disability: Option<String>,
    /// A hate incident report's strands (comma-separated words); `None` for any other request.
    pub hate_strands: Option<String>,
}

/// Referrals of `service` (every service for `None`) that arrived or closed in `[from, to)`.
pub async fn referrals(
    db: impl Into<Exec<'_>>,
    service: Option<&str>,
    from: i64,
    to: i64,
) -> Result<Vec<ReturnRow>, DbError> {
    Ok(fetch!(
        db,
        all::<ReturnRow>,
        "SELECT r.service, r.crime_types, r.age_band, r.area, r.created_at, r.due_at, r.contacted_at, r.closed_at,
                (r.status = 'closed') AS closed,
                EXISTS (SELECT 1 FROM referral_events e
                        WHERE e.referral_id = r.id AND e.action = 'status' AND e.detail = 'supported') AS supported,
                EXISTS (SELECT 1 FROM referral_needs n
                        WHERE n.referral_id = r.id AND n.outcome = 'improved') AS improved,
                r.eq_gender, r.eq_ethnicity, r.eq_sexuality, r.eq_disability, r.hate_strands
         FROM referrals r
         WHERE (CAST($1 AS TEXT) IS NULL OR r.service = CAST($1 AS TEXT))
           AND ((r.created_at >= $2 AND r.created_at < $3)
                OR (r.status = 'closed' AND r.closed_at >= $2 AND r.closed_at < $3))
         ORDER BY r.id",
        service,
        from,
        to
    )?)
}

/// (need, outcome) of every need of a referral of `service` closed in `[from, to)`.
pub async fn outcomes(
    db: impl Into<Exec<'_>>,
    service: Option<&str>,
    from: i64,
    to: i64,
) -> Result<Vec<(String, String)>, DbError> {
    Ok(fetch!(
        db,
        all::<(String, String)>,
        "SELECT n.need, n.outcome FROM referral_needs n JOIN referrals r ON r.id = n.referral_id
         WHERE (CAST($1 AS TEXT) IS NULL OR r.service = CAST($1 AS TEXT))
           AND r.status = 'closed' AND r.closed_at >= $2 AND r.closed_at < $3 AND n.outcome IS NOT NULL",
        service,
        from,
        to
    )?)
}

/// (easy, listened, recommend) of the feedback about `service` given in `months`.
pub async fn feedback(
    db: impl Into<Exec<'_>>,
    service: Option<&str>,
    months: &[String],
) -> Result<Vec<(String, String, String)>, DbError> {
    let first = months.first().cloned().unwrap_or_default();
    let last = months.last().cloned().unwrap_or_default();
    Ok(fetch!(
        db,
        all::<(String, String, String)>,
        "SELECT easy, listened, recommend FROM service_feedback
         WHERE (CAST($1 AS TEXT) IS NULL OR service = CAST($1 AS TEXT)) AND month >= $2 AND month <= $3",
        service,
        first,
        last
    )?)
}
