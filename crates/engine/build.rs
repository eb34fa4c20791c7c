// The Python sources under py/ are frozen into the crate by `py_freeze!`; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=py");
}
