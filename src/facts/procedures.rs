//! 五项法定程序在本案中的情况：是否必经（规则表 `participation_required`、`expert_review_required`、
//! `risk_assessment_required`，可带适用条件 `when`）、最迟须在哪一时点之前完成
//! （送审之前还是集体讨论之前，取决于规则表的先后顺序规则）、是否已履行及完成日期、未履行的说明。
//! 必经程序的检查、送审材料中“履行……程序的相关材料或者未履行上述程序的说明”一项、程序履行情况说明都读这里。

use super::materials::holds;
use super::milestones;
use crate::input::case::{Case, Date};
use crate::law::rules::{Condition, Rule};
use crate::law::{Law, Milestone, Procedure};

/// 一项程序。
#[derive(Debug, Clone)]
pub struct ProcedureFact {
    pub procedure: Procedure,
    /// 案卷记录了这项程序
    pub performed: bool,
    /// 完成日期和字段（已记录但尚未完成时为空，如合法性审查意见尚未出具）
    pub done_on: Option<(Date, &'static str)>,
    /// 规定这项程序是否必经的规则（规则表 `participation_required` 等在最迟时点（没有时为启动日）施行的一条）
    pub rule: Option<&'static Rule>,
    /// 适用条件（规则的 `when`）
    pub condition: Option<Condition>,
    /// 是否必经：是 / 否 / 无法判断（条件所需的案卷字段未填写）；规则表未列这项程序时为“否”
    pub required: Option<bool>,
    /// 最迟须在这一时点之前完成（案卷已记录的最早一个：送审或集体讨论或公布）
    pub due: Option<(Milestone, Date)>,
    /// 未履行的说明（legality.unperformed 中 item 为程序代号，或为包括这项程序的材料项）
    pub explanation: Option<String>,
}

impl ProcedureFact {
    /// 在 `date` 之前（含当日）已经完成。
    pub fn done_by(&self, date: Date) -> bool {
        self.done_on.is_some_and(|(d, _)| d <= date)
    }
}

/// 五项程序，按 [`Procedure::ALL`] 的顺序。
pub fn all(case: &Case, law: &Law) -> Vec<ProcedureFact> {
    Procedure::ALL.into_iter().map(|p| one(case, law, p)).collect()
}

fn one(case: &Case, law: &Law, procedure: Procedure) -> ProcedureFact {
    let due = due(case, law, procedure);
    let at = due.map(|(_, d)| d).or(case.decision.started_on);
    let rule = procedure.required_rule().and_then(|id| at.and_then(|d| law.rule(id, d)).or_else(|| law.own().rule_latest(id)));
    let condition = rule.and_then(|r| r.params.when);
    let required = match (rule, condition) {
        (None, _) => Some(false),
        (Some(_), None) => Some(true),
        (Some(_), Some(c)) => holds(c, case, None),
    };
    ProcedureFact {
        procedure,
        performed: performed(case, procedure),
        done_on: milestones::date(case, procedure.done()),
        rule,
        condition,
        required,
        due,
        explanation: explanation(case, procedure),
    }
}

/// 案卷记录了这项程序。
fn performed(case: &Case, procedure: Procedure) -> bool {
    match procedure {
        Procedure::PublicParticipation => case
            .participation
            .as_ref()
            .is_some_and(|p| p.comment.is_some() || p.hearing.is_some() || !p.symposiums.is_empty() || p.adoption_report.is_some()),
        Procedure::ExpertReview => case.experts.is_some(),
        Procedure::RiskAssessment => case.risk.is_some(),
        Procedure::LegalityReview => case.legality.is_some(),
        Procedure::CollectiveDiscussion => case.meeting.is_some(),
    }
}

/// 最迟须在哪一时点之前完成：送审（规则表 `order_before_legality_submission` 列有这项程序的完成时点时）、
/// 集体讨论（公众参与、专家论证、风险评估、合法性审查）、公布（集体讨论决定）中案卷已记录的最早一个。
pub fn due(case: &Case, law: &Law, procedure: Procedure) -> Option<(Milestone, Date)> {
    let mut candidates = Vec::new();
    if let Some((submitted, _)) = milestones::date(case, Milestone::LegalitySubmitted) {
        let listed = law.rule("order_before_legality_submission", submitted).is_some_and(|r| r.item(procedure.done().key()).is_some());
        if listed {
            candidates.push(Milestone::LegalitySubmitted);
        }
    }
    candidates.push(match procedure {
        Procedure::CollectiveDiscussion => Milestone::Published,
        _ => Milestone::Meeting,
    });
    candidates.into_iter().filter_map(|m| milestones::date(case, m).map(|(d, _)| (m, d))).min_by_key(|(_, d)| *d)
}

/// 未履行的说明：legality.unperformed 中 item 为程序代号的一条，没有时为包括这项程序的材料项
/// （如 participation_materials、expert_opinions，见 [`crate::law::Step::explained_by`]）的一条。
pub fn explanation(case: &Case, procedure: Procedure) -> Option<String> {
    let unperformed = case.legality.as_ref().map(|l| l.unperformed.as_slice()).unwrap_or_default();
    let filled =
        |item: &str| unperformed.iter().find(|u| u.item == item && !u.explanation.trim().is_empty()).map(|u| u.explanation.clone());
    filled(procedure.key()).or_else(|| procedure.steps().iter().flat_map(|s| s.explained_by()).find_map(|item| filled(item)))
}
