//! 编排：每个命令都经由 [`Session`]，所以工作日历（`--calendar`）、违规时拒绝生成（`--allow-violations`）、
//! 草稿（`--draft`）和缺字检查对每个命令都一样。
//!
//! 生成文书分两步，都在这里写明：
//! 1. 只依据案卷和事实的文书（[`Phase::Leaf`]、[`Phase::Plan`]），并行；送审材料清单所列的文书即使没有要求，
//!    也在这一步生成（不写出），以便清单写明它们的页数；
//! 2. 列举其他文书的文书：送审材料清单拿到第一步的结果；归档文件目录和备考表拿到编好件号的全部文件（[`Session::archive`]）。

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use minijinja::Environment;
use rayon::prelude::*;

use crate::archive::{self, danghao::Codes, items, Archive};
use crate::documents::context::{ArchiveData, Data, LegalityListData, Nothing, PlanData, ProcedureData};
use crate::documents::{self, legality_list, procedure_statement, Prepared, Rendered};
use crate::error::{collect, Error, Result};
use crate::facts::{plan, DocFact, Facts, Filed};
use crate::input::attachments;
use crate::input::config::Config;
use crate::input::{load_case_with, schema, CaseFile};
use crate::law::calendar::{self, Calendar};
use crate::law::catalogue::{self, DocId, Kind, Phase, KINDS};
use crate::render::{self, templates::TemplateSet};
use crate::typeset::fonts::FontLibrary;
use crate::typeset::{PdfSettings, Stamp, Style, Typeset, Typesetter};

/// 会话的选项（来自命令行）。
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// `--templates DIR`：覆盖内置模板
    pub templates_dir: Option<PathBuf>,
    /// `--font-path DIR`：额外字体
    pub font_paths: Vec<PathBuf>,
    /// `--config FILE`：配置文件（不填时用案卷文件旁的 gen.yaml，如有）
    pub config: Option<PathBuf>,
    /// `--calendar FILE`：另加的工作日历
    pub calendar: Option<PathBuf>,
    /// 草稿：缺少的必填内容印为【待填写】而不报错
    pub draft: bool,
    /// 文书所属环节有违规时仍然生成
    pub allow_violations: bool,
    /// 导出 PDF/A-2b（归档用）
    pub pdfa: bool,
    /// `gen watch`：记住上一轮排好的文书，渲染出的标记和版式数据都没变的不再排版
    pub reuse_unchanged: bool,
    /// `--emit-typst DIR`：把每份文书的 Typst 源文件写到 DIR 下（调试、基准测试用）
    pub emit_typst: Option<PathBuf>,
}

/// 一个案卷的会话：案卷、工作日历、选项；排版器在第一次生成文书时才建立（`gen check` 不需要字体）。
pub struct Session {
    pub cf: CaseFile,
    pub calendar: Calendar,
    opts: Options,
    engine: OnceLock<Arc<Engine>>,
}

/// 生成的结果和需要告诉科员的事（按 --allow-violations 照常生成时列出的违规等）。
pub struct Output {
    pub docs: Vec<Rendered>,
    pub warnings: Vec<String>,
    /// `gen all`：没能生成的文书及原因（缺少内容、所属环节违规等）；其余文书照常生成
    pub skipped: Vec<Skipped>,
}

/// 一份没能生成的文书。
#[derive(Debug, Clone)]
pub struct Skipped {
    /// 文书名称（每人一份的含姓名）
    pub title: String,
    /// 原因和该怎么做（错误的类别决定退出码）
    pub error: Error,
}

impl Output {
    /// 有文书没生成时的错误：逐份列出原因；类别取最严重的一项（缺少内容为输入错误，违规为违规）。
    pub fn skipped_error(&self) -> Option<Error> {
        let kind = self.skipped.iter().map(|s| s.error.kind).max()?;
        let list: Vec<String> = self.skipped.iter().map(|s| format!("“{}”：{}", s.title, s.error.message)).collect();
        Some(Error {
            kind,
            message: format!("以下 {} 份文书没有生成（其余 {} 份已生成）：\n\n{}", self.skipped.len(), self.docs.len(), list.join("\n\n")),
        })
    }
}

