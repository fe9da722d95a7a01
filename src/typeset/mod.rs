//! 第六段：排版——Typst 编译（内存中的 World，见 [`world`]）、诊断信息译成中文、缺字检查、导出 PDF。

pub mod fonts;
pub mod inspect;
pub mod limits;
pub mod world;

use chrono::Datelike;
use serde::Serialize;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Smart};
use typst::layout::{Frame, FrameItem};
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::error::{Error, Result};
use crate::input::case::Date;
use crate::input::config::Config;
use crate::render::templates::TemplateSet;
use fonts::{FontLibrary, FontRoles};
use world::{DocWorld, Shared};

/// 排版器：字体和版式模块只加载一次，可并行排版多份文书。
pub struct Typesetter {
    shared: Shared,
    roles: FontRoles,
    title_weight: &'static str,
    limits: limits::Limits,
}

/// 交给版式模块（house.typ）的 `/style.json`：字体、标题字重、PDF 元数据、归档章。
#[derive(Debug, Clone, Serialize)]
pub struct Style {
    /// 文书题名（PDF 标题）
    pub title: String,
    /// 责任者（PDF 作者）
    pub author: String,
    /// 成文日期
    pub date: Date,
    /// 归档章（gen archive --stamp），没有时为空
    pub archive_stamp: Option<Stamp>,
}

/// 归档章的各栏（DA/T 22-2015）。
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stamp {
    pub fonds: String,
    pub year: String,
    pub item: String,
    pub org: String,
    pub retention: String,
    pub pages: String,
}

/// 排版好的一份文书（及其排版环境，导出 PDF 时定位错误用）。
pub struct Typeset<'a> {
    pub doc: PagedDocument,
    world: DocWorld<'a>,
}

impl Typesetter {
    pub fn new(fonts: FontLibrary, templates: &TemplateSet, config: &Config) -> Result<Typesetter> {
        let roles = fonts::roles(&config.fonts, &fonts)?;
        Ok(Typesetter { shared: Shared::new(fonts, templates), roles, title_weight: config.title_weight(), limits: config.limits })
    }

    pub fn fonts(&self) -> &FontLibrary {
        &self.shared.fonts
    }

    /// 排版 Typst 标记 `markup`（成为 `/main.typ`）。`what` 是文书名称，`template` 是模板的来源（用于错误信息）。
    /// 排版结果中有字没有字形（方框）、超过时间或页数的上限（[`limits`]）时报错。
    /// `template_src` 为模板（经 [`crate::render::template_source`] 处理后的）源文：Typst 报错时据此指出模板中的行。
    pub fn compile(&self, markup: String, style: &Style, what: &str, template: &str, template_src: &str) -> Result<Typeset<'_>> {
        let d = style.date.0;
        let json = serde_json::json!({
            "fonts": self.roles,
            "title_weight": self.title_weight,
            "title": style.title,
            "author": [style.author],
            "date": [d.year(), d.month(), d.day()],
            "archive_stamp": style.archive_stamp,
        });
        let files = vec![("/style.json", Bytes::from_string(json.to_string()))];
        let world = DocWorld::new(&self.shared, markup, files, style.date);
        let guard = limits::watch(format!("“{what}”（{template}）"), &self.limits);
        let doc = compile_from(&world, what, Some((template, template_src)))?;
        drop(guard);
        if doc.pages().len() > self.limits.pages {
            return Err(Error::input(format!(
                "“{what}”排出了 {} 页，超过上限 {} 页（{template}）：模板中可能有循环写错了；确需更多页的，在 gen.yaml 的 limits 中加大 pages",
                doc.pages().len(),
                self.limits.pages
            )));
        }
        let tofu = missing_glyphs(&doc);
        if !tofu.is_empty() {
            let list: Vec<String> = tofu.iter().map(|(p, t, f)| format!("第{p}页“{t}”（字体 {f}）")).collect();
            return Err(Error::input(format!("“{what}”中有字符没有字体能显示（模板文字或案卷数据）：{}", list.join("、"))));
        }
        Ok(Typeset { doc, world })
    }
}

