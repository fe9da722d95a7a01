//! 生成文书的流水线：案卷 → 模板渲染 → 排版 → PDF。

use std::path::PathBuf;

use chrono::Datelike;
use minijinja::Environment;
use serde_json::Value as Json;
use typst::foundations::Bytes;
use typst_layout::PagedDocument;

use crate::case::{CaseFile, Date, Jurisdiction};
use crate::rules::RuleSet;
use crate::calendar::Calendar;
use crate::config::{Config, FontRoles};
use crate::documents::{DocKind, Needs};
use crate::error::{Error, Result};
use crate::fonts::FontLibrary;
use crate::render;
use crate::schema;
use crate::templates::TemplateSet;
use crate::typeset::{self, PdfSettings};
use crate::world::{DocWorld, Shared};

/// 生成器的选项（来自命令行）。
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--templates DIR`：覆盖内置模板
    pub templates_dir: Option<PathBuf>,
    /// `--font-path DIR`：额外字体
    pub font_paths: Vec<PathBuf>,
    /// `--config FILE`：配置文件
    pub config: Option<PathBuf>,
    /// 导出 PDF/A-2b
    pub pdfa: bool,
    /// 草稿：缺少的必填内容印为【待填写】而不报错
    pub draft: bool,
    /// 工作日历（`--calendar FILE` 并入后的）；不填用内置日历。程序期限表用它计算工作日
    pub calendar: Option<Calendar>,
}

/// 生成好的一份文书。
#[derive(Debug, Clone)]
pub struct Rendered {
    pub kind: &'static str,
    pub title: String,
    pub file_name: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// 渲染出的 Typst 标记（调试用）
    pub markup: String,
    /// 每人一份的文书：此人姓名
    pub person: Option<String>,
    /// 草稿中印为【待填写】的内容
    pub placeholders: Vec<String>,
}

/// 可重复使用的生成器：字体、模板只加载一次，可并行生成多份文书。
pub struct Generator {
    templates: TemplateSet,
    env: Environment<'static>,
    shared: Shared,
    roles: FontRoles,
    title_weight: &'static str,
    pdfa: bool,
    draft: bool,
    calendar: Calendar,
}

impl Generator {
    pub fn new(opts: &Options) -> Result<Generator> {
        let config = Config::load(opts.config.as_deref())?;
        let mut font_paths = config.font_paths.clone();
        font_paths.extend(opts.font_paths.iter().cloned());
        let fonts = FontLibrary::load(&font_paths)?;
        let roles = config.font_roles(&fonts)?;
        let templates = TemplateSet::with_overrides(opts.templates_dir.as_deref())?;
        let env = render::environment(&templates, opts.draft)?;
        let shared = Shared::new(fonts, &templates);
        let calendar = opts.calendar.clone().unwrap_or_else(Calendar::builtin);
        Ok(Generator { templates, env, shared, roles, title_weight: config.title_weight(), pdfa: opts.pdfa, draft: opts.draft, calendar })
    }

    pub fn fonts(&self) -> &FontLibrary {
        &self.shared.fonts
    }

    /// 案卷中每个字符都要有字体能显示；否则指出哪个字段的哪个字。
    pub fn check_glyphs(&self, cf: &CaseFile) -> Result<()> {
        let json = serde_json::to_value(&cf.case).expect("case serializes");
        let mut missing = Vec::new();
        walk_strings(&json, String::new(), &mut |path, s| {
            for c in s.chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
                if !self.shared.fonts.covers(c) && !missing.iter().any(|(p, m)| p == path && *m == c) {
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
            cf.path.display(),
            lines.join("\n")
        )))
    }

    /// 生成一种文书（每人一份的文书生成多份）。
    pub fn render(&self, cf: &CaseFile, kind: &DocKind) -> Result<Vec<Rendered>> {
        self.render_with(cf, kind, serde_json::Map::new())
    }

    /// 同 [`Generator::render`]，模板另可看到 `extra` 中的数据（如归档目录的条目、检查结果）。
    pub fn render_with(&self, cf: &CaseFile, kind: &DocKind, mut extra: serde_json::Map<String, Json>) -> Result<Vec<Rendered>> {
        let mut contexts = self.contexts(cf, kind)?;
        if kind.needs == Needs::Plan && !extra.contains_key("plan") {
            extra.insert("plan".into(), crate::checks::plan::plan_json(&cf.case, &self.calendar));
        }
        if kind.needs == Needs::Procedure && !extra.contains_key("steps") {
            let review = crate::checks::review(&cf.case, &self.calendar);
            extra.insert("steps".into(), crate::procedure::steps(&cf.case, &review));
            extra.insert("statement_date".into(), cf.case.legality.as_ref().map(|l| l.submitted_on.to_string()).into());
        }
        if kind.needs == Needs::LegalityMaterials && !extra.contains_key("materials") {
            extra.insert("materials".into(), crate::legality::materials(self, cf)?);
        }
        for c in &mut contexts {
            if let Json::Object(map) = &mut c.data {
                map.extend(extra.clone());
            }
        }
        contexts.into_iter().map(|c| self.render_one(cf, kind, c)).collect()
    }

    pub fn is_draft(&self) -> bool {
        self.draft
    }

    /// 工作日历（内置日历并入 `--calendar` 文件后的），供程序检查（[`crate::checks::review`]）和期限表使用。
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// 案卷是否记录了这种文书所属的环节（`gen all` 是否生成它）。
    pub fn applies(&self, cf: &CaseFile, kind: &DocKind) -> bool {
        let json = serde_json::to_value(&cf.case).expect("case serializes");
        recorded(&json, kind.when)
    }

    /// 生成案卷已记录的各环节所需的全部文书（并行）。
    ///
    /// 不含程序期限表（`Needs::Plan`）：它是按检查规则推算的工作用表，不是程序的记录，不归档；
    /// `gen all` 另行生成它（见 src/main.rs）。
    pub fn render_all(&self, cf: &CaseFile) -> Result<Vec<Rendered>> {
        use rayon::prelude::*;
        let json = serde_json::to_value(&cf.case).expect("case serializes");
        let kinds: Vec<&DocKind> = crate::documents::KINDS
            .iter()
            .filter(|k| k.needs != Needs::Plan)
            .filter(|k| recorded(&json, k.when))
            .collect();
        // 先生成其他文书，送审材料清单再用它们的题名和页数（不重复排版）。
        let (lists, others): (Vec<&DocKind>, Vec<&DocKind>) =
            kinds.into_iter().partition(|k| k.needs == Needs::LegalityMaterials);
        let mut all = collect(others.par_iter().map(|k| self.render(cf, k)).collect())?;
        for k in lists {
            let materials = crate::legality::materials_from(self, cf, Some(&all))?;
            all.extend(self.render_with(cf, k, serde_json::Map::from_iter([("materials".to_string(), materials)]))?);
        }
        // 保持文书种类表的顺序
        all.sort_by_key(|d| crate::documents::KINDS.iter().position(|k| k.id == d.kind));
        Ok(all)
    }

    /// 排版一种文书的第一份（测试和检查版面用）。
    pub fn layout(&self, cf: &CaseFile, kind: &DocKind) -> Result<PagedDocument> {
        let ctx = self.contexts(cf, kind)?.into_iter().next().ok_or_else(|| missing_field(kind.when, kind, cf))?;
        let (doc, _, _) = self.typeset(cf, kind, &ctx)?;
        Ok(doc)
    }

    /// 模板数据：案卷 + 计算出的依据；每人一份的文书每人一组（含 `person`）。
    fn contexts(&self, cf: &CaseFile, kind: &DocKind) -> Result<Vec<DocContext>> {
        let mut json = serde_json::to_value(&cf.case).expect("case serializes");
        if let Json::Object(map) = &mut json {
            map.insert("basis_statutes".into(), basis_statutes(cf.case.rules).into());
        }
        if !recorded(&json, kind.when) {
            return Err(missing_field(kind.when, kind, cf));
        }
        let people: Vec<(Option<String>, Json)> = match kind.per {
            None => vec![(None, json)],
            Some(list) => lookup(&json, list)
                .and_then(Json::as_array)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|p| kind.per_when.is_none_or(|f| p.get(f).is_some_and(|v| !is_empty(v))))
                .map(|p| {
                    let name = p.get("name").and_then(Json::as_str).map(str::to_string);
                    let mut j = json.clone();
                    j.as_object_mut().expect("case is a map").insert("person".into(), p);
                    (name, j)
                })
                .collect(),
        };
        if people.is_empty() {
            return Err(missing_field(kind.per.unwrap_or(kind.when), kind, cf));
        }
        people
            .into_iter()
            .map(|(person, data)| {
                let missing: Vec<String> = kind
                    .required
                    .iter()
                    .filter(|p| !recorded(&data, p))
                    .map(|p| p.to_string())
                    .collect();
                if !missing.is_empty() && !self.draft {
                    let who = person.as_deref().map(|n| format!("（{n}）")).unwrap_or_default();
                    let list: Vec<String> = missing.iter().map(|p| describe_field(p, kind)).collect();
                    return Err(Error::input(format!(
                        "{}: 生成“{}”{who}缺少必填内容（依据：{}）：\n{}\n请在案卷中补充；如需先出草稿，加 --draft",
                        cf.path.display(),
                        kind.name,
                        kind.basis,
                        list.join("\n")
                    )));
                }
                Ok(DocContext { person, data, missing })
            })
            .collect()
    }

    /// 渲染模板并排版，返回文书、它的排版环境（导出 PDF 时定位错误用）和标题。
    fn typeset(&self, cf: &CaseFile, kind: &DocKind, ctx: &DocContext) -> Result<(PagedDocument, DocWorld<'_>, String)> {
        let date = match string_at(&ctx.data, kind.date_field) {
            Some(s) => Date::parse(&s).map_err(Error::input)?,
            None if self.draft => cf.case.decision.started_on.unwrap_or(Date::ymd(2000, 1, 1).expect("date")),
            None => return Err(missing_field(kind.date_field, kind, cf)),
        };
        let author = string_at(&ctx.data, kind.author_field).unwrap_or_default();
        let title = match &ctx.person {
            Some(p) => format!("{}{}（{p}）", cf.case.decision.name, kind.name),
            None => format!("{}{}", cf.case.decision.name, kind.name),
        };
        let mut data = ctx.data.clone();
        if let Json::Object(map) = &mut data {
            map.insert("law".into(), law_at(cf.case.rules, date));
        }
        let value = draft_value(&data, &ctx.missing, kind);
        let markup = render::render(&self.env, &self.templates, kind.template, value)?;
        let style = serde_json::json!({
            "fonts": self.roles,
            "title_weight": self.title_weight,
            "title": title,
            "author": [author],
            "date": [date.0.year(), date.0.month(), date.0.day()],
            // 归档章（gen archive --stamp）：render_with 的 extra 中 archive_stamp 按人名给出，非每人一份的文书键为 ""
            "archive_stamp": ctx.data.get("archive_stamp").and_then(|m| m.get(ctx.person.as_deref().unwrap_or(""))),
        });
        let files = vec![("/style.json", Bytes::from_string(style.to_string()))];
        let world = DocWorld::new(&self.shared, markup, files, date);
        let doc = typeset::compile(&world, kind.name)?;
        let tofu = typeset::missing_glyphs(&doc);
        if !tofu.is_empty() {
            let list: Vec<String> = tofu.iter().map(|(p, t, f)| format!("第{p}页“{t}”（字体 {f}）")).collect();
            return Err(Error::input(format!(
                "“{}”中有字符没有字体能显示（模板文字或案卷数据）：{}",
                kind.name,
                list.join("、")
            )));
        }
        Ok((doc, world, title))
    }

    fn render_one(&self, cf: &CaseFile, kind: &DocKind, ctx: DocContext) -> Result<Rendered> {
        let (doc, world, title) = self.typeset(cf, kind, &ctx)?;
        let settings = PdfSettings { ident: format!("{}/{}", kind.id, title), pdfa: self.pdfa };
        let pdf = typeset::export_pdf(&doc, &world, kind.name, &settings)?;
        let file_name = match &ctx.person {
            Some(p) => format!("{}-{}.pdf", kind.name, p),
            None => format!("{}.pdf", kind.name),
        };
        Ok(Rendered {
            kind: kind.id,
            title,
            file_name,
            pages: doc.pages().len(),
            pdf,
            markup: world.main_source().text().to_string(),
            person: ctx.person,
            placeholders: placeholders_in(world.main_source().text()),
        })
    }
}

/// 规则表中在 `date` 已施行的各条规则：代号 → {text, citation, params}（模板中写作 `law.代号`）。
fn law_at(j: Jurisdiction, date: Date) -> Json {
    let set = RuleSet::builtin(j);
    let mut map = serde_json::Map::new();
    for id in set.ids() {
        if let Some(rule) = set.rule_at(id, date.0) {
            map.insert(id.to_string(), serde_json::to_value(rule).expect("rule serializes"));
        }
    }
    Json::Object(map)
}

/// 一份文书的模板数据。
struct DocContext {
    person: Option<String>,
    data: Json,
    /// 缺少的必填内容（仅 --draft 时非空）
    missing: Vec<String>,
}

/// 合并并行生成的结果；有错误时报告全部（相同的只报一次）。
fn collect(results: Vec<Result<Vec<Rendered>>>) -> Result<Vec<Rendered>> {
    let mut all = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for r in results {
        match r {
            Ok(docs) => all.extend(docs),
            Err(e) if !errors.contains(&e.message) => errors.push(e.message),
            Err(_) => {}
        }
    }
    if errors.is_empty() { Ok(all) } else { Err(Error::input(errors.join("\n\n"))) }
}

/// 渲染结果中的【待填写】占位（`#待填写("…")`）。
fn placeholders_in(markup: &str) -> Vec<String> {
    markup
        .split("#待填写(\"")
        .skip(1)
        .filter_map(|rest| rest.split_once("\")").map(|(label, _)| format!("  {}", label.replace("\\\"", "\"").replace("\\\\", "\\"))))
        .collect()
}