impl Session {
    /// 读案卷和工作日历。
    pub fn open(case: &Path, opts: &Options) -> Result<Session> {
        let cf = load_case_with(case, opts.draft)?;
        Session::with_case(cf, opts)
    }

    /// 用已读入的案卷建立会话。
    pub fn with_case(cf: CaseFile, opts: &Options) -> Result<Session> {
        let calendar = calendar::load(opts.calendar.as_deref())?;
        Ok(Session { cf, calendar, opts: opts.clone(), engine: OnceLock::new() })
    }

    /// 案卷的全部事实。
    pub fn facts(&self) -> Facts<'_> {
        Facts::compute(&self.cf.case, &self.calendar)
    }

    /// 程序期限表。
    pub fn plan(&self) -> plan::Plan {
        plan::plan(&self.facts())
    }

    fn engine(&self) -> Result<&Engine> {
        if let Some(e) = self.engine.get() {
            return Ok(e);
        }
        let e = Arc::new(Engine::new(config_path(&self.cf, &self.opts).as_deref(), &self.opts, None)?);
        Ok(self.engine.get_or_init(|| e))
    }

    /// `gen watch`：模板或配置改了，排版器要重建；字体（已解析的字面）照旧用前一个会话的（字体文件夹没变时）。
    pub fn rebuild_engine_from(&self, prev: &Session) -> Result<()> {
        let fonts = prev.engine.get().map(|e| (e.font_paths.clone(), e.typesetter.fonts().clone()));
        let e = Engine::new(config_path(&self.cf, &self.opts).as_deref(), &self.opts, fonts)?;
        let _ = self.engine.set(Arc::new(e));
        Ok(())
    }

    /// `gen watch` 的新一轮生成（见 [`Options::reuse_unchanged`]）。
    pub fn next_round(&self) {
        if let Some(e) = self.engine.get() {
            e.next_round();
        }
    }

    /// 用前一个会话已建好的排版器（字体已解析、模板已编译、Typst 的缓存是热的），
    /// 一条命令生成多个案卷时用：两个会话的选项相同、配置文件相同（同一个 gen.yaml，或都没有）时才共用。
    pub fn reuse_engine(&self, prev: &Session) {
        let same = self.opts == prev.opts && config_path(&self.cf, &self.opts) == config_path(&prev.cf, &prev.opts);
        if let (true, Some(e)) = (same, prev.engine.get()) {
            let _ = self.engine.set(e.clone());
        }
    }

    /// 字体库（`gen fonts`、缺字检查）。
    pub fn fonts(&self) -> Result<&FontLibrary> {
        Ok(self.engine()?.typesetter.fonts())
    }

    /// 排版一种文书的第一份，不导出 PDF（测试和检查版面用）。
    pub fn layout(&self, kind: &'static Kind) -> Result<typst_layout::PagedDocument> {
        let facts = self.facts();
        let doc = documents::instances(&facts, &self.cf, kind, self.opts.draft)?
            .into_iter()
            .next()
            .ok_or_else(|| Error::input(format!("案卷中没有可生成的“{}”", kind.name)))?;
        let engine = self.engine()?;
        Ok(engine.compile(&facts, &self.cf, &doc, leaf_data(&facts, &doc), None)?.1.doc)
    }

    /// 生成一种文书（每人一份的生成多份）。
    pub fn render_kind(&self, kind: &'static Kind) -> Result<Output> {
        let facts = self.facts();
        let docs = documents::instances(&facts, &self.cf, kind, self.opts.draft)?;
        self.render(&facts, docs)
    }

    /// 生成案卷已记录的各环节所需的全部文书（含程序期限表）：能生成的都生成，
    /// 不能生成的（缺少内容、所属环节违规）列在 [`Output::skipped`] 中，各写明原因。
    pub fn render_all(&self) -> Result<Output> {
        let facts = self.facts();
        let docs = facts.documents.clone();
        let (warnings, blocked) = self.enforce_each(&facts, &docs);
        self.check_glyphs()?;
        let wanted: Vec<DocFact> = docs.into_iter().filter(|d| !blocked.iter().any(|(b, _)| b.is(d.kind.doc, d.person.as_ref()))).collect();
        let (docs, failed) = self.typeset_each(&facts, wanted, None)?;
        let mut skipped: Vec<(DocFact, Error)> = blocked.into_iter().chain(failed).collect();
        skipped.sort_by_key(|(d, _)| (KINDS.iter().position(|k| k.doc == d.kind.doc), d.person.as_ref().map(|p| p.index)));
        let skipped = skipped.into_iter().map(|(d, error)| Skipped { title: d.title.clone(), error }).collect();
        Ok(Output { docs, warnings, skipped })
    }

    /// 按统一的规则生成 `docs`：违规的环节拒绝生成（或列出警告），缺字检查，然后分两步排版。
    fn render(&self, facts: &Facts, docs: Vec<DocFact>) -> Result<Output> {
        let warnings = self.enforce(facts, &docs)?;
        self.check_glyphs()?;
        let docs = self.typeset(facts, docs, None)?;
        Ok(Output { docs, warnings, skipped: Vec::new() })
    }

    /// 逐份判断：所属环节有违规的文书不生成（写明违反的规则）；`--allow-violations` 时照常生成，违规作为警告列出。
    fn enforce_each(&self, facts: &Facts, docs: &[DocFact]) -> (Vec<String>, Vec<(DocFact, Error)>) {
        let blocked: Vec<&DocFact> =
            docs.iter().filter(|d| d.kind.step.is_some_and(|s| !facts.review.violations_for(s).is_empty())).collect();
        if blocked.is_empty() {
            return (Vec::new(), Vec::new());
        }
        if self.opts.allow_violations {
            return (self.enforce(facts, docs).unwrap_or_default(), Vec::new());
        }
        let out = blocked
            .into_iter()
            .map(|d| {
                let step = d.kind.step.expect("被拒绝的文书有环节");
                let found = crate::facts::checks::describe_findings(facts.review.violations_for(step));
                let e = Error::violation(format!(
                    "案卷在“{}”环节有违反法定程序的情况：\n{found}请改正案卷后再生成；确需先生成的，加 --allow-violations（违规仍会列出）",
                    step.name()
                ));
                (d.clone(), e)
            })
            .collect();
        (Vec::new(), out)
    }

    /// 文书所属环节有违规时拒绝生成，写明违反的规则；`--allow-violations` 时照常生成，违规作为警告列出。
    fn enforce(&self, facts: &Facts, docs: &[DocFact]) -> Result<Vec<String>> {
        let mut blocked: Vec<&Kind> = Vec::new();
        for d in docs {
            if d.kind.step.is_some_and(|s| !facts.review.violations_for(s).is_empty()) && !blocked.iter().any(|k| k.doc == d.kind.doc) {
                blocked.push(d.kind);
            }
        }
        if blocked.is_empty() {
            return Ok(Vec::new());
        }
        let path = self.cf.path.display();
        if self.opts.allow_violations {
            let all = crate::facts::checks::describe_findings(facts.review.violations());
            return Ok(vec![format!("注意：{path} 有违反法定程序的情况，按 --allow-violations 仍然生成：\n{all}")]);
        }
        let names: Vec<String> = blocked.iter().map(|k| format!("“{}”", k.name)).collect();
        let mut seen = Vec::new();
        for k in &blocked {
            for f in facts.review.violations_for(k.step.expect("被拒绝的文书有环节")) {
                if !seen.contains(&f) {
                    seen.push(f);
                }
            }
        }
        Err(Error::violation(format!(
            "{path}: 拒绝生成{}：案卷在该环节有违反法定程序的情况：\n{}请改正案卷后再生成；确需先生成的，加 --allow-violations（违规仍会列出）",
            names.join("、"),
            crate::facts::checks::describe_findings(seen)
        )))
    }

    /// 案卷中每个字符都要有字体能显示；否则指出哪个字段的哪个字。
    pub fn check_glyphs(&self) -> Result<()> {
        let fonts = self.fonts()?;
        let json = serde_json::to_value(&self.cf.case).map_err(|e| Error::internal(e.to_string()))?;
        let mut missing: Vec<(String, char)> = Vec::new();
        // 每个不同的字只查一次（查一个字要逐个字体看其字符表）
        let mut covered: std::collections::HashMap<char, bool> = std::collections::HashMap::new();
        walk_strings(&json, String::new(), &mut |path, s| {
            for c in s.chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
                if !*covered.entry(c).or_insert_with(|| fonts.covers(c)) && !missing.iter().any(|(p, m)| p == path && *m == c) {
                    missing.push((path.to_string(), c));
                }
            }
        });
        if missing.is_empty() {
            return Ok(());
        }
        let lines: Vec<String> = missing
            .iter()
            .map(|(p, c)| {
                let desc = schema::describe(p).map(|d| format!("（{d}）")).unwrap_or_default();
                format!("  字段“{p}”{desc}中的“{c}”（U+{:04X}）", *c as u32)
            })
            .collect();
        Err(Error::input(format!(
            "{}: 以下字符没有任何可用字体能够显示，印出来会是方框：\n{}\n请用 --font-path 加入包含这些字的字体（如单位的方正字库），或核对是否输入有误",
            self.cf.path.display(),
            lines.join("\n")
        )))
    }

    /// 两步排版 `wanted`（见模块说明），按种类表顺序交出；任何一份出错即整体出错。`stamps` 为归档章（按文书）。
    fn typeset(&self, facts: &Facts, wanted: Vec<DocFact>, stamps: Option<&StampOf<'_>>) -> Result<Vec<Rendered>> {
        let (docs, failed) = self.typeset_each(facts, wanted, stamps)?;
        match Error::merge(failed.into_iter().map(|(_, e)| e).collect()) {
            Some(e) => Err(e),
            None => Ok(docs),
        }
    }

    /// 两步排版 `wanted`，逐份交出结果：生成了的（按种类表顺序）和没能生成的（及原因）。
    /// 送审材料清单所列的文书有没生成的，清单也不生成。
    fn typeset_each(&self, facts: &Facts, wanted: Vec<DocFact>, stamps: Option<&StampOf<'_>>) -> Result<(Vec<Rendered>, Failed)> {
        let engine = self.engine()?;
        let (lists, leaves): (Vec<DocFact>, Vec<DocFact>) = wanted.into_iter().partition(|d| d.kind.phase == Phase::Listing);
        // 第一步：只依据案卷和事实的文书；送审材料清单所列的文书也要先生成（以取页数）。
        let mut first = leaves.clone();
        if !lists.is_empty() {
            for it in facts.materials.iter().flat_map(|m| &m.items) {
                for f in &it.filed {
                    if let Filed::Document { doc, person, .. } = f {
                        if !first.iter().any(|d| d.is(*doc, person.as_ref())) {
                            first.extend(facts.documents.iter().filter(|d| d.is(*doc, person.as_ref())).cloned());
                        }
                    }
                }
            }
        }
        let stamp_of = |d: &DocFact| stamps.and_then(|f| f(d));
        let results: Vec<Result<Rendered>> =
            first.par_iter().map(|d| engine.render(facts, &self.cf, d, leaf_data(facts, d), stamp_of(d))).collect();
        let mut rendered = Vec::new();
        let mut failed: Vec<(DocFact, Error)> = Vec::new();
        for (d, r) in first.iter().zip(results) {
            match r {
                Ok(r) => rendered.push(r),
                Err(e) if e.kind == crate::error::ErrorKind::Internal => return Err(e),
                Err(e) => failed.push((d.clone(), e)),
            }
        }
        // 第二步：列举其他文书的文书。
        let mut out: Vec<Rendered> =
            rendered.iter().filter(|r| leaves.iter().any(|d| d.is(r.fact.kind.doc, r.fact.person.as_ref()))).cloned().collect();
        let listed_failed: Vec<String> = failed.iter().map(|(d, _)| format!("“{}”", d.title)).collect();
        for d in &lists {
            if !listed_failed.is_empty() {
                let e = Error::input(format!("它所列的{}没能生成（原因见各该文书），补齐后再生成", listed_failed.join("、")));
                failed.push((d.clone(), e));
                continue;
            }
            let r = legality_list::rows(facts, &self.cf, &rendered)
                .and_then(|materials| engine.render(facts, &self.cf, d, Data::LegalityList(LegalityListData { materials }), stamp_of(d)));
            match r {
                Ok(r) => out.push(r),
                Err(e) if e.kind == crate::error::ErrorKind::Internal => return Err(e),
                Err(e) => failed.push((d.clone(), e)),
            }
        }
        out.sort_by_key(|r| (KINDS.iter().position(|k| k.doc == r.fact.kind.doc), r.fact.person.as_ref().map(|p| p.index)));
        Ok((out, failed))
    }

    /// 结案归档：全部文书（PDF/A-2b，不含程序期限表）和登记的附件，编件号、档号，打包为 ZIP。
    /// 工作日历和违规的处理与 `gen all` 相同。
    pub fn archive(&self, stamp: bool, out: &Path, force: bool) -> Result<(Archive, Vec<String>)> {
        let origin = self.cf.path.display().to_string();
        if self.opts.draft {
            return Err(Error::input("草稿（--draft）不能归档：归档的文书不能有【待填写】的内容"));
        }
        if !self.opts.pdfa {
            return Err(Error::internal("归档须以 PDF/A 建立会话（Options { pdfa: true, .. }）"));
        }
        let case = &self.cf.case;
        let info = case.archive.as_ref().ok_or_else(|| {
            Error::input(format!(
                "{origin}: 案卷中没有 archive（归档信息）：请填写全宗号 fonds、机构代码 org_code、保管期限 retention、结案日期 closed_on（人社厅程序办法 第四十九条；DA/T 22-2015）"
            ))
        })?;
        let codes = Codes::from_info(info, &origin)?;
        let classification = info.classification.clone().unwrap_or_default();
        let facts = self.facts();
        let docs: Vec<DocFact> = facts.documents.iter().filter(|d| d.kind.phase != Phase::Plan).cloned().collect();
        let mut warnings = self.enforce(&facts, &docs)?;
        self.check_glyphs()?;

        // 先读附件（路径、是否存在、页数），出错时不必等全部文书排版完。
        let files = collect(info.attachments.iter().enumerate().map(|(i, _)| attachments::read(&self.cf, i)))?;
        warnings.extend(files.iter().filter_map(|f| f.warning.clone()));
        let attached: Vec<items::Item> =
            files.into_iter().enumerate().map(|(i, f)| items::from_attachment(i, &info.attachments[i], f, &classification)).collect();
        let rendered = self.typeset(&facts, docs.clone(), None)?;
        let mut all = Vec::new();
        for doc in rendered {
            archive::require_pdfa(&doc.pdf, &doc.fact.title)?;
            all.push(items::from_rendered(doc, &classification)?);
        }
        let generated = all.len();
        all.extend(attached);
        let order: Vec<_> = facts.law.archive_categories(info.closed_on).into_iter().map(|(c, _)| c).collect();
        items::number(&mut all, &order);
        warnings.extend(items::assign_names(&mut all));

        if stamp {
            // 加印归档章：按编好的件号重新排版生成的文书；归档章在页边空白处，页数不变（逐份核对）。
            let stamps: Vec<(items::Source, Stamp)> = all.iter().map(|it| (it.source.clone(), archive::stamp(&codes, it))).collect();
            let lookup = |d: &DocFact| {
                let src = items::Source::Generated { doc: d.kind.doc, person: d.person.clone() };
                stamps.iter().find(|(s, _)| *s == src).map(|(_, st)| st.clone())
            };
            for doc in self.typeset(&facts, docs, Some(&lookup))? {
                let src = items::Source::Generated { doc: doc.fact.kind.doc, person: doc.fact.person.clone() };
                let it = all
                    .iter_mut()
                    .find(|it| it.source == src)
                    .ok_or_else(|| Error::internal(format!("加印归档章时多出了“{}”", doc.fact.title)))?;
                if doc.pages != it.pages {
                    return Err(Error::output(format!(
                        "加印归档章后“{}”的页数由 {} 变为 {}（归档章应在页边空白处）",
                        doc.fact.title, it.pages, doc.pages
                    )));
                }
                archive::require_pdfa(&doc.pdf, &doc.fact.title)?;
                it.data = crate::archive::zip::Data::Bytes(doc.pdf);
            }
        }

        let data = archive::index_data(info, &codes, &all, generated)?;
        let engine = self.engine()?;
        let render_archive_doc = |doc: DocId| -> Result<Rendered> {
            let kind = catalogue::kind(doc);
            let fact = documents::instances(&facts, &self.cf, kind, self.opts.draft)?
                .into_iter()
                .next()
                .ok_or_else(|| Error::internal(format!("没有{}", kind.name)))?;
            engine.render(&facts, &self.cf, &fact, Data::Archive(Box::new(ArchiveData { archive_index: data.clone() })), None)
        };
        let index = render_archive_doc(DocId::ArchiveIndex)?;
        let note = render_archive_doc(DocId::ArchiveNote)?;
        let listing = vec![index.clone(), note.clone()];
        let mut archive = archive::package(&case.decision.name, &case.decision.lead_unit, info, &codes, all, index, note, out, force)?;
        archive.listing = listing;
        Ok((archive, warnings))
    }
}

