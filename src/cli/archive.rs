//! `gen archive`、`gen verify`。

use std::path::Path;

use crate::args::ArchiveArgs;
use juece::archive::verify;
use juece::input::files::io_cn;
use juece::output::refuse_existing;
use juece::session::{Options, Session};
use juece::{Error, Result};

pub fn run_archive(args: &ArchiveArgs) -> Result<()> {
    let started = std::time::Instant::now();
    let out = args.out.clone().unwrap_or_else(|| args.case.beside("-归档.zip"));
    refuse_existing(&out, args.force)?;
    crate::args::usable_folder(out.parent().unwrap_or(Path::new(".")), "归档包所在的文件夹")?;
    let opts = Options { pdfa: true, ..args.render.apply(args.case.options())? };
    let session = Session::open(&args.case.case, &opts)?;
    crate::docs::print_notices(&session);
    let (archive, warnings) = session.archive(args.stamp, &out, args.force)?;
    for w in &warnings {
        eprintln!("{w}");
    }
    let pages: usize = archive.items.iter().map(|it| it.pages).sum();
    out!(
        "已生成归档包 {}：{} 件、{} 页（归档文件目录 {} 页），{} 字节，用时 {:.1} 秒",
        out.display(),
        archive.items.len(),
        pages,
        archive.index_pages,
        archive.size,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub fn run_verify(file: &Path) -> Result<()> {
    let meta = std::fs::metadata(file).map_err(|e| Error::input(format!("无法读取 {}：{}", file.display(), io_cn(&e))))?;
    if !meta.is_file() {
        return Err(Error::input(format!("{} 不是普通文件，不能校验", file.display())));
    }
    let f = std::fs::File::open(file).map_err(|e| Error::input(format!("无法读取 {}：{}", file.display(), io_cn(&e))))?;
    let report = verify::verify(std::io::BufReader::new(f)).map_err(|e| Error::input(format!("{}：{}", file.display(), e.message)))?;
    if report.passed() {
        out!("校验通过：{} 中 {} 个文件与清单一致，ZIP 结构无误", file.display(), report.ok);
        return Ok(());
    }
    Err(Error::violation(format!("{} 校验未通过（{} 个文件一致）：\n{}", file.display(), report.ok, report.describe())))
}
