//! 各程序环节是否履行、未履行的说明，以及几个由案卷算出、文书要引用的数目
//! （征求意见的天数、听证参加人数、论证专家人数、会议表态的多数）。

use std::collections::BTreeMap;

use serde::Serialize;

use super::deadlines::{Deadline, Period};
use crate::input::case::{Case, Date, MeetingDecision, RiskLevel, Stance};
use crate::law::{Procedure, Step};

/// 一个环节的履行情况。
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepFact {
    pub step: Step,
    pub performed: bool,
    /// 未履行时 legality.unperformed 中的说明（按 [`Step::explained_by`] 的顺序取第一个）
    pub explanation: Option<String>,
}

/// 各环节（程序履行情况说明逐一写明）：决策启动至合法性审查都列出；集体讨论、公布只在已进行时列出。
pub fn all(case: &Case) -> Vec<StepFact> {
    let p = case.participation.as_ref();
    let mut list = vec![
        (Step::Decision, case.decision.started_on.is_some()),
        (Step::Comment, p.is_some_and(|p| p.comment.is_some())),
        (Step::Symposium, p.is_some_and(|p| !p.symposiums.is_empty())),
        (Step::Hearing, p.is_some_and(|p| p.hearing.is_some())),
        (Step::Participation, p.is_some_and(|p| !p.opinions.is_empty())),
        (Step::Experts, case.experts.is_some()),
        (Step::Risk, case.risk.is_some()),
        (Step::Legality, case.legality.is_some()),
    ];
    if case.meeting.is_some() {
        list.push((Step::Meeting, true));
    }
    if case.publication.is_some() {
        list.push((Step::Publication, true));
    }
    let unperformed = case.legality.as_ref().map(|l| l.unperformed.as_slice()).unwrap_or_default();
    list.into_iter()
        .map(|(step, performed)| {
            let of_procedure = Procedure::ALL.into_iter().find(|p| p.steps().contains(&step));
            let explanation = (!performed)
                .then(|| match of_procedure {
                    Some(p) => super::procedures::explanation(case, p),
                    None => unperformed.iter().find(|u| step.explained_by().contains(&u.item.as_str())).map(|u| u.explanation.clone()),
                })
                .flatten();
            StepFact { step, performed, explanation }
        })
        .collect()
}

/// 会议表态的统计（条例 第三十条：行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由）。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Tally {
    /// 赞成（同意、原则同意）的人数
    pub agree: usize,
    /// 反对（不同意）的人数
    pub disagree: usize,
    /// 决定与多数意见不一致：决定为通过、原则通过而反对多于赞成，或决定为不予通过而赞成多于反对
    pub against_majority: bool,
}

/// 会议表态的统计；案卷没有集体讨论时为空。
pub fn tally(case: &Case) -> Option<Tally> {
    let m = case.meeting.as_ref()?;
    let agree = m.opinions.iter().filter(|o| matches!(o.stance, Some(Stance::Agree | Stance::AgreeInPrinciple))).count();
    let disagree = m.opinions.iter().filter(|o| o.stance == Some(Stance::Disagree)).count();
    let against_majority = (m.decision.approves() && disagree > agree) || (m.decision == MeetingDecision::Reject && agree > disagree);
    Some(Tally { agree, disagree, against_majority })
}

/// 文书中引用的事实（模板中写作 `facts.…`）。
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// 各环节是否履行：环节代号（decision、comment、symposium、hearing、participation、experts、risk、legality、
    /// meeting、publication）→ 是否
    pub performed: BTreeMap<Step, bool>,
    /// 是否履行了公众参与程序（公开征求意见、座谈会、听证会之一，或收到了公众意见）
    pub participation_performed: bool,
    /// 公开征求意见的天数（与程序检查核对的天数相同；见 docs/counting.md）
    pub comment_days: Option<i64>,
    /// 听证参加人数：记录的参加人数与名额中较多的一个
    pub hearing_participants: Option<usize>,
    /// 论证专家人数
    pub expert_count: Option<usize>,
    /// 会议表态的统计
    pub meeting: Option<Tally>,
    /// 风险评估的最终结论（有重新评估的，为最后一次；见 src/facts/risk.rs）
    pub risk: Option<RiskFinal>,
    /// 集体讨论之前已经完成的程序（公众参与、专家论证、风险评估、合法性审查）：程序代号 → 是否。
    /// 会议纪要据此写明承办单位汇报了哪些程序的情况；没有集体讨论时为空
    pub before_meeting: BTreeMap<Procedure, bool>,
}

/// 风险评估的最终结论（风险评估报告、会议纪要印出）。
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RiskFinal {
    /// 最终的风险等级
    pub level: Option<RiskLevel>,
    /// 最终是否可控
    pub controllable: Option<bool>,
    /// 最终结论的日期
    pub on: Date,
    /// 是否经过重新评估
    pub reassessed: bool,
}

pub fn summary(case: &Case, steps: &[StepFact], deadlines: &[Deadline], procedures: &[super::ProcedureFact]) -> Summary {
    let performed: BTreeMap<Step, bool> = steps.iter().map(|s| (s.step, s.performed)).collect();
    let any = |s: Step| performed.get(&s).copied().unwrap_or(false);
    let hearing = case.participation.as_ref().and_then(|p| p.hearing.as_ref());
    Summary {
        participation_performed: any(Step::Comment) || any(Step::Symposium) || any(Step::Hearing) || any(Step::Participation),
        performed,
        comment_days: deadlines.iter().find(|d| d.period == Period::Comment).and_then(|d| d.measured.clone()).and_then(Result::ok),
        hearing_participants: hearing.map(|h| h.participants.len().max(h.quota as usize)),
        expert_count: case.experts.as_ref().map(|e| e.members.len()),
        meeting: tally(case),
        before_meeting: case
            .meeting
            .as_ref()
            .map(|m| {
                procedures
                    .iter()
                    .filter(|p| p.procedure != Procedure::CollectiveDiscussion)
                    .map(|p| (p.procedure, p.done_on.is_some_and(|(d, _)| d < m.date)))
                    .collect()
            })
            .unwrap_or_default(),
        risk: super::risk::outcome(case).map(|o| RiskFinal {
            level: o.level,
            controllable: o.controllable,
            on: o.on,
            reassessed: o.field == "risk.reassessments",
        }),
    }
}
