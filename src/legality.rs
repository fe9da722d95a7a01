//! 合法性审查送审材料清单的内容：规则表中的每一项材料（赤峰规定 第二十九条；昌黎规定 第四十条；
//! 条例 第二十六条），是已附（本工具生成的文书或案卷登记的附件，含题名和页数），
//! 还是未履行（案卷 legality.unperformed 中的说明）。既无材料又无说明的，是错误（草稿中印为待填写）。

use rayon::prelude::*;
use serde_json::{json, Value as Json};

use crate::case::{Case, CaseFile};
use crate::documents::{DocKind, Needs, KINDS};
use crate::error::{Error, Result};
use crate::generate::{Generator, Rendered};
use crate::rules::{ListItem, RuleSet};

/// 一项材料的一个文件。
struct Material {
    key: String,
    title: String,
    pages: Option<usize>,
}

/// 清单各行（供模板 `materials` 使用）。本案可作送审材料的文书现场生成以取得页数。
pub fn materials(gen: &Generator, cf: &CaseFile) -> Result<Json> {
    materials_from(gen, cf, None)
}

/// 同 [`materials`]；`rendered` 为已生成的文书（`gen all` 中），不再重复排版。
pub fn materials_from(gen: &Generator, cf: &CaseFile, rendered: Option<&[Rendered]>) -> Result<Json> {
    let case = &cf.case;
    let Some(legality) = &case.legality else { return Ok(json!([])) };
    let set = RuleSet::builtin(case.rules);
    let rule = set.rule_at("legality_materials", legality.submitted_on.0).ok_or_else(|| {
        Error::input(format!("规则表 {} 中没有在 {} 施行的合法性审查送审材料清单", case.rules.id(), legality.submitted_on))
    })?;
    let items = &rule.params.items;
    let keys: Vec<&str> = items.iter().map(|i| i.key.as_str()).collect();
    for u in &legality.unperformed {
        if !keys.contains(&u.item.as_str()) {
            return Err(Error::input(format!(
                "{}: legality.unperformed 中的材料项“{}”不在{}的送审材料清单中（{}）。可用的代号：{}",
                cf.path.display(),
                u.item,
                set.name,
                rule.citation,
                describe_items(items)
            )));
        }
    }
    let mut found = match rendered {
        Some(docs) => filed(docs, &keys),
        None => produced(gen, cf, &keys)?,
    };
    found.extend(attachments(cf, &keys)?);

    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for item in items.iter().filter(|i| applies(i, case)) {
        let docs: Vec<Json> = found
            .iter()
            .filter(|m| m.key == item.key)
            .map(|m| json!({ "title": m.title, "pages": m.pages }))
            .collect();
        let explanation = legality.unperformed.iter().find(|u| u.item == item.key).map(|u| u.explanation.clone());
        let status = if !docs.is_empty() {
            "已附"
        } else if explanation.is_some() {
            "未履行"
        } else {
            missing.push(format!("  {}（{}）", item.name, item.key));
            "待填写"
        };
        rows.push(json!({
            "key": item.key, "name": item.name, "note": item.note,
            "status": status, "documents": docs, "explanation": explanation,
        }));
    }
    if !missing.is_empty() && !gen.is_draft() {
        return Err(Error::input(format!(
            "{}: 合法性审查送审材料清单中以下各项既没有材料，也没有未履行的说明（{}；条例 第二十六条）：\n{}\n请在案卷 legality.unperformed 中逐项写明未履行的说明（item 为括号中的代号），或在 archive.attachments 中登记该材料（legality_item）",
            cf.path.display(),
            rule.citation,
            missing.join("\n")
        )));
    }
    Ok(Json::Array(rows))
}

fn describe_items(items: &[ListItem]) -> String {
    items.iter().map(|i| format!("{}（{}）", i.key, i.name)).collect::<Vec<_>>().join("、")
}

/// 清单项的适用条件（规则表 required_when）。
fn applies(item: &ListItem, case: &Case) -> bool {
    let p = case.participation.as_ref();
    match item.required_when.as_deref() {
        None => true,
        Some("hearing_held") => p.is_some_and(|p| p.hearing.is_some()),
        Some("fair_competition_done" | "market_activity_involved") => {
            case.legality.as_ref().is_some_and(|l| l.fair_competition_done)
        }
        Some("public_participation_done") => p.is_some(),
        Some("expert_review_done") => case.experts.is_some(),
        Some("risk_assessment_done") => case.risk.is_some(),
        Some(_) => true,
    }
}

/// 可作送审材料的文书种类，及其在本清单中归入的一项（种类的 `legality` 中第一个在清单里的代号）。
fn filed_kinds<'k>(keys: &'k [&str]) -> impl Iterator<Item = (&'static DocKind, &'k str)> + 'k {
    KINDS
        .iter()
        .filter(|k| matches!(k.needs, Needs::Nothing | Needs::Procedure))
        .filter_map(move |k| k.legality.iter().find(|c| keys.contains(c)).map(|key| (k, *key)))
}

/// 一份生成的文书作为送审材料：题名（每人一份的注明姓名）和页数。
fn material(kind: &DocKind, key: &str, doc: &Rendered) -> Material {
    let title = match &doc.person {
        Some(p) => format!("{}（{p}）", kind.name),
        None => kind.name.to_string(),
    };
    Material { key: key.to_string(), title, pages: Some(doc.pages) }
}

/// 已生成的文书中可作送审材料的。
fn filed(docs: &[Rendered], keys: &[&str]) -> Vec<Material> {
    let kinds: Vec<_> = filed_kinds(keys).collect();
    docs.iter()
        .filter_map(|d| kinds.iter().find(|(k, _)| k.id == d.kind).map(|(k, key)| material(k, key, d)))
        .collect()
}

/// 现场生成本案可作送审材料的文书（题名、页数）。
fn produced(gen: &Generator, cf: &CaseFile, keys: &[&str]) -> Result<Vec<Material>> {
    let kinds: Vec<(&DocKind, &str)> = filed_kinds(keys).filter(|(k, _)| gen.applies(cf, k)).collect();
    let rendered: Vec<Result<Vec<Material>>> = kinds
        .par_iter()
        .map(|(k, key)| Ok(gen.render(cf, k)?.iter().map(|d| material(k, key, d)).collect()))
        .collect();
    let mut out = Vec::new();
    for r in rendered {
        out.extend(r?);
    }
    Ok(out)
}

/// 案卷登记为送审材料的附件。
fn attachments(cf: &CaseFile, keys: &[&str]) -> Result<Vec<Material>> {
    let Some(archive) = &cf.case.archive else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for a in &archive.attachments {
        let Some(key) = &a.legality_item else { continue };
        if !keys.contains(&key.as_str()) {
            return Err(Error::input(format!(
                "{}: 附件“{}”的 legality_item “{key}”不在送审材料清单中。可用的代号：{}",
                cf.path.display(),
                a.title,
                keys.join("、")
            )));
        }
        let pages = a.pages.map(|p| p as usize).or_else(|| {
            std::fs::read(cf.dir().join(&a.path)).ok().and_then(|b| crate::archive::items::pdf_page_count(&b).ok())
        });
        out.push(Material { key: key.clone(), title: a.title.clone(), pages });
    }
    Ok(out)
}
