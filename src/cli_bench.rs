//! Synthetic catalogues for the benchmarks (native command and browser).

/// The shipped bundle with its services copied until there are `total` of them.
pub fn synthetic_bundle(bundle: &str, total: usize) -> String {
    let mut value: serde_json::Value = serde_json::from_str(bundle).expect("bundle");
    let files = value["fichiers"].as_array_mut().expect("files");
    let services: Vec<serde_json::Value> = files.iter().flat_map(|f| f["contenu"]["service"].as_array().cloned().unwrap_or_default()).collect();
    let mut extra = Vec::with_capacity(total);
    for i in 0..total.saturating_sub(services.len()) {
        let mut s = services[i % services.len()].clone();
        s["id"] = format!("{}-synthetique-{i}", s["id"].as_str().unwrap_or("service")).into();
        extra.push(s);
    }
    files.push(serde_json::json!({ "chemin": "synthetique.toml", "contenu": { "service": extra } }));
    value.to_string()
}
