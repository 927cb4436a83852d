//! A small but real SMTP server for tests (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT, with dot
//! unstuffing), listening on loopback. It keeps every message it accepts; it can be stopped (the port then
//! refuses connections, as a mail server that is down) and started again on the same port.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    task::JoinHandle,
};

/// A message as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The message: headers and body, as sent (after dot unstuffing).
    pub data: String,
}

pub struct SmtpServer {
    pub addr: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl SmtpServer {
    /// Starts a server on a free loopback port.
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a loopback port");
        let addr = listener.local_addr().expect("address");
        let received = Arc::new(Mutex::new(Vec::new()));
        let task = Mutex::new(Some(tokio::spawn(serve(listener, received.clone()))));
        SmtpServer { addr, received, task }
    }

    /// A port on which nothing listens (a server bound and stopped at once), for a mail server that is down.
    pub async fn stopped() -> SmtpServer {
        let server = SmtpServer::start().await;
        server.stop().await;
        server
    }

    /// Stops listening: connections to the port are refused until [`SmtpServer::restart`].
    pub async fn stop(&self) {
        let task = self.task.lock().expect("lock").take();
        if let Some(task) = task {
            task.abort();
            let _ = task.await;
        }
    }

    /// Listens again on the same port.
    pub async fn restart(&self) {
        let listener = TcpListener::bind(self.addr).await.expect("the same port again");
        *self.task.lock().expect("lock") = Some(tokio::spawn(serve(listener, self.received.clone())));
    }

    /// The URL for WAYMARK_SMTP_URL (no encryption: allowed for loopback only).
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("lock").clone()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        if let Some(task) = self.task.lock().expect("lock").take() {
            task.abort();
        }
    }
}

async fn serve(listener: TcpListener, received: Arc<Mutex<Vec<Received>>>) {
    let mut sessions = tokio::task::JoinSet::new();
    // Sessions end with the listener (the JoinSet aborts them when the server is stopped).
    while let Ok((stream, _)) = listener.accept().await {
        sessions.spawn(session(stream, received.clone()));
    }
}

/// The text after a command's `FROM:` or `TO:`, without angle brackets and parameters.
fn path(argument: &str) -> String {
    let after = argument.split_once(':').map_or("", |(_, rest)| rest).trim();
    let address = after.split_whitespace().next().unwrap_or("");
    address.trim_start_matches('<').trim_end_matches('>').to_string()
}

fn reply_line(text: &str) -> Vec<u8> {
    format!("{text}\r\n").into_bytes()
}

async fn session(stream: TcpStream, received: Arc<Mutex<Vec<Received>>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let _ = write.write_all(&reply_line("220 test.invalid ESMTP ready")).await;
    let (mut from, mut to) = (None::<String>, Vec::<String>::new());
    loop {
        let mut line = String::new();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let command = line.trim_end().to_string();
        let verb = command.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
        let answer: &'static str = match verb.as_str() {
            "EHLO" => "250-test.invalid greets you\r\n250-8BITMIME\r\n250 SMTPUTF8",
            "HELO" => "250 test.invalid",
            "MAIL" => {
                from = Some(path(&command));
                to.clear();
                "250 2.1.0 OK"
            }
            "RCPT" if from.is_some() => {
                to.push(path(&command));
                "250 2.1.5 OK"
            }
            "RCPT" => "503 5.5.1 MAIL first",
            "DATA" if !to.is_empty() => {
                let _ = write.write_all(&reply_line("354 End data with <CR><LF>.<CR><LF>")).await;
                let mut data = String::new();
                loop {
                    let mut line = String::new();
                    match lines.read_line(&mut line).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let message = Received { from: from.take().unwrap_or_default(), to: std::mem::take(&mut to), data };
                received.lock().expect("lock").push(message);
                "250 2.0.0 OK queued"
            }
            "DATA" => "503 5.5.1 RCPT first",
            "RSET" => {
                from = None;
                to.clear();
                "250 2.0.0 OK"
            }
            "NOOP" => "250 2.0.0 OK",
            "QUIT" => {
                let _ = write.write_all(&reply_line("221 2.0.0 Bye")).await;
                return;
            }
            _ => "502 5.5.2 Command not recognised",
        };
        if write.write_all(&reply_line(answer)).await.is_err() {
            return;
        }
    }
}
