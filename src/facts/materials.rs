//! 合法性审查送审材料（条例 第二十六条；赤峰规定 第二十九条；昌黎规定 第四十条）：规则表中在送审日施行的清单，
//! 哪些项目适用于本案（`required_when`），每一项是已附（本工具生成的文书或案卷登记的附件）、
//! 未履行（legality.unperformed 中写明了说明）还是既无材料又无说明。
//! 程序检查、送审材料清单和程序履行情况说明都读这里的结果。

use serde::{Deserialize, Serialize};

use super::documents::{DocFact, Person};
use super::milestones;
use super::procedures::ProcedureFact;
use crate::input::case::{Case, Date};
use crate::law::catalogue::DocId;
use crate::law::rules::{Condition, ListItem, Rule};
use crate::law::{Law, Milestone, Procedure};

/// 一项材料的一个文件。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filed {
    /// 本工具为本案生成的文书
    Document { doc: DocId, person: Option<Person>, title: String },
    /// 案卷 archive.attachments 中的第几项（从 0 起）
    Attachment(usize),
}

/// 一项材料的报送情况。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum MaterialStatus {
    #[serde(rename = "已附")]
    Attached,
    #[serde(rename = "未履行")]
    Unperformed,
    /// 既无材料又无说明（违规；草稿中印为待填写）
    #[serde(rename = "待填写")]
    Missing,
}

/// 清单中适用于本案的一项。
#[derive(Debug, Clone)]
pub struct ItemStatus {
    pub item: &'static ListItem,
    /// 送审日已有的文件
    pub filed: Vec<Filed>,
    /// 送审日之后才形成、因而不算作本次送审材料的文件：题名和日期
    pub late: Vec<(String, Date)>,
    /// 未履行的说明（非空）
    pub explanation: Option<String>,
    /// 包括几项程序的材料项（规则表 `covers`）：每项程序的情况
    pub parts: Vec<Part>,
    pub status: MaterialStatus,
}

/// 材料项所包括的一项程序在送审日的情况。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub procedure: Procedure,
    pub status: PartStatus,
}

/// 一项程序在送审日的情况。
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartStatus {
    /// 已完成（完成日期）
    Done(Date),
    /// 未履行，写明了说明
    Explained(String),
    /// 本案不属于必经的情形
    NotRequired,
    /// 送审日尚未完成，也没有说明（完成日期，尚未完成时为空）
    Missing(Option<Date>),
}

/// 案卷中写了清单中没有的材料项代号。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownItem {
    /// 案卷字段，如 legality.unperformed[2].item
    pub field: String,
    pub code: String,
}

/// 送审材料的全部情况。
#[derive(Debug, Clone)]
pub struct Materials {
    /// 规则表 legality_materials（送审日施行的一条）
    pub rule: &'static Rule,
    /// 送审日：只有这一天（含）已有的文件才算作送审材料
    pub as_of: Date,
    /// 未履行须说明的规则（没有时同 `rule`）
    pub explain_rule: &'static Rule,
    /// 适用于本案的各项（清单的顺序）
    pub items: Vec<ItemStatus>,
    /// 不在清单中的材料项代号（未履行说明和附件中的）
    pub unknown: Vec<UnknownItem>,
    /// 写了材料项、却没有写说明的未履行记录（legality.unperformed 中的位置）
    pub empty_explanations: Vec<usize>,
}

/// 清单项的适用条件是否成立（`as_of`：截至某日，如送审日；为空时不论日期）。条件所需的案卷字段未填写时为空（无法判断）。
/// 每个条件只在这里判断一次。
pub fn holds(condition: Condition, case: &Case, as_of: Option<Date>) -> Option<bool> {
    let p = case.participation.as_ref();
    let by = |m: Milestone| milestones::date(case, m).is_some_and(|(d, _)| as_of.is_none_or(|a| d <= a));
    let fair_competition = case.legality.as_ref().is_some_and(|l| l.fair_competition_done);
    Some(match condition {
        Condition::HearingHeld => p.and_then(|p| p.hearing.as_ref()).is_some() && by(Milestone::Hearing),
        Condition::FairCompetitionDone => fair_competition,
        // 未填写时按是否开展了公平竞争审查推定（开展了即视为涉及）。
        Condition::MarketActivityInvolved => case.decision.market_activity.unwrap_or(fair_competition),
        Condition::PublicParticipationDone => p.is_some() && by(Milestone::ParticipationDone),
        Condition::ExpertReviewDone => by(Milestone::ExpertsDone),
        Condition::RiskAssessmentDone => by(Milestone::RiskDone),
        Condition::TechnicalMatter => return case.decision.technical,
        Condition::StabilityRiskPossible => return case.decision.stability_risk,
        Condition::Disclosable => case.decision.undisclosed.as_deref().is_none_or(|s| s.trim().is_empty()),
    })
}