impl Typeset<'_> {
    /// 渲染出的 Typst 标记。
    pub fn markup(&self) -> &str {
        self.world.main_source().text()
    }

    /// 页数。
    pub fn pages(&self) -> usize {
        self.doc.pages().len()
    }

    /// 各页的样子（文字行、印章、标记）。
    pub fn layout(&self) -> Vec<crate::documents::layout::Page> {
        inspect::pages(&self.doc)
    }

    /// 把排版用的全部 Typst 源文件写到 `dir`（`--emit-typst`）：`typst compile dir/main.typ` 排出同样的文书。
    pub fn write_sources(&self, dir: &std::path::Path) -> Result<()> {
        self.world
            .write_sources(dir)
            .map_err(|e| Error::input(format!("无法写出 Typst 源文件到 {}：{}", dir.display(), crate::error::io_text(&e))))
    }

    /// 导出 PDF。
    pub fn pdf(&self, what: &str, settings: &PdfSettings) -> Result<Vec<u8>> {
        export_pdf(&self.doc, &self.world, what, settings)
    }
}

/// 写入 PDF 的“创建工具”，固定以保证同一输入得到相同字节。
pub const CREATOR: &str = concat!("juece-gen ", env!("CARGO_PKG_VERSION"), " (Typst 0.15.1)");

/// 排版一份文书。`what` 是文书名称（用于错误信息）。
pub fn compile(world: &DocWorld, what: &str) -> Result<PagedDocument> {
    compile_from(world, what, None)
}

/// 同 [`compile`]；`template` 为 (模板的来源, 源文) 时，出错的位置换算成模板中的行。
fn compile_from(world: &DocWorld, what: &str, template: Option<(&str, &str)>) -> Result<PagedDocument> {
    let warned = typst::compile::<PagedDocument>(world);
    typst::comemo::evict(10);
    warned.output.map_err(|errs| {
        let lines: Vec<String> = errs.iter().map(|d| diagnostic_in(world, d, template)).collect();
        Error::input(format!("排版“{what}”失败（模板中的 Typst 写法有误）：\n{}", lines.join("\n")))
    })
}

/// 渲染出的一行在模板中的哪一行：模板各行中 `{{ }}`、`{% %}` 之外的文字在该行中出现得最多的那一行（1 起算）。
pub fn template_line(template_src: &str, rendered_line: &str) -> Option<usize> {
    let mut best = (0usize, None);
    for (i, line) in template_src.lines().enumerate() {
        let mut score = 0;
        for frag in literal_fragments(line) {
            if frag.chars().count() >= 2 && rendered_line.contains(frag.as_str()) {
                score += frag.chars().count();
            }
        }
        if score > best.0 {
            best = (score, Some(i + 1));
        }
    }
    best.1
}

fn literal_fragments(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let next = ["{{", "{%", "{#"].iter().filter_map(|t| rest.find(t)).min();
        match next {
            Some(i) => {
                out.push(rest[..i].trim().to_string());
                let close = match &rest[i..i + 2] {
                    "{{" => "}}",
                    "{%" => "%}",
                    _ => "#}",
                };
                match rest[i..].find(close) {
                    Some(j) => rest = &rest[i + j + 2..],
                    None => break,
                }
            }
            None => {
                out.push(rest.trim().to_string());
                break;
            }
        }
    }
    out.retain(|f| !f.is_empty());
    out
}

