//! The stated MSRV (`rust-version` in Cargo.toml) must be at least the
//! `rust-version` every locked library dependency declares, for every feature;
//! otherwise the MSRV is a promise the dependency graph breaks. (Clippy's
//! `incompatible_msrv` lint, run by CI, checks the crate's own use of std.)

use std::process::Command;

fn version(v: &str) -> Vec<u32> {
    v.split('.')
        .map(|p| p.parse().expect("numeric version"))
        .collect()
}

#[test]
fn msrv_covers_every_dependency() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // Offline first (no network needed once every locked package is in the
    // local registry); on a fresh machine a build has fetched only the
    // packages of this platform and these features, so the manifests of the
    // others (a wasm-only dependency of a dev-dependency) are fetched then,
    // at the versions of Cargo.lock.
    let metadata = |extra: &str| {
        Command::new(&cargo)
            .args(["metadata", "--format-version", "1", "--all-features", extra])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("cargo metadata runs")
    };
    let mut output = metadata("--offline");
    if !output.status.success() {
        output = metadata("--locked");
    }
    assert!(
        output.status.success(),
        "cargo metadata failed offline and online: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let packages = meta["packages"].as_array().expect("packages");
    let ours = packages
        .iter()
        .find(|p| p["name"] == "unboil")
        .expect("unboil itself");
    let msrv = version(
        ours["rust_version"]
            .as_str()
            .expect("rust-version is stated"),
    );

    // The library's dependency closure: normal (not dev or build) edges only.
    let nodes = meta["resolve"]["nodes"].as_array().expect("resolve");
    let mut todo = vec![ours["id"].clone()];
    let mut seen = Vec::new();
    while let Some(id) = todo.pop() {
        let node = nodes.iter().find(|n| n["id"] == id).expect("node");
        for dep in node["deps"].as_array().expect("deps") {
            let normal = dep["dep_kinds"]
                .as_array()
                .expect("dep_kinds")
                .iter()
                .any(|k| k["kind"].is_null());
            if normal && !seen.contains(&dep["pkg"]) {
                seen.push(dep["pkg"].clone());
                todo.push(dep["pkg"].clone());
            }
        }
    }
    let mut too_new = Vec::new();
    for id in &seen {
        let p = packages.iter().find(|p| &p["id"] == id).expect("package");
        if let Some(theirs) = p["rust_version"].as_str() {
            if version(theirs) > msrv {
                too_new.push(format!("{} {} needs {theirs}", p["name"], p["version"]));
            }
        }
    }
    assert!(
        too_new.is_empty(),
        "rust-version {:?} is below what locked dependencies need: {too_new:?}; raise \
         rust-version or pin older versions",
        ours["rust_version"]
    );
}
