//! `gen watch 案卷 [--templates 文件夹] [-o 文件夹]`：案卷、gen.yaml 或模板一保存就重新生成。
//!
//! 排版器（字体、编译好的模板、Typst 的缓存）一直留着；每轮只排版内容有变化的文书（标记或版式数据变了的），
//! 也只重写这些 PDF。出错时列出错误，已有的 PDF 原样留着。PDF 先写在旁边再改名替换；Windows 上 PDF 阅读器
//! 开着文件时不能替换，新的一份就留在旁边（“文书名（新）.pdf”），并说明。

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use crate::args::WatchArgs;
use juece::law::catalogue::{self, Kind};
use juece::output::{file_names, write_atomic};
use juece::session::{Options, Session};
use juece::{Error, Result};

/// 保存一个文件常常触发好几次变动（写入、改名）：第一次之后再等这么久，把它们算作一次。
const SETTLE: Duration = Duration::from_millis(15);

pub fn run_watch(watch: &WatchArgs) -> Result<()> {
    let args = &watch.doc;
    let kinds: Vec<&'static Kind> = watch
        .kinds
        .iter()
        .map(|k| catalogue::find(k).ok_or_else(|| Error::input(format!("没有“{k}”这种文书：全部文书的名称见 gen list"))))
        .collect::<Result<_>>()?;
    let opts = Options { reuse_unchanged: true, ..args.options()? };
    let case = args.case.case.clone();
    let out = args.out_dir();
    let case_dir = case.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    let templates = args.render.templates.clone();

    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        if let Ok(ev) = ev {
            let _ = tx.send(ev);
        }
    })
    .map_err(|e| Error::input(format!("无法监视文件的变动：{e}")))?;
    // 监视文件夹而不是文件：许多编辑器保存时先写新文件再改名，文件本身的监视会失效
    watcher
        .watch(&case_dir, RecursiveMode::NonRecursive)
        .map_err(|e| Error::input(format!("无法监视文件夹 {}：{e}", case_dir.display())))?;
    if let Some(t) = &templates {
        watcher.watch(t, RecursiveMode::NonRecursive).map_err(|e| Error::input(format!("无法监视模板文件夹 {}：{e}", t.display())))?;
    }

    let mut state = State { written: HashMap::new(), prev: None, kinds };
    state.round(&case, &opts, &out, false, Instant::now());
    out!(
        "正在监视 {} {}的变动：保存后自动重新生成，按 Ctrl+C 结束",
        case.display(),
        templates.as_ref().map(|t| format!("和模板文件夹 {} ", t.display())).unwrap_or_default()
    );
    loop {
        let Ok(first) = rx.recv() else { return Ok(()) };
        let mut events = vec![first];
        let started = Instant::now();
        while let Ok(ev) = rx.recv_timeout(SETTLE) {
            events.push(ev);
        }
        let relevant: Vec<&PathBuf> = events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Access(_)))
            .flat_map(|e| &e.paths)
            .filter(|p| relevant(p, &case, templates.as_deref()))
            .collect();
        if relevant.is_empty() {
            continue;
        }
        let rebuild = relevant.iter().any(|p| in_templates(p, templates.as_deref()) || p.file_name().is_some_and(|n| n == "gen.yaml"));
        state.round(&case, &opts, &out, rebuild, started);
    }
}

/// 与生成有关的变动：本案卷、gen.yaml、名单表格（.xlsx、.csv），以及模板文件夹中的模板；
/// 不是输出的 PDF、写文件时的临时文件、同一文件夹中的其他文件（日志、其他案卷）。
fn relevant(p: &Path, case: &Path, templates: Option<&Path>) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with(".gen-") || name.starts_with(".#") || name.ends_with('~') {
        return false;
    }
    let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if in_templates(p, templates) {
        return name.ends_with(".typ") || name.ends_with(".typ.j2");
    }
    p.file_name() == case.file_name() || name == "gen.yaml" || matches!(ext.as_str(), "xlsx" | "xls" | "csv")
}

