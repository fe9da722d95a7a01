//! 生成文书的流水线：案卷 → 模板渲染 → 排版 → PDF。

use std::path::PathBuf;

use chrono::Datelike;
use minijinja::Environment;
use serde_json::Value as Json;
use typst::foundations::Bytes;

use crate::case::{CaseFile, Date, Jurisdiction};
use crate::rules::RuleSet;
use crate::config::{Config, FontRoles};
use crate::documents::DocKind;
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
}

/// 可重复使用的生成器：字体、模板只加载一次，可并行生成多份文书。
pub struct Generator {
    templates: TemplateSet,
    env: Environment<'static>,
    shared: Shared,
    roles: FontRoles,
    title_weight: &'static str,
    pdfa: bool,
}

impl Generator {
    pub fn new(opts: &Options) -> Result<Generator> {
        let config = Config::load(opts.config.as_deref())?;
        let mut font_paths = config.font_paths.clone();
        font_paths.extend(opts.font_paths.iter().cloned());
        let fonts = FontLibrary::load(&font_paths)?;
        let roles = config.font_roles(&fonts)?;
        let templates = TemplateSet::with_overrides(opts.templates_dir.as_deref())?;
        let env = render::environment(&templates)?;
        let shared = Shared::new(fonts, &templates);
        Ok(Generator { templates, env, shared, roles, title_weight: config.title_weight(), pdfa: opts.pdfa })
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

    /// 生成一种文书。
    pub fn render(&self, cf: &CaseFile, kind: &DocKind) -> Result<Vec<Rendered>> {
        let json = serde_json::to_value(&cf.case).expect("case serializes");
        require(&json, kind.requires, kind, cf)?;
        let date = date_at(&json, kind.date_field, kind, cf)?;
        let author = string_at(&json, kind.author_field).unwrap_or_default();
        let title = format!("{}{}", cf.case.decision.name, kind.name);
        let mut ctx = json.clone();
        if let Json::Object(map) = &mut ctx {
            map.insert("basis_statutes".into(), basis_statutes(cf.case.rules).into());
        }
        let markup = render::render(&self.env, &self.templates, kind.template, minijinja::Value::from(minijinja::value::Serde(&ctx)))?;
        let style = serde_json::json!({
            "fonts": self.roles,
            "title_weight": self.title_weight,
            "title": title,
            "author": [author],
            "date": [date.0.year(), date.0.month(), date.0.day()],
        });
        let files = vec![("/style.json", Bytes::from_string(style.to_string()))];
        let world = DocWorld::new(&self.shared, markup.clone(), files, date);
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
        let settings = PdfSettings { ident: format!("{}/{}", kind.id, title), pdfa: self.pdfa };
        let pdf = typeset::export_pdf(&doc, &world, kind.name, &settings)?;
        Ok(vec![Rendered {
            kind: kind.id,
            title,
            file_name: format!("{}.pdf", kind.name),
            pages: doc.pages().len(),
            pdf,
            markup,
        }])
    }
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

fn require(json: &Json, path: &str, kind: &DocKind, cf: &CaseFile) -> Result<()> {
    lookup(json, path).map(|_| ()).ok_or_else(|| missing_field(path, kind, cf))
}

fn date_at(json: &Json, path: &str, kind: &DocKind, cf: &CaseFile) -> Result<Date> {
    let s = string_at(json, path).ok_or_else(|| missing_field(path, kind, cf))?;
    Date::parse(&s).map_err(Error::input)
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
