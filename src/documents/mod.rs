//! 第四段：文书——每份文书的模板数据（有类型的 [`Context`]），以及必需内容的核对和草稿中的【待填写】。
//!
//! 文书分两步生成（见 src/session/）：先生成只依据案卷和事实的文书（[`Phase::Leaf`]），再生成列举其他文书的
//! 文书（送审材料清单、归档文件目录、备考表），后者拿到已生成的文书（[`Rendered`]）取题名和页数。
//!
//! [`Phase::Leaf`]: crate::law::catalogue::Phase::Leaf

pub mod archive_index;
pub mod context;
pub mod fields;
pub mod layout;
pub mod legality_list;
pub mod procedure_statement;
mod required;

pub use context::{Context, Data, Subject};

use serde_json::Value as Json;

use crate::error::{Error, Result};
use crate::facts::documents::{applies, date_field, MissingWhy};
use crate::facts::{DocFact, Facts};
use crate::input::case::Date;
use crate::input::{schema, CaseFile};
use crate::law::catalogue::{DocId, Kind};

/// 生成好的一份文书。
#[derive(Debug, Clone)]
pub struct Rendered {
    pub fact: DocFact,
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// 各页的样子（版式检查用）
    pub layout: Vec<layout::Page>,
    /// 渲染出的 Typst 标记（调试用）
    pub markup: String,
    /// 草稿中印为【待填写】的内容
    pub placeholders: Vec<String>,
}

/// 准备好渲染的一份文书：模板数据、成文日期，以及草稿中要印为【待填写】的缺少的字段。
pub struct Prepared {
    pub fact: DocFact,
    pub date: Date,
    /// 模板数据（[`Context`] 序列化后）
    pub data: Json,
    /// 草稿中缺少的必填内容：字段路径（相对于模板数据）→ 说明
    pub placeholders: Vec<(String, String)>,
}

/// 文书的依据（报错、`gen list` 用）：规则表 document_basis 中的出处，以“；”连接。
pub fn basis(facts: &Facts, kind: &Kind) -> String {
    let b = facts.law.document_basis(kind.id);
    if b.is_empty() {
        "—".to_string()
    } else {
        b.join("；")
    }
}

/// 本案中某种文书的各份；不适用时报错并说明缺少案卷中的哪一部分。
pub fn instances(facts: &Facts, cf: &CaseFile, kind: &'static Kind, draft: bool) -> Result<Vec<DocFact>> {
    if let Err(m) = applies(facts.case, kind.doc) {
        if draft && crate::facts::records::source(facts.case, kind.doc).is_some() {
            // 草稿：尚未记录的记录型文书照样生成，案卷中没有的内容都印为【待填写】。
            return Ok(vec![crate::facts::documents::unrecorded(facts.case, kind)]);
        }
        let desc = schema::describe(m.field).map(|d| format!("（{d}）")).unwrap_or_default();
        let what = match m.why {
            MissingWhy::NotRecorded => format!("需要案卷中的“{}”{desc}，但案卷中没有填写", m.field),
            MissingWhy::NoOpinionYet => {
                format!("案卷中记录的专家都还没有出具书面论证意见（{}）{desc}。专家出具意见后在各专家下填写 opinion 再生成", m.field)
            }
        };
        return Err(Error::input(format!("{}: 生成“{}”{what}（依据：{}）", cf.path.display(), kind.name, basis(facts, kind))));
    }
    let list = if kind.phase == crate::law::catalogue::Phase::Archive {
        crate::facts::documents::archive(facts.case)
    } else {
        crate::facts::documents::instances(facts.case, kind, facts.as_of)
    };
    Ok(list.into_iter().filter(|d| d.kind.doc == kind.doc).collect())
}

