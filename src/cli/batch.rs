//! `gen all 案卷… `：一条命令生成多个案卷的全部文书。各案卷依次生成（每个案卷中的文书并行），
//! 配置相同的案卷共用一个排版器（字体、模板、Typst 的缓存只建一次）。
//! 在终端中显示进度条；输出不是终端（重定向到文件、被脚本调用）时不显示，只逐个案卷报告结果。

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use juece::session::Session;
use juece::{Error, Result};

use crate::args::{beside, usable_folder, AllArgs};

pub fn run_batch(args: &AllArgs) -> Result<()> {
    let cases: Vec<PathBuf> = std::iter::once(args.doc.case.case.clone()).chain(args.more.iter().cloned()).collect();
    let outs = out_dirs(&cases, args.doc.out.as_deref())?;
    for o in &outs {
        usable_folder(o, "输出文件夹")?;
    }
    let opts = juece::session::Options { draft: args.doc.draft, ..args.doc.render.apply(args.doc.case.options())? };
    let bar = if std::io::stderr().is_terminal() {
        let b = ProgressBar::new(cases.len() as u64);
        b.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} 个案卷 {msg}").expect("进度条格式").progress_chars("█▉ "));
        b
    } else {
        ProgressBar::hidden()
    };
    let mut prev: Option<Session> = None;
    let (mut docs, mut failed) = (0usize, Vec::new());
    for (case, out) in cases.iter().zip(&outs) {
        bar.set_message(case.display().to_string());
        let result = Session::open(case, &opts).and_then(|s| {
            if let Some(p) = &prev {
                s.reuse_engine(p);
            }
            for n in &s.cf.notices {
                bar.suspend(|| eprintln!("{n}"));
            }
            let output = s.render_all()?;
            bar.suspend(|| crate::docs::write_docs_with(out, &output, &mut |_| ()))?;
            Ok((s, output))
        });
        match result {
            Ok((s, output)) => {
                docs += output.docs.len();
                let line = format!("{}：生成 {} 份文书，在 {}", case.display(), output.docs.len(), out.display());
                bar.suspend(|| out!("{line}"));
                if let Some(e) = output.skipped_error() {
                    bar.suspend(|| eprintln!("{}：{}", case.display(), e.message));
                    failed.push(e);
                }
                prev = Some(s);
            }
            Err(e) => {
                bar.suspend(|| eprintln!("错误：{}", e.message));
                failed.push(e);
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    out!("共 {} 个案卷，生成 {docs} 份文书", cases.len());
    match failed.iter().map(|e| e.kind).max() {
        None => Ok(()),
        Some(kind) => Err(Error { kind, message: format!("{} 个案卷有文书没有生成（原因见上）", failed.len()) }),
    }
}

/// 各案卷的输出文件夹：没有 -o 时在案卷旁（“<案卷名>-文书”），有 -o 时为其中的“<案卷名>-文书”；
/// 两个案卷会写到同一个文件夹的（同名案卷在不同文件夹中，又给了 -o），先行拒绝，免得一个案卷的文书替换另一个的。
fn out_dirs(cases: &[PathBuf], out: Option<&Path>) -> Result<Vec<PathBuf>> {
    let dirs: Vec<PathBuf> = cases
        .iter()
        .map(|c| {
            let own = beside(c, "-文书");
            match (out, own.file_name()) {
                (Some(o), Some(name)) => o.join(name),
                _ => own,
            }
        })
        .collect();
    for (i, d) in dirs.iter().enumerate() {
        if let Some(j) = dirs[..i].iter().position(|e| e == d) {
            return Err(Error::input(format!(
                "案卷 {} 和 {} 的文书都要写到 {}：请把其中一个改名，或分两次生成",
                cases[j].display(),
                cases[i].display(),
                d.display()
            )));
        }
    }
    Ok(dirs)
}