/// 没能生成的文书及原因。
type Failed = Vec<(DocFact, Error)>;

/// 每份文书的归档章（gen archive --stamp；没有时为空）。
type StampOf<'a> = dyn Fn(&DocFact) -> Option<Stamp> + Sync + 'a;

/// 第一步的文书自己的数据。
fn leaf_data(facts: &Facts, d: &DocFact) -> Data {
    match d.kind.doc {
        DocId::ProcedureStatement => Data::Procedure(ProcedureData {
            steps: procedure_statement::steps(facts),
            statement_date: facts.case.legality.as_ref().map(|l| l.submitted_on),
        }),
        DocId::Plan => Data::Plan(PlanData { plan: plan::plan(facts) }),
        _ => Data::Nothing(Nothing {}),
    }
}

/// 配置文件：`--config` 给出的，否则案卷文件旁的 gen.yaml（如有）。
fn config_path(cf: &CaseFile, opts: &Options) -> Option<PathBuf> {
    opts.config.clone().or_else(|| {
        let p = cf.dir().join("gen.yaml");
        p.is_file().then_some(p)
    })
}

/// 模板、字体、排版：建立一次，并行生成多份文书。
struct Engine {
    templates: TemplateSet,
    env: Environment<'static>,
    typesetter: Typesetter,
    /// 字体文件夹（gen.yaml 的与 --font-path 的）
    font_paths: Vec<PathBuf>,
    draft: bool,
    pdfa: bool,
    emit_typst: Option<PathBuf>,
    /// `gen watch`：排好的文书，按标记和版式数据（[`memo_key`]）记住，见 [`Engine::next_round`]
    memo: Option<Memo>,
}