/// 一种文书填入清单的哪一项：种类表 `files_under` 中第一个在清单里的代号。
pub fn item_for(doc: &DocFact, rule: &Rule) -> Option<&'static str> {
    doc.kind.files_under.iter().copied().find(|k| rule.item(k).is_some())
}

/// 送审材料的情况；案卷没有合法性审查或规则表没有清单时为空。`documents` 为本案的文书（[`super::documents::all`]），
/// `procedures` 为五项程序的情况（[`super::procedures::all`]）。只有送审日（含当日）已有的文书和附件才算作送审材料。
pub fn compute(case: &Case, law: &Law, documents: &[DocFact], procedures: &[ProcedureFact]) -> Option<Materials> {
    let l = case.legality.as_ref()?;
    let as_of = l.submitted_on;
    let rule = law.rule("legality_materials", as_of)?;
    let explain_rule = law.rule("legality_unperformed_explanation_required", as_of).unwrap_or(rule);
    let mut unknown = Vec::new();
    let mut empty_explanations = Vec::new();
    for (i, u) in l.unperformed.iter().enumerate() {
        if rule.item(&u.item).is_none() && Procedure::from_key(&u.item).is_none() {
            unknown.push(UnknownItem { field: format!("legality.unperformed[{i}].item"), code: u.item.clone() });
        } else if u.explanation.trim().is_empty() {
            empty_explanations.push(i);
        }
    }
    let attachments = case.archive.as_ref().map(|a| a.attachments.as_slice()).unwrap_or_default();
    for (i, a) in attachments.iter().enumerate() {
        if let Some(code) = a.legality_item.as_ref().filter(|c| rule.item(c).is_none()) {
            unknown.push(UnknownItem { field: format!("archive.attachments[{i}].legality_item"), code: code.clone() });
        }
    }
    let explained =
        |key: &str| l.unperformed.iter().find(|u| u.item == key && !u.explanation.trim().is_empty()).map(|u| u.explanation.clone());
    let items = rule
        .params
        .items
        .iter()
        .filter(|item| item.required_when.is_none_or(|c| holds(c, case, Some(as_of)) == Some(true)))
        .map(|item| {
            let key = item.key.as_str();
            let mut filed = Vec::new();
            let mut late = Vec::new();
            for d in documents.iter().filter(|d| item_for(d, rule) == Some(key)) {
                match d.date {
                    Some(date) if date <= as_of => {
                        filed.push(Filed::Document { doc: d.kind.doc, person: d.person.clone(), title: d.short_title() })
                    }
                    Some(date) => late.push((d.short_title(), date)),
                    None => {}
                }
            }
            for (i, a) in attachments.iter().enumerate().filter(|(_, a)| a.legality_item.as_deref() == Some(key)) {
                if a.date <= as_of {
                    filed.push(Filed::Attachment(i));
                } else {
                    late.push((a.title.clone(), a.date));
                }
            }
            let explanation = explained(key);
            let parts: Vec<Part> = item
                .covers
                .iter()
                .filter_map(|p| procedures.iter().find(|f| f.procedure == *p))
                .map(|f| Part {
                    procedure: f.procedure,
                    status: match f.done_on {
                        Some((d, _)) if d <= as_of => PartStatus::Done(d),
                        done => match explained(f.procedure.key()).or_else(|| explanation.clone()) {
                            Some(e) => PartStatus::Explained(e),
                            None if f.required == Some(false) => PartStatus::NotRequired,
                            None => PartStatus::Missing(done.map(|(d, _)| d)),
                        },
                    },
                })
                .collect();
            let status = if parts.iter().any(|p| matches!(p.status, PartStatus::Missing(_))) {
                MaterialStatus::Missing
            } else if !filed.is_empty() || parts.iter().any(|p| matches!(p.status, PartStatus::Done(_))) {
                MaterialStatus::Attached
            } else if explanation.is_some() || parts.iter().any(|p| matches!(p.status, PartStatus::Explained(_))) {
                MaterialStatus::Unperformed
            } else {
                MaterialStatus::Missing
            };
            ItemStatus { item, filed, late, explanation, parts, status }
        })
        .collect();
    Some(Materials { rule, as_of, explain_rule, items, unknown, empty_explanations })
}

impl Materials {
    /// 清单中的各项代号（报错时列出可用的代号）。
    pub fn codes(&self) -> Vec<&str> {
        self.rule.params.items.iter().map(|i| i.key.as_str()).collect()
    }

    /// 某项的中文名称（没有时为代号本身）。
    pub fn item_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.rule.item(key).map(|i| i.name.as_str()).unwrap_or(key)
    }
}
