//! All SQL for hate incident reports: the coarse facts stored plainly beside the referral.

use crate::referrals::draft::Hate;
use crate::{
    db::{DbError, Exec},
    execute,
};
use app::models::partners::Strand;

/// Marks the referral `id` as a hate incident report with its strands and what may go to the police.
pub async fn mark_report(db: impl Into<Exec<'_>>, id: i64, hate: &Hate) -> Result<(), DbError> {
    let strands = Strand::join(hate.strands.as_deref().unwrap_or_default());
    let police = hate.police.map(|p| p.as_str());
    execute!(db, "UPDATE referrals SET hate_strands = $2, hate_police = $3 WHERE id = $1", id, strands, police)?;
    Ok(())
}