/// 排好的文书：这一轮用到的和上一轮的（只留两轮，内存不会越积越多）。
#[derive(Default)]
struct Memo {
    current: std::sync::Mutex<std::collections::HashMap<u64, Rendered>>,
    previous: std::sync::Mutex<std::collections::HashMap<u64, Rendered>>,
}

impl Memo {
    /// 这一轮或上一轮排好的同一份文书；上一轮的移到这一轮。
    fn recall(&self, key: u64) -> Option<Rendered> {
        let mut current = self.current.lock().expect("memo");
        if let Some(hit) = current.get(&key) {
            return Some(hit.clone());
        }
        let hit = self.previous.lock().expect("memo").remove(&key)?;
        current.insert(key, hit.clone());
        Some(hit)
    }
}

/// 一份文书排版结果的依据：渲染出的标记、版式数据、PDF 设置。三者都相同时排出的 PDF 也相同。
fn memo_key(markup: &str, style: &Style, settings: &PdfSettings) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    markup.hash(&mut h);
    format!("{style:?}").hash(&mut h);
    settings.ident.hash(&mut h);
    settings.pdfa.hash(&mut h);
    h.finish()
}

impl Engine {
    /// `fonts`：已有的字体库及其字体文件夹，与这次的相同时照用。
    fn new(config_path: Option<&Path>, opts: &Options, fonts: Option<(Vec<PathBuf>, FontLibrary)>) -> Result<Engine> {
        let config = Config::load(config_path)?;
        let mut font_paths = config.font_paths.clone();
        font_paths.extend(opts.font_paths.iter().cloned());
        let fonts = match fonts {
            Some((paths, lib)) if paths == font_paths => lib,
            _ => FontLibrary::load(&font_paths)?,
        };
        let templates = TemplateSet::with_overrides(opts.templates_dir.as_deref())?;
        let env = render::environment(&templates, opts.draft)?;
        let typesetter = Typesetter::new(fonts, &templates, &config)?;
        let memo = opts.reuse_unchanged.then(Memo::default);
        Ok(Engine { templates, env, typesetter, font_paths, draft: opts.draft, pdfa: opts.pdfa, emit_typst: opts.emit_typst.clone(), memo })
    }