/// Typst 的英文错误说明译成中文（常见的几种；其余给出通用说明并附原文）。
pub fn typst_message_cn(msg: &str) -> String {
    let m = msg.to_lowercase();
    let after = |p: &str| msg.get(p.len()..).unwrap_or("").trim().trim_matches('`').to_string();
    // (英文说明的开头, 中文说明)；中文说明中的 {} 换成英文说明开头之后的名称
    const KNOWN: &[(&str, &str)] = &[
        ("unclosed delimiter", "括号、引号或 $ 没有配对（文字中要印 $、[、( 等符号时，模板会自动当作文字；只有 #函数 的括号需要配对）"),
        ("unknown variable:", "没有名为“{}”的函数或变量（名称拼错，或版式模块 house.typ 中没有它）"),
        ("unexpected closing", "多了一个右括号"),
        ("expected expression", "这里缺少内容：# 之后应是函数名或值"),
        ("expected comma", "参数之间缺少逗号"),
        ("unexpected argument", "函数不接受这个参数"),
        ("missing argument:", "缺少参数“{}”"),
        ("file not found", "找不到文件（#import、#image 等引用的文件不存在）"),
        ("expected semicolon or line break", "一条语句之后应换行"),
        ("unknown font family", "找不到这个字体（gen fonts 列出可用的字体）"),
    ];
    if let Some((p, cn)) = KNOWN.iter().find(|(p, _)| m.starts_with(p)) {
        return cn.replace("{}", &after(p));
    }
    if m.starts_with("expected") && m.contains(", found") {
        return "值的类型不对（如在要数的地方写了文字）".into();
    }
    if m.starts_with("cannot") {
        return "这样的运算不能进行（如把文字和数相加）".into();
    }
    if m.starts_with("panicked with:") || msg.chars().any(crate::input::forms::is_han) {
        return msg.trim_start_matches("panicked with: ").trim_matches('"').to_string();
    }
    format!("排版出错（{}）", quote_english(msg))
}

/// 一条诊断。出自模板渲染出的内容时，写作`模板:行: 错误：说明`并附模板中的那一行；找不到对应的行时用 main.typ 的行列。
fn diagnostic_in(world: &DocWorld, d: &SourceDiagnostic, template: Option<(&str, &str)>) -> String {
    if let Some((origin, src)) = template {
        let in_main = d.span.id().and_then(|id| {
            let range = world.range(d.span)?;
            let source = world.source(id).ok()?;
            (id.vpath().get_without_slash() == "main.typ").then_some(())?;
            let (l, _) = source.lines().byte_to_line_column(range.start)?;
            Some(source.text().lines().nth(l).unwrap_or("").to_string())
        });
        if let Some(rendered) = in_main {
            if let Some(n) = template_line(src, &rendered) {
                let sev = if d.severity == Severity::Error { "错误" } else { "警告" };
                let text = src.lines().nth(n - 1).unwrap_or("");
                return format!("{origin}:{n}: {sev}：{}\n  | {}", typst_message_cn(&d.message), text.trim_end());
            }
        }
    }
    diagnostic(world, d)
}

/// 一条诊断：`main.typ:行:列: 错误：……`，附出错的那一行。Typst 的说明译成中文（[`typst_message_cn`]），
/// 译不出的加引号照录（供修改模板的人查找）。
fn diagnostic(world: &DocWorld, d: &SourceDiagnostic) -> String {
    let sev = if d.severity == Severity::Error { "错误" } else { "警告" };
    let mut s = String::new();
    let loc = d.span.id().and_then(|id| {
        let range = world.range(d.span)?;
        let source = world.source(id).ok()?;
        let (l, c) = source.lines().byte_to_line_column(range.start)?;
        let line_text = source.text().lines().nth(l).unwrap_or("").to_string();
        Some((format!("{}:{}:{}", id.vpath().get_without_slash(), l + 1, c + 1), line_text))
    });
    let message = typst_message_cn(&d.message);
    match &loc {
        Some((at, _)) => s.push_str(&format!("{at}: {sev}：{message}")),
        None => s.push_str(&format!("{sev}：{message}")),
    }
    for h in &d.hints {
        s.push_str(&format!("\n  提示：{}", quote_english(&h.v)));
    }
    if let Some((_, text)) = loc {
        s.push_str(&format!("\n  | {text}"));
    }
    s
}

/// Typst 的说明：已是中文的（本工具译过的，如缺字）原样，英文的加引号照录并注明出处。
fn quote_english(m: &str) -> String {
    if m.chars().any(crate::input::forms::is_han) {
        m.to_string()
    } else {
        format!("Typst 的原文为“{m}”")
    }
}

