//! The `waymark` command: serves the portal (the default) or applies database migrations.

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
    /// Delete requests for support closed more than WAYMARK_RETENTION_DAYS days ago (also done daily by the server).
    Purge,
    /// Work with the content bundles (guides and the service directory).
    #[command(subcommand)]
    Content(ContentCommand),
    /// Manage the keys that seal stored data.
    #[command(subcommand)]
    Keys(KeysCommand),
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
    Check,
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Create a staff account and print a one-time enrolment link, valid for 24 hours.
    Add {
        /// The staff member's name, as colleagues will see it.
        #[arg(long)]
        name: String,
        /// The receiving service they work for: its file name in content/services, e.g. `victim-hub`.
        #[arg(long)]
        service: String,
        /// Also allow reading the audit log and reports.
        #[arg(long)]
        admin: bool,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    telemetry::init(&cli.config.log_format);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::Migrate => migrate(cli.config).await,
        Command::Staff(StaffCommand::Add { name, service, admin }) => add_staff(cli.config, name, service, admin).await,
        Command::Content(ContentCommand::Check) => check_content(&cli.config),
        Command::Purge => purge(cli.config).await,
        Command::Keys(KeysCommand::RotateReferralKey) => rotate_referral_key(cli.config).await,
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

async fn add_staff(config: Config, name: String, service: String, admin: bool) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("--name must not be empty".into());
    }
    if !cli::valid_service_id(&service) {
        return Err("--service must be a service identifier: lower-case letters, digits and hyphens".into());
    }
    let directory =
        waymark::services::Directory::load(&config.content_dir.join("services")).map_err(|e| e.to_string())?;
    if !directory.by_slug(&service).is_some_and(|s| s.receives_referrals) {
        let known: Vec<&str> = directory.receiving().map(|s| s.slug.as_str()).collect();
        return Err(format!(
            "--service must be a service that receives requests (a file in content/services): one of {}",
            known.join(", ")
        ));
    }
    let db = Db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    let path =
        cli::add_staff(&db, name.trim(), &service, admin, waymark::db::now()).await.map_err(|e| e.to_string())?;
    let origin = config.origin();
    println!("Staff account created for {}. Send them this link; it works once, for 24 hours:", name.trim());
    println!("{}{}", origin.trim_end_matches('/'), path);
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

fn check_content(config: &Config) -> Result<(), String> {
    let report = waymark::content::check::report(&config.content_dir);
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