    /// 核对必需内容 → 渲染模板：文书、标记、版式数据。
    fn markup(&self, facts: &Facts, cf: &CaseFile, doc: &DocFact, data: Data, stamp: Option<Stamp>) -> Result<(DocFact, String, Style)> {
        let Prepared { fact, date, data, placeholders } = documents::prepare(facts, cf, doc, data, self.draft)?;
        let markup = render::render(&self.env, &self.templates, fact.kind.template, data, &placeholders, self.draft)?;
        let style = Style { title: fact.title.clone(), author: fact.author.clone(), date, archive_stamp: stamp };
        Ok((fact, markup, style))
    }

    /// 排版渲染好的标记。
    fn typeset(&self, fact: &DocFact, markup: String, style: &Style) -> Result<Typeset<'_>> {
        let src = render::template_source(&self.templates, fact.kind.template);
        self.typesetter.compile(markup, style, fact.kind.name, &self.templates.origin(fact.kind.template), &src)
    }

    /// 核对必需内容 → 渲染模板 → 排版。
    fn compile(&self, facts: &Facts, cf: &CaseFile, doc: &DocFact, data: Data, stamp: Option<Stamp>) -> Result<(DocFact, Typeset<'_>)> {
        let (fact, markup, style) = self.markup(facts, cf, doc, data, stamp)?;
        let typeset = self.typeset(&fact, markup, &style)?;
        Ok((fact, typeset))
    }

    /// `gen watch` 的新一轮：上一轮用到的排版结果留作比较，更早的丢掉。
    fn next_round(&self) {
        if let Some(m) = &self.memo {
            let current = std::mem::take(&mut *m.current.lock().expect("memo"));
            *m.previous.lock().expect("memo") = current;
        }
    }

    /// 生成一份文书：渲染模板 → 排版 → PDF。`gen watch` 中标记和版式数据都与上一轮相同的，直接用上一轮的结果。
    fn render(&self, facts: &Facts, cf: &CaseFile, doc: &DocFact, data: Data, stamp: Option<Stamp>) -> Result<Rendered> {
        let (fact, markup, style) = self.markup(facts, cf, doc, data, stamp)?;
        let kind = fact.kind;
        let settings = PdfSettings { ident: format!("{}/{}", kind.id, fact.title), pdfa: self.pdfa };
        // gen watch 之外不记，也不算散列
        let key = self.memo.as_ref().map(|_| memo_key(&markup, &style, &settings));
        if let (Some(m), Some(key)) = (&self.memo, key) {
            if let Some(hit) = m.recall(key) {
                return Ok(Rendered { fact, ..hit });
            }
        }
        let typeset = self.typeset(&fact, markup, &style)?;
        let pdf = typeset.pdf(kind.name, &settings)?;
        if let Some(dir) = &self.emit_typst {
            // 子文件夹按种类（每人一份的加序号），只用 ASCII 字符，便于脚本逐个编译
            let sub = match &fact.person {
                Some(p) => format!("{}-{}", kind.id, p.index + 1),
                None => kind.id.to_string(),
            };
            typeset.write_sources(&dir.join(sub))?;
        }
        let markup = typeset.markup().to_string();
        let rendered = Rendered {
            placeholders: render::placeholders_in(&markup),
            pages: typeset.pages(),
            layout: typeset.layout(),
            pdf,
            markup,
            fact,
        };
        if let (Some(m), Some(key)) = (&self.memo, key) {
            m.current.lock().expect("memo").insert(key, rendered.clone());
        }
        Ok(rendered)
    }
}

/// 遍历 JSON 中所有字符串，回调 (字段路径, 值)。
fn walk_strings(v: &serde_json::Value, path: String, f: &mut dyn FnMut(&str, &str)) {
    match v {
        serde_json::Value::String(s) => f(&path, s),
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk_strings(x, format!("{path}[{i}]"), f);
            }
        }
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                walk_strings(x, p, f);
            }
        }
        _ => {}
    }
}
