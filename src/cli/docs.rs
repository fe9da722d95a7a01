//! `gen <种类>`、`gen all`：生成文书并写到输出文件夹。

use std::path::Path;

use crate::args::DocArgs;
use juece::law::catalogue::Kind;
use juece::output::{file_names, write_atomic};
use juece::session::{Output, Session};
use juece::Result;

pub fn run_kind(kind: &'static Kind, args: &DocArgs) -> Result<()> {
    let session = Session::open(&args.case.case, &args.options()?)?;
    print_notices(&session);
    let output = session.render_kind(kind)?;
    write_docs(&args.out_dir(), &output, false)?;
    Ok(())
}

pub fn run_all(args: &DocArgs) -> Result<()> {
    let session = Session::open(&args.case.case, &args.options()?)?;
    print_notices(&session);
    let output = session.render_all()?;
    write_docs(&args.out_dir(), &output, false)?;
    out!("共生成 {} 份文书", output.docs.len());
    // 有文书没生成：逐份写明原因，退出码表明（缺少内容 2，违规 3）
    match output.skipped_error() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// 读案卷时的提示（按标准写法读入的值、编码等），在做事之前列出。
pub fn print_notices(session: &Session) {
    for n in &session.cf.notices {
        eprintln!("{n}");
    }
}

/// 写出文书：先写临时文件再改名。`quiet` 时“已生成”写到标准错误（标准输出留给 JSON）。
pub fn write_docs(dir: &Path, output: &Output, quiet: bool) -> Result<()> {
    write_docs_with(dir, output, &mut |msg| if quiet { eprintln!("{msg}") } else { out!("{msg}") })
}

/// 同 [`write_docs`]；“已生成”交给 `say`（一次生成多个案卷时不逐份列出），警告和草稿的待填写内容照常写到标准错误。
pub fn write_docs_with(dir: &Path, output: &Output, say: &mut dyn FnMut(String)) -> Result<()> {
    for w in &output.warnings {
        eprintln!("{w}");
    }
    let names: Vec<String> = output.docs.iter().map(|d| d.fact.file_name.clone()).collect();
    for (doc, (name, note)) in output.docs.iter().zip(file_names(&names)) {
        if let Some(n) = note {
            eprintln!("注意：{n}");
        }
        let path = dir.join(name);
        write_atomic(&path, &doc.pdf)?;
        say(format!("已生成 {}（{}页）", path.display(), doc.pages));
        if !doc.placeholders.is_empty() {
            let list: Vec<String> = doc.placeholders.iter().map(|p| format!("  {p}")).collect();
            eprintln!("草稿：{} 中有待填写的内容：\n{}", path.display(), list.join("\n"));
        }
    }
    Ok(())
}
