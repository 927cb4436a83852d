//! What is wrong with what was typed into an account form, as typed problems that the pages put into words.
//! Nothing here touches storage: a form with problems is shown again before anything is looked up.

use super::{
    names::{self, NameProblem},
    password::{self, PasswordProblem},
    recovery, totp,
};

/// What is wrong with a typed code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    Missing,
    /// Not a 6-digit authenticator code (nor, where one is allowed, a recovery code).
    Format,
}

/// Checks the shape of a second-factor field: a 6-digit authenticator code or, when `allow_recovery`, a
/// recovery code.
pub fn code(typed: &str, allow_recovery: bool) -> Result<(), CodeProblem> {
    if typed.trim().is_empty() {
        Err(CodeProblem::Missing)
    } else if totp::normalise_code(typed).is_some() || (allow_recovery && recovery::looks_like_recovery_code(typed)) {
        Ok(())
    } else {
        Err(CodeProblem::Format)
    }
}

/// Checks the shape of a recovery code.
pub fn recovery_code(typed: &str) -> Result<(), CodeProblem> {
    if typed.trim().is_empty() {
        Err(CodeProblem::Missing)
    } else if recovery::looks_like_recovery_code(typed) {
        Ok(())
    } else {
        Err(CodeProblem::Format)
    }
}

/// What is missing or malformed among the fields that prove who someone is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignInProblems {
    pub name_missing: bool,
    pub password_missing: bool,
    pub code: Option<CodeProblem>,
}

/// Checks a sign-in name, a password and, where one is asked for, a code (an authenticator or recovery code).
pub fn sign_in(name: &str, password: &str, code: Option<&str>) -> Result<(), SignInProblems> {
    let problems = SignInProblems {
        name_missing: name.trim().is_empty(),
        password_missing: password.is_empty(),
        code: code.and_then(|c| self::code(c, true).err()),
    };
    if problems == SignInProblems::default() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// What is wrong with new sign-in details.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoginProblems {
    pub email_invalid: bool,
    pub name: Option<NameProblem>,
    pub password: Option<PasswordProblem>,
}

/// New sign-in details, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewLogin {
    /// The canonical sign-in name.
    pub name: String,
    /// The email address, if one was given (it is optional).
    pub email: Option<String>,
}

/// Checks a new sign-in name and password, and an email address where the form asks for one (an empty one is
/// no address). `related` are words a guesser would try first (the person's name, say); the sign-in name and
/// the email address are added to them.
pub fn new_login(name: &str, password: &str, email: Option<&str>, related: &[&str]) -> Result<NewLogin, LoginProblems> {
    let email = email.map(str::trim).filter(|e| !e.is_empty());
    let mut related = related.to_vec();
    related.extend(email);
    related.push(name);
    let canonical = names::validate(name);
    let problems = LoginProblems {
        email_invalid: email.is_some_and(|e| !valid_email(e)),
        name: canonical.as_ref().err().copied(),
        password: password::check_new(password, &related).err(),
    };
    match canonical {
        Ok(name) if problems == LoginProblems::default() => Ok(NewLogin { name, email: email.map(str::to_string) }),
        _ => Err(problems),
    }
}

/// Whether an email address looks deliverable: one `@`, something before it, a dotted domain after it, no
/// spaces, at most 254 characters.
pub fn valid_email(email: &str) -> bool {
    let email = email.trim();
    email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        })
}

/// What is wrong with a forgotten-password form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResetProblems {
    pub name_missing: bool,
    pub recovery_code: Option<CodeProblem>,
    pub code: Option<CodeProblem>,
    pub password: Option<PasswordProblem>,
}

/// Checks a forgotten-password form: the sign-in name, a recovery code, an authenticator code and the new
/// password.
pub fn reset(name: &str, recovery_code: &str, code: &str, password: &str) -> Result<(), ResetProblems> {
    let problems = ResetProblems {
        name_missing: name.trim().is_empty(),
        recovery_code: self::recovery_code(recovery_code).err(),
        code: self::code(code, false).err(),
        password: password::check_new(password, &[name]).err(),
    };
    if problems == ResetProblems::default() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "orange tugboat whistles loudly";

    #[test]
    fn codes_are_six_digits_or_recovery_codes_where_allowed() {
        assert_eq!(code(" ", true), Err(CodeProblem::Missing));
        assert_eq!(code("123 456", false), Ok(()));
        assert_eq!(code("12345", true), Err(CodeProblem::Format));
        assert_eq!(code("ABCDE-FGHJK", false), Err(CodeProblem::Format));
        assert_eq!(code("ABCDE-FGHJK", true), Ok(()));
        assert_eq!(recovery_code(""), Err(CodeProblem::Missing));
        assert_eq!(recovery_code("123456"), Err(CodeProblem::Format));
        assert_eq!(recovery_code("abcde fghjk"), Ok(()));
    }

    #[test]
    fn sign_in_needs_every_field() {
        assert_eq!(sign_in("sam", "secret", None), Ok(()));
        assert_eq!(sign_in("sam", " x", Some("123456")), Ok(()));
        let problems = sign_in("  ", "", Some("12")).expect_err("problems");
        assert_eq!(
            problems,
            SignInProblems { name_missing: true, password_missing: true, code: Some(CodeProblem::Format) }
        );
        assert_eq!(sign_in("sam", "x", Some("")).err().and_then(|p| p.code), Some(CodeProblem::Missing));
    }

    #[test]
    fn new_logins_report_every_problem() {
        assert_eq!(
            new_login(" River  Song ", GOOD, Some(" river@example.org "), &[]),
            Ok(NewLogin { name: "river song".into(), email: Some("river@example.org".into()) })
        );
        assert_eq!(new_login("sam", GOOD, Some("  "), &[]).map(|l| l.email), Ok(None));
        assert_eq!(new_login("sam", GOOD, None, &["Alex"]).map(|l| l.name), Ok("sam".into()));
        let problems = new_login("ab", "short", Some("not-an-email"), &[]).expect_err("problems");
        assert!(problems.email_invalid);
        assert_eq!(problems.name, Some(NameProblem::TooShort));
        assert_eq!(problems.password, Some(PasswordProblem::TooShort));
        let related = new_login("river song", "river song 1", None, &[]).expect_err("the name is related");
        assert!(matches!(related.password, Some(PasswordProblem::Weak(_))));
    }

    #[test]
    fn email_addresses_are_checked_loosely() {
        assert!(valid_email("a@b.co"));
        for bad in ["a@b", "@b.co", "a b@c.co", "a@.co", "a@co.", "a@b.co\u{7}"] {
            assert!(!valid_email(bad), "{bad}");
        }
        assert!(!valid_email(&format!("{}@b.co", "a".repeat(250))));
    }

    #[test]
    fn a_reset_needs_every_field() {
        assert_eq!(reset("sam", "ABCDE-FGHJK", "123456", GOOD), Ok(()));
        let problems = reset("", "123456", "ABCDE-FGHJK", "").expect_err("problems");
        assert_eq!(
            problems,
            ResetProblems {
                name_missing: true,
                recovery_code: Some(CodeProblem::Format),
                code: Some(CodeProblem::Format),
                password: Some(PasswordProblem::Missing),
            }
        );
    }
}
