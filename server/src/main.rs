//! The `waymark` command: serves the portal (the default) or applies database migrations.

use app::models::staff::StaffRole;
use axum::serve::ListenerExt;
use clap::{Parser, Subcommand};
use std::process::ExitCode;
use waymark::{build_state_with_clock, cli, clock::Clock, config::Config, db::Db, http, telemetry};

#[derive(Parser)]
#[command(name = "waymark", version, about = "Waymark: a self-service portal for people affected by crime.")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default when no subcommand is given). Applies migrations first.
    Serve,
    /// Apply any database migrations that have not been applied yet, then exit.
    Migrate,
    /// Manage staff accounts.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Manage partner organisations (who may refer people through /refer).
    #[command(subcommand)]
    Organisations(OrganisationsCommand),
    /// Delete requests for support closed more than WAYMARK_RETENTION_DAYS days ago (also done daily by the server).
    Purge,
    /// Work with the content bundles (guides and the service directory).
    #[command(subcommand)]
    Content(ContentCommand),
    /// Manage the keys that seal stored data.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Work with the service directory.
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Manage partner organisations' keys for the referral API (/api/v1).
    #[command(subcommand)]
    ApiKeys(ApiKeysCommand),
}

#[derive(Subcommand)]
enum ApiKeysCommand {
    /// Make a key for an organisation and print it once (only its hash is kept).
    Create {
        /// The organisation's id (as listed by `waymark api-keys list`).
        #[arg(long)]
        organisation: i64,
        /// What the key is for, e.g. the name of the system that will use it.
        #[arg(long)]
        label: String,
    },
    /// Revoke a key: it stops working at once.
    Revoke {
        /// The key's id (as listed by `waymark api-keys list`).
        id: i64,
    },
    /// List the organisations and their keys (never the keys themselves).
    List,
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Turn an Open Referral UK JSON export into service files for review (placeholders that receive no
    /// requests). An existing file is never overwritten: the entry is written beside it as `.toml.new`.
    Import {
        /// The ORUK export: a page of services (`contents`), a list, or one service.
        file: std::path::PathBuf,
        /// The folder to write the entries to (review them there before moving any into content/services).
        #[arg(long, default_value = "imported-services")]
        to: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Seal every request's key under a new random master key and delete the old master key (safe to run while
    /// the server runs; run it on one node).
    RotateReferralKey,
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Check every bundle (front matter, directives, links, topics, assets) and print a coverage report.
    Check {
        /// The pre-launch check: also fail on placeholders and stale details among services that receive
        /// requests, listing each fact still to confirm.
        #[arg(long)]
        strict: bool,
    },
}

#[derive(Subcommand)]
enum OrganisationsCommand {
    /// Register a partner organisation with the services it may refer to, and print its id.
    Add {
        /// The organisation's name.
        #[arg(long)]
        name: String,
        /// gp-practice, health, school, housing, council, community-group, police or other.
        #[arg(long)]
        kind: String,
        /// A service it may refer to (repeat for several): a receiving service's file name in content/services.
        #[arg(long = "service", required = true)]
        services: Vec<String>,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Create a staff account and print a one-time enrolment link, valid for 24 hours.
    Add {
        /// The staff member's name, as colleagues will see it.
        #[arg(long)]
        name: String,
        /// The receiving service they work for: its file name in content/services, e.g. `victim-hub`
        /// (needed for a caseworker or manager; a commissioner has none).
        #[arg(long)]
        service: Option<String>,
        /// What they may do: caseworker (the service's queue), manager (also its team and audit log),
        /// commissioner (aggregate figures across services only) or operator (every service's team and audit
        /// log, and the figures).
        #[arg(long, default_value = "caseworker")]
        role: String,
        /// The operator's administrator: the same as `--role operator`.
        #[arg(long)]
        admin: bool,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    waymark::memory::return_large_blocks();
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    telemetry::init(&cli.config.log_format);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::Migrate => migrate(cli.config).await,
        Command::Staff(StaffCommand::Add { name, service, role, admin }) => {
            add_staff(cli.config, name, service, if admin { "operator".into() } else { role }).await
        }
        Command::Organisations(OrganisationsCommand::Add { name, kind, services }) => {
            add_organisation(cli.config, name, kind, services).await
        }
        Command::Content(ContentCommand::Check { strict }) => check_content(&cli.config, strict),
        Command::Purge => purge(cli.config).await,
        Command::Keys(KeysCommand::RotateReferralKey) => rotate_referral_key(cli.config).await,
        Command::Directory(DirectoryCommand::Import { file, to }) => import_directory(&file, &to),
        Command::ApiKeys(command) => api_keys(cli.config, command).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("waymark: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let addr = config.site_addr;
    let clock = match config.test_clock_file() {
        Some(path) => {
            tracing::warn!("the clock is moved by {} (WAYMARK_TEST_CLOCK): for tests only", path.display());
            Clock::offset_from_file(path.to_path_buf())
        }
        None => Clock::system(),
    };
    let state = build_state_with_clock(config, clock).await.map_err(|e| e.to_string())?;
    let backend = state.db.backend();
    let db = state.db.clone();
    let housekeeping = waymark::maintenance::spawn(state.clone());
    if state.mail.is_none() {
        tracing::warn!("mail is not configured (WAYMARK_SMTP_URL): alerts to services wait in the outbox");
    }
    let alerts = waymark::alerts::worker(state.clone());
    let trimmer = waymark::memory::spawn_trimmer();
    let app = http::router(state);
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    // Without TCP_NODELAY a response written in two parts (headers, then a file's body) waits for the client's
    // delayed acknowledgement: about 40 ms for every static file on a kept-alive connection.
    let listener = listener.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::warn!("cannot set TCP_NODELAY: {err}");
        }
    });
    tracing::info!(%addr, backend, "serving the portal on http://{addr}");
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| e.to_string())?;
    housekeeping.abort();
    alerts.abort();
    trimmer.abort();
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn migrate(config: Config) -> Result<(), String> {
    let db = Db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    println!("migrations applied ({})", db.backend());
    db.close().await;
    Ok(())
}

async fn add_staff(config: Config, name: String, service: Option<String>, role: String) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("--name must not be empty".into());
    }
    let Some(role) = StaffRole::parse(&role) else {
        return Err("--role must be one of caseworker, manager, commissioner, operator".into());
    };
    let service = match service {
        Some(service) if role != StaffRole::Commissioner => Some(service),
        _ => None,
    };
    if let Some(service) = &service {
        if !cli::valid_service_id(service) {
            return Err("--service must be a service identifier: lower-case letters, digits and hyphens".into());
        }
    }
    let directory =
        waymark::services::Directory::load(&config.content_dir.join("services")).map_err(|e| e.to_string())?;
    let receiving = |s: &str| directory.by_slug(s).is_some_and(|s| s.receives_referrals);
    if service.as_deref().is_some_and(|s| !receiving(s)) || (role.needs_service() && service.is_none()) {
        let known: Vec<&str> = directory.receiving().map(|s| s.slug.as_str()).collect();
        return Err(format!(
            "--service must be a service that receives requests (a file in content/services): one of {}",
            known.join(", ")
        ));
    }
    let db = Db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    let path = cli::add_staff_as(&db, name.trim(), service.as_deref(), role, waymark::db::now())
        .await
        .map_err(|e| e.to_string())?;
    let origin = config.origin();
    println!("Staff account created for {}. Send them this link; it works once, for 24 hours:", name.trim());
    println!("{}{}", origin.trim_end_matches('/'), path);
    db.close().await;
    Ok(())
}

