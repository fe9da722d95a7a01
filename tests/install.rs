//! 单独复制 gen 一个文件就是完整的安装：字体和模板都编在程序中（issue 16）。

mod common;
use common::*;

use std::path::Path;
use std::process::Command;

/// 把 gen 复制到空文件夹中，旁边只有一个案卷文件：在那里运行（清空环境变量）。
fn alone(dir: &Path, case: &str) -> std::path::PathBuf {
    let exe = dir.join(if cfg!(windows) { "gen.exe" } else { "gen" });
    std::fs::copy(env!("CARGO_BIN_EXE_gen"), &exe).unwrap();
    std::fs::copy(fixture(case), dir.join("case.yaml")).unwrap();
    exe
}

fn run(exe: &Path, dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(exe).args(args).current_dir(dir).env_clear().env("PATH", "/usr/bin:/bin").output().unwrap()
}

#[test]
fn the_program_copied_alone_renders_a_case() {
    let dir = tmp();
    let exe = alone(dir.path(), "midway-case.yaml");
    // 程序中不含编译它的文件夹的路径：它不可能从那里读字体或模板
    let bytes = std::fs::read(&exe).unwrap();
    let repo = env!("CARGO_MANIFEST_DIR").as_bytes();
    assert!(!bytes.windows(repo.len()).any(|w| w == repo), "程序中有编译文件夹的路径 {}", env!("CARGO_MANIFEST_DIR"));

    let o = run(&exe, dir.path(), &["all", "case.yaml"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = dir.path().join("case-文书");
    let pdfs: Vec<_> = files_in(&out).into_iter().filter(|f| f.ends_with(".pdf")).collect();
    assert_eq!(pdfs.len(), 8, "{pdfs:?}\n{}", stdout(&o));
    for f in &pdfs {
        let path = out.join(f);
        let fonts = pdf_fonts(&path);
        assert!(fonts.iter().any(|f| f.contains("Fandol")), "{f}：{fonts:?}");
        assert!(!pdf_text(&path).trim().is_empty(), "{f} 没有文字");
    }
    let o = run(&exe, dir.path(), &["fonts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("内置字体（已编入 gen 程序"), "{}", stdout(&o));
    let o = run(&exe, dir.path(), &["templates", "export", "模板"]);
    assert!(o.status.success() && dir.path().join("模板/house.typ").is_file(), "{}", stderr(&o));
}

/// 只写文件名的案卷（在当前文件夹中）：缺少的附件说明在哪个文件夹中找过，不是空的。
#[test]
fn a_missing_attachment_names_the_current_folder() {
    let dir = tmp();
    let exe = alone(dir.path(), "sample-case.yaml");
    let o = run(&exe, dir.path(), &["all", "case.yaml"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("attachments/draft-and-explanation.pdf") && err.contains("（在 . 中查找）"), "{err}");
}