/// 排版结果中无字形（印成方框“豆腐块”）的字符：(页码, 字符, 所用字体)。
pub fn missing_glyphs(doc: &PagedDocument) -> Vec<(usize, String, String)> {
    fn walk(frame: &Frame, page: usize, out: &mut Vec<(usize, String, String)>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => walk(&g.frame, page, out),
                FrameItem::Text(t) => {
                    for g in t.glyphs.iter().filter(|g| g.id == 0) {
                        let text = t.text[g.range()].to_string();
                        if !text.trim().is_empty() {
                            out.push((page, text, t.font.font().info().family.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for (i, p) in doc.pages().iter().enumerate() {
        walk(&p.frame, i + 1, &mut out);
    }
    out
}

/// 页面上所有文字（按排版顺序），供测试与检查使用。
pub fn page_text(doc: &PagedDocument) -> Vec<String> {
    fn walk(frame: &Frame, out: &mut String) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => walk(&g.frame, out),
                FrameItem::Text(t) => out.push_str(&t.text),
                _ => {}
            }
        }
    }
    doc.pages()
        .iter()
        .map(|p| {
            let mut s = String::new();
            walk(&p.frame, &mut s);
            s
        })
        .collect()
}

/// PDF 选项。
#[derive(Debug, Clone, Default)]
pub struct PdfSettings {
    /// 文书的唯一标识（决定 PDF 文档 ID，保证可重复）
    pub ident: String,
    /// 导出为 PDF/A-2b（归档用）
    pub pdfa: bool,
}

/// 导出 PDF。同一文书、同一字体、同一版本得到相同的字节。
pub fn export_pdf(doc: &PagedDocument, world: &DocWorld, what: &str, settings: &PdfSettings) -> Result<Vec<u8>> {
    let standards = if settings.pdfa {
        PdfStandards::new(&[PdfStandard::A_2b]).map_err(|e| Error::output(format!("{e:?}")))?
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions {
        ident: Smart::Custom(settings.ident.clone()),
        creator: Smart::Custom(Some(CREATOR.into())),
        timestamp: None,
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(doc, &options).map_err(|errs| {
        let lines: Vec<String> = errs.iter().map(|d| diagnostic(world, &pdf_error_cn(d))).collect();
        Error::output(format!("导出“{what}”的 PDF 失败：\n{}", lines.join("\n")))
    })
}

/// PDF/A 导出的错误译成中文。最常见的是缺字：PDF/A-2b（归档用）要求每个字都有字形，
/// 任何字体都没有的字在这里报错，而不是印成方框。
fn pdf_error_cn(d: &SourceDiagnostic) -> SourceDiagnostic {
    let msg = d.message.as_str();
    let (standard, rest) = match msg.split_once(" error: ") {
        Some((s, r)) => (s.to_string(), r),
        None => return d.clone(),
    };
    let text = if let Some(after) = rest.strip_prefix("the text `") {
        let (what, tail) = after.split_once('`').unwrap_or((after, ""));
        let what = what.trim_matches('"');
        let font = match tail.split_once(" with font `") {
            Some((_, f)) => format!("字体“{}”", f.trim_end_matches('`').trim_matches('"')),
            None => "所选字体".to_string(),
        };
        format!(
            "{standard}（归档格式）要求每个字都有字形：“{what}”在{font}中没有字形，也没有其他字体能显示它。\
             请用 --font-path 加入包含这个字的字体（如单位的方正字库），或核对案卷中是否输入有误"
        )
    } else if rest.contains("missing document date") {
        format!("{standard}（归档格式）要求文书有成文日期（模板须在“set document”中保留“date”）")
    } else {
        format!("{standard}（归档格式）不允许：“{rest}”")
    };
    let mut out = d.clone();
    out.message = text.into();
    out.hints.clear();
    out
}

#[cfg(test)]
mod pdfa_tests {
    use super::*;
    use typst::syntax::Span;

    #[test]
    fn missing_glyph_under_pdfa_is_reported_in_chinese() {
        let d = SourceDiagnostic::error(
            Span::detached(),
            "PDF/A-2b error: the text `\"堃\"` could not be displayed with font `\"FandolFang R\"`",
        );
        let cn = pdf_error_cn(&d);
        assert_eq!(cn.severity, Severity::Error);
        assert!(cn.message.starts_with("PDF/A-2b（归档格式）要求每个字都有字形：“堃”在字体“FandolFang R”中没有字形"), "{}", cn.message);
        let d = SourceDiagnostic::error(Span::detached(), "PDF/A-2b error: missing document date");
        assert!(pdf_error_cn(&d).message.contains("成文日期"));
    }
}