async fn add_organisation(config: Config, name: String, kind: String, services: Vec<String>) -> Result<(), String> {
    let directory =
        waymark::services::Directory::load(&config.content_dir.join("services")).map_err(|e| e.to_string())?;
    let receiving = |s: &str| directory.by_slug(s).is_some_and(|s| s.receives_referrals);
    if let Some(unknown) = services.iter().find(|s| !receiving(s)) {
        let known: Vec<&str> = directory.receiving().map(|s| s.slug.as_str()).collect();
        return Err(format!(
            "--service {unknown} is not a service that receives requests: one of {}",
            known.join(", ")
        ));
    }
    let new = waymark::organisations::check(&name, &kind, &services, receiving).map_err(|p| {
        if p.kind {
            "--kind must be one of gp-practice, health, school, housing, council, community-group, police, other".into()
        } else {
            "--name must not be empty or longer than 100 characters".to_string()
        }
    })?;
    let db = Db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    let id = waymark::organisations::register(&db, &new, waymark::db::now()).await.map_err(|e| e.to_string())?;
    println!("Organisation {id} registered: {} (may refer to {}).", new.name, new.services.join(", "));
    println!("Invite its workers from /staff/organisations as the commissioner.");
    db.close().await;
    Ok(())
}

async fn purge(config: Config) -> Result<(), String> {
    let days = config.retention_days;
    let state = waymark::build_state(config).await.map_err(|e| e.to_string())?;
    let purged = waymark::maintenance::purge_closed_requests(&state).await.map_err(|e| e.to_string())?;
    println!("Deleted {purged} request(s) closed more than {days} days ago.");
    state.db.close().await;
    Ok(())
}

