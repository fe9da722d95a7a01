//! `gen archive`、`gen verify`。

use std::path::Path;

use crate::args::ArchiveArgs;
use juece::archive::verify;
use juece::output::{refuse_existing, write_atomic};
use juece::session::{Options, Session};
use juece::{Error, Result};

pub fn run_archive(args: &ArchiveArgs) -> Result<()> {
    let started = std::time::Instant::now();
    let out = args.out.clone().unwrap_or_else(|| args.case.beside("-归档.zip"));
    refuse_existing(&out, args.force)?;
    let opts = Options { pdfa: true, ..args.render.apply(args.case.options()) };
    let session = Session::open(&args.case.case, &opts)?;
    let (archive, warnings) = session.archive(args.stamp)?;
    for w in &warnings {
        eprintln!("{w}");
    }
    refuse_existing(&out, args.force)?;
    write_atomic(&out, &archive.zip)?;
    let pages: usize = archive.items.iter().map(|it| it.pages).sum();
    out!(
        "已生成归档包 {}：{} 件、{} 页（归档文件目录 {} 页），{} 字节，用时 {:.1} 秒",
        out.display(),
        archive.items.len(),
        pages,
        archive.index_pages,
        archive.zip.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub fn run_verify(file: &Path) -> Result<()> {
    let bytes = std::fs::read(file).map_err(|e| Error::input(format!("无法读取 {}：{e}", file.display())))?;
    let report = verify::verify(&bytes).map_err(|e| Error::input(format!("{}：{}", file.display(), e.message)))?;
    if report.passed() {
        out!("校验通过：{} 中 {} 个文件与清单一致", file.display(), report.ok);
        return Ok(());
    }
    Err(Error::violation(format!("{} 校验未通过（{} 个文件一致）：\n{}", file.display(), report.ok, report.describe())))
}