/// 是模板文件夹中的文件。
fn in_templates(p: &Path, templates: Option<&Path>) -> bool {
    templates.is_some_and(|t| p.parent().is_some_and(|d| same_dir(d, t)))
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

struct State {
    /// 已写出的 PDF：路径 → 内容的散列（没变的不重写）
    written: HashMap<PathBuf, u64>,
    /// 上一轮的会话（排版器照用）
    prev: Option<Session>,
    /// 只生成这几种（空：全部）
    kinds: Vec<&'static Kind>,
}

impl State {
    /// 一轮：读案卷、生成、写出有变化的 PDF。出错时列出，已有的 PDF 不动。
    fn round(&mut self, case: &Path, opts: &Options, out: &Path, rebuild: bool, started: Instant) {
        let session = match Session::open(case, opts) {
            Ok(s) => s,
            Err(e) => {
                keep_going(&e);
                return;
            }
        };
        if let Some(prev) = &self.prev {
            if rebuild {
                if let Err(e) = session.rebuild_engine_from(prev) {
                    keep_going(&e);
                    return;
                }
            } else {
                session.reuse_engine(prev);
            }
        }
        session.next_round();
        for n in &session.cf.notices {
            eprintln!("{n}");
        }
        let output = if self.kinds.is_empty() {
            session.render_all()
        } else {
            self.kinds.iter().map(|k| session.render_kind(k)).collect::<Result<Vec<_>>>().map(|outs| {
                let mut all = outs.into_iter();
                let mut first = all.next().expect("至少一种");
                for o in all {
                    first.docs.extend(o.docs);
                    first.warnings.extend(o.warnings);
                }
                first
            })
        };
        let output = match output {
            Ok(o) => o,
            Err(e) => {
                keep_going(&e);
                return;
            }
        };
        for w in &output.warnings {
            eprintln!("{w}");
        }
        let names: Vec<String> = output.docs.iter().map(|d| d.fact.file_name.clone()).collect();
        let mut updated = Vec::new();
        for (doc, (name, _)) in output.docs.iter().zip(file_names(&names)) {
            let path = out.join(&name);
            let hash = digest(&doc.pdf);
            if self.written.get(&path) == Some(&hash) && path.exists() {
                continue;
            }
            match write_atomic(&path, &doc.pdf) {
                Ok(()) => {
                    updated.push(format!("{name}（{}页）", doc.pages));
                    self.written.insert(path, hash);
                }
                Err(e) => {
                    // 多半是 PDF 阅读器开着这个文件（Windows 不许替换打开着的文件）：新的一份写在旁边
                    let beside = path.with_file_name(format!("{}（新）.pdf", name.trim_end_matches(".pdf")));
                    match write_atomic(&beside, &doc.pdf) {
                        Ok(()) => eprintln!(
                            "注意：无法替换 {}（{}；文件可能正在 PDF 阅读器中打开）。新的一份写在 {}，关掉阅读器后下次保存时会替换原文件",
                            path.display(),
                            e.message,
                            beside.display()
                        ),
                        Err(e2) => eprintln!("错误：{}", e2.message),
                    }
                }
            }
        }
        let ms = started.elapsed().as_millis();
        if updated.is_empty() {
            out!("没有文书需要更新（共 {} 份，{ms} 毫秒）", output.docs.len());
        } else {
            out!("已更新 {} 份文书（共 {} 份，{ms} 毫秒）：{}", updated.len(), output.docs.len(), updated.join("、"));
        }
        if let Some(e) = output.skipped_error() {
            eprintln!("{}", e.message);
        }
        self.prev = Some(session);
    }
}

/// 这一轮出错：说明错误，已有的 PDF 不动，接着监视。
fn keep_going(e: &Error) {
    eprintln!("错误：{e}\n（已有的文书没有改动；改正后保存即重新生成）");
}

fn digest(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}
