//! Getting Python ready to start: when (index.html decides: at once in the app, when an embed
//! is in view or used), the interpreter's compiled module (index.html's early compile, or our
//! own fetch that can say why it failed) and the input channel the page can offer (registering
//! our service worker on the way).

use super::channel::PageChannel;
use js_sys::{Reflect, WebAssembly};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ServiceWorker, Worker};

/// Files `trunk` writes next to the page (web/index.html).
pub(super) const WORKER_SCRIPT: &str = "worker.js";
const WORKER_WASM: &str = "pyplay-worker_bg.wasm";
const SERVICE_WORKER: &str = "sw.js";

pub(super) fn js_error_text(err: &JsValue) -> String {
    Reflect::get(err, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| err.as_string())
        .unwrap_or_else(|| format!("{err:?}"))
}

/// Waits until Python is wanted: index.html's `pyplayWanted`, which resolves at once in the app
/// and, in an embed, when it comes into view or [`boot_now`] is called (at once without it).
pub(super) async fn wanted() {
    let wanted = Reflect::get(&js_sys::global(), &"pyplayWanted".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    if let Some(wanted) = wanted {
        let _ = JsFuture::from(wanted).await;
    }
}

/// Starts Python now (index.html's `pyplayBoot`: the early compile and worker), if it has not
/// started: an embed used before it came into view.
pub(super) fn boot_now() {
    let boot = Reflect::get(&js_sys::global(), &"pyplayBoot".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Function>().ok());
    if let Some(boot) = boot {
        let _ = boot.call0(&JsValue::NULL);
    }
}

/// The worker index.html started and booted with its early-compiled module, if it is there and
/// has not failed to load; taken once.
pub(super) fn early_worker() -> Option<Worker> {
    let global = js_sys::global();
    let worker = Reflect::get(&global, &"pyplayEarlyWorker".into())
        .ok()?
        .dyn_into::<Worker>()
        .ok()?;
    let _ = Reflect::set(&global, &"pyplayEarlyWorker".into(), &JsValue::UNDEFINED);
    let failed = Reflect::get(&global, &"pyplayEarlyWorkerFailed".into())
        .ok()
        .is_some_and(|failed| failed.is_truthy());
    if failed {
        worker.terminate();
        return None;
    }
    Some(worker)
}

/// The worker's compiled wasm: from index.html's early `pyplayInterpreter` compile if it
/// worked, else fetched and compiled here (streaming when the server allows).
pub(super) async fn compile_module() -> Result<JsValue, String> {
    let early = Reflect::get(&js_sys::global(), &"pyplayInterpreter".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    if let Some(early) = early
        && let Ok(module) = JsFuture::from(early).await
    {
        return Ok(module);
    }
    // The early compile failed, so the worker index.html started has nothing to boot.
    if let Some(worker) = early_worker() {
        worker.terminate();
    }
    let window = web_sys::window().ok_or("no window")?;
    let response = window.fetch_with_str(WORKER_WASM);
    match JsFuture::from(WebAssembly::compile_streaming(&response)).await {
        Ok(module) => Ok(module),
        Err(_) => {
            // compileStreaming needs `application/wasm`; some static hosts send another type.
            let response: web_sys::Response = JsFuture::from(window.fetch_with_str(WORKER_WASM))
                .await
                .map_err(|e| js_error_text(&e))?
                .unchecked_into();
            if !response.ok() {
                return Err(format!("{WORKER_WASM}: HTTP {}", response.status()));
            }
            let bytes = JsFuture::from(response.array_buffer().map_err(|e| js_error_text(&e))?)
                .await
                .map_err(|e| js_error_text(&e))?;
            JsFuture::from(WebAssembly::compile(&bytes))
                .await
                .map_err(|e| js_error_text(&e))
        }
    }
}

/// SharedArrayBuffer when the page is cross-origin isolated; otherwise our service worker. The
/// service worker is registered either way (offline use, updates: docs/ARCHITECTURE.md).
pub(super) async fn choose_channel() -> PageChannel {
    let global = js_sys::global();
    let isolated = Reflect::get(&global, &"crossOriginIsolated".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if isolated && Reflect::has(&global, &"SharedArrayBuffer".into()).unwrap_or(false) {
        // Not needed for input() here, but for offline use and updates (web/sw.js).
        spawn_local(async {
            if let Err(why) = register_service_worker().await {
                web_sys::console::warn_1(&format!("pyplay: no service worker: {why}").into());
            }
        });
        return PageChannel::Shared;
    }
    match register_service_worker().await {
        Ok(sw) => PageChannel::ServiceWorker(sw),
        Err(why) => {
            web_sys::console::warn_1(&format!("pyplay: no input channel: {why}").into());
            PageChannel::None
        }
    }
}

async fn register_service_worker() -> Result<ServiceWorker, String> {
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    if !Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return Err("this browser has no service workers here".into());
    }
    let container = navigator.service_worker();
    let registration = JsFuture::from(container.register(SERVICE_WORKER))
        .await
        .map_err(|e| js_error_text(&e))?;
    // A browser that keeps service workers from this page may "register" it without a
    // registration (or one with no worker in it); `ready` would then wait forever.
    registration
        .dyn_into::<web_sys::ServiceWorkerRegistration>()
        .ok()
        .filter(|r| r.installing().is_some() || r.waiting().is_some() || r.active().is_some())
        .ok_or("this browser keeps service workers from this page")?;
    let registration: web_sys::ServiceWorkerRegistration =
        JsFuture::from(container.ready().map_err(|e| js_error_text(&e))?)
            .await
            .map_err(|e| js_error_text(&e))?
            .unchecked_into();
    registration
        .active()
        .ok_or_else(|| "the service worker is not active".into())
}
