//! Waymark's user interface. Pages are Leptos components rendered on the server (the `ssr` feature); the few
//! interactive parts are islands, hydrated in the browser from the WebAssembly bundle (the `hydrate` feature).
//! Every page works without JavaScript.
//!
//! - [`models`]: domain types shared with the server (plain data, no I/O).
//! - [`i18n`]: languages and the Fluent catalogue every user-visible string comes from.
//! - [`shell`]: the document and the frame around every page (exit control, header, footer).
//! - [`pages`]: one module per page or family of pages.

pub mod components;
pub mod forms;
pub mod i18n;
pub mod models;
pub mod pages;
pub mod request;
pub mod shell;

/// Entry point of the WebAssembly bundle: hydrates the islands on the current page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
