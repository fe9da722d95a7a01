//! 把 templates/ 下的每个文件登记为内置模板（src/render/templates.rs 的 `BUILTIN`）：
//! 新增一种文书只需把模板放进 templates/，不必再改代码中的清单。

use std::fmt::Write;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    println!("cargo:rerun-if-changed=templates");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("templates/")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".typ") || n.ends_with(".typ.j2"))
        .collect();
    names.sort();
    let mut out = String::from("&[\n");
    for n in &names {
        println!("cargo:rerun-if-changed=templates/{n}");
        writeln!(out, "    ({n:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/templates/{n}\"))),").unwrap();
    }
    out.push(']');
    let target = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("templates.rs");
    std::fs::write(target, out).unwrap();
}
