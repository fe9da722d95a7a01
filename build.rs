//! 编进程序的内容：
//! - templates/ 下的每个模板登记为内置模板（src/render/templates.rs 的 `BUILTIN`）：
//!   新增一种文书只需把模板放进 templates/，不必再改代码中的清单；
//! - fonts/ 下的每个字体文件登记为内置字体（src/typeset/fonts.rs 的 `BUILTIN_FILES`），
//!   所以单独复制 gen 一个文件就能用，不需要旁边有 fonts/ 文件夹。

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    templates(root, &out_dir);
    fonts(root, &out_dir);
    // gen 不作为位置无关的可执行文件（PIE）链接：PIE 每次启动都要由动态链接器改写十余万处地址
    // （typst 等库中的静态表），约占单份文书耗时的一成；不作 PIE 时这些地址在链接时就已定好。
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

fn templates(root: &Path, out_dir: &Path) {
    let dir = root.join("templates");
    println!("cargo:rerun-if-changed=templates");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("templates/")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".typ") || n.ends_with(".typ.j2"))
        .collect();
    names.sort();
    table(out_dir, "templates", &names, "include_str");
}

/// 写出 `[(相对路径, include_xxx!(文件)), …]`，登记 `folder` 中的这些文件（改动时重新编译）。
fn table(out_dir: &Path, folder: &str, files: &[String], include: &str) {
    let mut out = String::from("&[\n");
    for rel in files {
        println!("cargo:rerun-if-changed={folder}/{rel}");
        writeln!(out, "    ({rel:?}, {include}!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{folder}/{rel}\"))),").unwrap();
    }
    out.push(']');
    std::fs::write(out_dir.join(format!("{folder}.rs")), out).unwrap();
}

/// fonts/ 中的字体文件（按相对路径排序，路径用“/”分隔）。
fn fonts(root: &Path, out_dir: &Path) {
    let dir = root.join("fonts");
    println!("cargo:rerun-if-changed=fonts");
    let mut files = Vec::new();
    collect(&dir, "", &mut files);
    files.sort();
    table(out_dir, "fonts", &files, "include_bytes");
}

fn collect(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).expect("fonts/").filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        let rel = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
        let ty = e.file_type().expect("file type");
        if ty.is_dir() {
            println!("cargo:rerun-if-changed=fonts/{rel}");
            collect(&e.path(), &rel, out);
        } else if matches!(
            Path::new(&name).extension().and_then(|x| x.to_str()).map(str::to_ascii_lowercase).as_deref(),
            Some("otf" | "ttf" | "ttc" | "otc")
        ) {
            out.push(rel);
        }
    }
}