async fn rotate_referral_key(config: Config) -> Result<(), String> {
    let state = waymark::build_state(config).await.map_err(|e| e.to_string())?;
    let rotated = cli::rotate_referral_key(&state).await.map_err(|e| e.to_string())?;
    println!(
        "New referral master key {}: {} request(s) re-sealed under it, {} old master key(s) deleted.",
        rotated.key_id, rotated.resealed, rotated.retired
    );
    state.db.close().await;
    Ok(())
}

async fn api_keys(config: Config, command: ApiKeysCommand) -> Result<(), String> {
    use waymark::api::{keys, store, ApiKeys};
    let state = waymark::build_state(config).await.map_err(|e| e.to_string())?;
    let (db, now) = (&state.db, waymark::db::now());
    match command {
        ApiKeysCommand::Create { organisation, label } => {
            let made = keys::create(db, &ApiKeys::derive(&state.secret), organisation, &label, None, now)
                .await
                .map_err(|e| e.to_string())?;
            match made {
                Ok(new) => {
                    println!(
                        "Key {} made. It is shown only this once; give it to the system's operators safely:",
                        new.id
                    );
                    println!("{}", new.key);
                }
                Err(keys::Refusal::NoOrganisation) => {
                    return Err(format!("no organisation (that is not disabled) has id {organisation}"))
                }
                Err(keys::Refusal::LabelMissing) => return Err("--label must not be empty".into()),
                Err(keys::Refusal::LabelTooLong) => {
                    return Err(format!("--label must be at most {} characters", keys::MAX_LABEL))
                }
            }
        }
        ApiKeysCommand::Revoke { id } => {
            if !keys::revoke(db, id, None, now).await.map_err(|e| e.to_string())? {
                return Err(format!("no key in use has id {id}"));
            }
            println!("Key {id} revoked.");
        }
        ApiKeysCommand::List => {
            for (id, name) in store::organisations(db).await.map_err(|e| e.to_string())? {
                println!("organisation {id}: {name}");
            }
            for k in store::keys(db).await.map_err(|e| e.to_string())? {
                let standing = if k.revoked_at.is_some() { "revoked" } else { "in use" };
                println!("key {}: {}… for {} ({}), {standing}", k.id, k.prefix, k.organisation, k.label);
            }
        }
    }
    state.db.close().await;
    Ok(())
}

fn import_directory(file: &std::path::Path, to: &std::path::Path) -> Result<(), String> {
    use waymark::oruk::import::{write_all, Outcome};
    let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let export: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", file.display()))?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let today = waymark::dates::iso_date(waymark::dates::day_of(now));
    let source = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let outcomes =
        write_all(&export, &source, to, &today).map_err(|e| format!("cannot write to {}: {e}", to.display()))?;
    for outcome in &outcomes {
        match outcome {
            Outcome::Written(p) => println!("written: {}", p.display()),
            Outcome::WrittenAlongside(p) => println!("a file of that name exists; written beside it: {}", p.display()),
            Outcome::Refused(why) => println!("not written: {why}"),
        }
    }
    println!("{} services read. Review each file: they are placeholders that receive no requests.", outcomes.len());
    Ok(())
}

fn check_content(config: &Config, strict: bool) -> Result<(), String> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let report = waymark::content::check::report(&config.content_dir, strict, waymark::dates::day_of(now));
    print!("{}", report.text);
    if report.ok {
        Ok(())
    } else {
        Err("the content has problems; see above".into())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
