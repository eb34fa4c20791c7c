//! The service-worker channel (see web/sw.js, which implements the other end).

/// URL path prefix (relative to the app) that the service worker answers itself.
pub const PREFIX: &str = "__pyplay_sync__/";
/// Header the service worker sets on its answers, so a request that reached the network
/// instead is recognised.
pub const MARK_HEADER: &str = "x-pyplay-sync";
/// How long the service worker holds a read before answering "nothing yet" (ms).
pub const HOLD_MS: u32 = 2000;
/// How long the page waits for `InputReceived` before sending a line again (ms).
pub const RESEND_MS: u32 = 1000;