/// 案卷数据在 `path` 处有非空内容。
fn recorded(json: &Json, path: &str) -> bool {
    lookup(json, path).is_some_and(|v| !is_empty(v))
}

fn is_empty(v: &Json) -> bool {
    match v {
        Json::Null => true,
        Json::String(s) => s.trim().is_empty(),
        Json::Array(a) => a.is_empty(),
        Json::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// “字段路径（中文含义）”。
fn describe_field(path: &str, kind: &DocKind) -> String {
    let schema_path = match (kind.per, path.strip_prefix("person.")) {
        (Some(list), Some(rest)) => format!("{list}[0].{rest}"),
        _ => path.to_string(),
    };
    match schema::describe(&schema_path) {
        Some(d) => format!("  {path}（{d}）"),
        None => format!("  {path}"),
    }
}

/// 模板数据转为 minijinja 值；草稿中缺少的必填内容换成醒目的【待填写：…】（Typst 标记，不转义）。
fn draft_value(data: &Json, missing: &[String], kind: &DocKind) -> minijinja::Value {
    if missing.is_empty() {
        return minijinja::Value::from(minijinja::value::Serde(data));
    }
    let mut data = data.clone();
    for path in missing {
        let label = describe_field(path, kind).trim().to_string();
        let mut node = &mut data;
        let parts: Vec<&str> = path.split('.').collect();
        for (i, key) in parts.iter().enumerate() {
            let Json::Object(map) = node else { break };
            if i + 1 == parts.len() {
                map.insert(key.to_string(), Json::String(format!("{DRAFT_MARK}{label}")));
                break;
            }
            node = map.entry(key.to_string()).or_insert_with(|| Json::Object(Default::default()));
            if !node.is_object() {
                *node = Json::Object(Default::default());
            }
        }
    }
    to_value_with_placeholders(&data)
}

/// 草稿占位的内部标记（案卷中不可能出现的控制字符开头）。
const DRAFT_MARK: &str = "\u{1}待填写:";

fn to_value_with_placeholders(v: &Json) -> minijinja::Value {
    use minijinja::Value;
    match v {
        Json::String(s) => match s.strip_prefix(DRAFT_MARK) {
            Some(label) => Value::from_safe_string(format!("#待填写(\"{}\")", escape_string(label))),
            None => Value::from(s.as_str()),
        },
        Json::Array(a) => Value::from(a.iter().map(to_value_with_placeholders).collect::<Vec<_>>()),
        Json::Object(o) => Value::from(
            o.iter().map(|(k, x)| (k.clone(), to_value_with_placeholders(x))).collect::<std::collections::BTreeMap<_, _>>(),
        ),
        other => Value::from(minijinja::value::Serde(other)),
    }
}

/// Typst 字符串字面量的转义。
fn escape_string(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '\\' => vec!['\\', '\\'],
            '"' => vec!['\\', '"'],
            '\n' | '\r' | '\t' => vec![' '],
            c => vec![c],
        })
        .collect()
}