/// 核对必需内容、算出成文日期，把模板数据转为模板值。`draft` 时缺少的内容印为【待填写】，否则报错。
pub fn prepare(facts: &Facts, cf: &CaseFile, doc: &DocFact, data: Data, draft: bool) -> Result<Prepared> {
    let kind = doc.kind;
    let date = match doc.date {
        Some(d) => d,
        None if draft => facts.case.decision.started_on.or(facts.as_of).unwrap_or(Date(chrono::NaiveDate::default())),
        None => {
            let field = date_field(facts.case, kind.doc);
            let desc = schema::describe(&schema_path(facts.case, &field, kind)).map(|d| format!("（{d}）")).unwrap_or_default();
            let who = doc.person.as_ref().map(|p| format!("（{}）", p.name)).unwrap_or_default();
            return Err(Error::input(format!(
                "{}: 生成“{}”{who}需要案卷中的“{field}”{desc}（成文日期），但案卷中没有填写（依据：{}）",
                cf.path.display(),
                kind.name,
                basis(facts, kind)
            )));
        }
    };
    let missing = required::missing(facts.case, doc, &Subject::of(facts.case, doc));
    if !missing.is_empty() && !draft {
        let who = doc.person.as_ref().map(|p| format!("（{}）", p.name)).unwrap_or_default();
        let list: Vec<String> = missing.iter().map(|p| format!("  {}", describe_field(facts.case, p, kind))).collect();
        return Err(Error::input(format!(
            "{}: 生成“{}”{who}缺少必填内容（依据：{}）：\n{}\n请在案卷中补充；如需先出草稿，加 --draft",
            cf.path.display(),
            kind.name,
            basis(facts, kind),
            list.join("\n")
        )));
    }
    let ctx = context::context(facts, doc, date, data);
    let data = serde_json::to_value(&ctx).map_err(|e| Error::internal(format!("模板数据无法序列化：{e}")))?;
    Ok(Prepared { fact: doc.clone(), date, data, placeholders: placeholders(facts.case, &missing, kind) })
}

/// 字段在案卷格式中的路径：每人一份的文书中 `person.x` 即列表第一项的 `x`；记录型文书每项一份的 `item.x` 同理。
fn schema_path(case: &crate::input::case::Case, path: &str, kind: &Kind) -> String {
    let list = match kind.doc {
        DocId::HearingDelivery => "participation.hearing.participants",
        DocId::ExpertCommitment | DocId::ExpertOpinion => "experts.members",
        d => match crate::facts::records::source(case, d) {
            Some(s) if s.each => s.path,
            _ => return path.to_string(),
        },
    };
    match path.strip_prefix("person.").or_else(|| path.strip_prefix("item.")) {
        Some(rest) => format!("{list}[0].{rest}"),
        None => path.to_string(),
    }
}

/// “字段路径（中文含义）”。
fn describe_field(case: &crate::input::case::Case, path: &str, kind: &Kind) -> String {
    match schema::describe(&schema_path(case, path, kind)) {
        Some(d) => format!("{path}（{d}）"),
        None => path.to_string(),
    }
}

/// 草稿：缺少的必填内容放进模板数据，印为【待填写：字段（含义）】（字段路径 → 说明）。
fn placeholders(case: &crate::input::case::Case, missing: &[String], kind: &Kind) -> Vec<(String, String)> {
    // 列表字段标上“[]”：草稿中印作只有一项、各栏都待填写的列表（模板照常逐项排列）
    let list = |p: &str| if schema::is_list(&schema_path(case, p, kind)) { "[]" } else { "" };
    missing.iter().map(|p| (format!("{p}{}", list(p)), describe_field(case, p, kind))).collect()
}

/// 某种文书的模板可用的数据（JSON Schema，每个变量有中文说明）：`gen schema --document 种类`。
pub fn schema_of(kind: &Kind) -> Json {
    use context::{ArchiveData, LegalityListData, Nothing, PlanData, ProcedureData};
    let s = match kind.doc {
        DocId::LegalityList => schemars::schema_for!(Context<'static, LegalityListData>),
        DocId::ProcedureStatement => schemars::schema_for!(Context<'static, ProcedureData>),
        DocId::Plan => schemars::schema_for!(Context<'static, PlanData>),
        DocId::ArchiveIndex | DocId::ArchiveNote => schemars::schema_for!(Context<'static, ArchiveData>),
        _ => schemars::schema_for!(Context<'static, Nothing>),
    };
    let mut v = serde_json::to_value(s).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("title".into(), format!("模板数据：{}（{}）", kind.name, kind.template).into());
    }
    v
}