/// 公告中引用的依据：国务院条例加上该规则体系的主规定（规则表 statutes 中的第一部）。
fn basis_statutes(j: Jurisdiction) -> String {
    let national = RuleSet::builtin(Jurisdiction::National);
    let mut titles: Vec<&str> = national.statutes.first().map(|s| s.title.as_str()).into_iter().collect();
    if j != Jurisdiction::National {
        titles.extend(RuleSet::builtin(j).statutes.first().map(|s| s.title.as_str()));
    }
    titles.iter().map(|t| format!("《{t}》")).collect()
}

fn lookup<'a>(json: &'a Json, path: &str) -> Option<&'a Json> {
    path.split('.').try_fold(json, |v, k| v.get(k)).filter(|v| !v.is_null())
}

fn string_at(json: &Json, path: &str) -> Option<String> {
    lookup(json, path).and_then(Json::as_str).map(str::to_string)
}

fn missing_field(path: &str, kind: &DocKind, cf: &CaseFile) -> Error {
    let desc = schema::describe(path).map(|d| format!("（{d}）")).unwrap_or_default();
    Error::input(format!(
        "{}: 生成“{}”需要案卷中的“{path}”{desc}，但案卷中没有填写（依据：{}）",
        cf.path.display(),
        kind.name,
        kind.basis
    ))
}

/// 遍历 JSON 中所有字符串，回调 (字段路径, 值)。
fn walk_strings(v: &Json, path: String, f: &mut dyn FnMut(&str, &str)) {
    match v {
        Json::String(s) => f(&path, s),
        Json::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk_strings(x, format!("{path}[{i}]"), f);
            }
        }
        Json::Object(m) => {
            for (k, x) in m {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                walk_strings(x, p, f);
            }
        }
        _ => {}
    }
}
