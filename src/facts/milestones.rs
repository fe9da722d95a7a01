//! 程序中各时点（[`Milestone`]）在案卷中是哪一天、记在哪个字段。先后顺序的检查、必经程序的判断、
//! 送审材料“送审日是否已有”都读这里，不各自取日期。

use crate::input::case::{Case, Date};
use crate::law::{Milestone, Step};

/// 一个时点的日期和案卷字段；案卷未记录时为空。
pub fn date(case: &Case, m: Milestone) -> Option<(Date, &'static str)> {
    let p = case.participation.as_ref();
    let hearing = p.and_then(|p| p.hearing.as_ref());
    let legality = case.legality.as_ref();
    let joint = legality.and_then(|l| l.joint_review.as_ref());
    match m {
        Milestone::Started => case.decision.started_on.map(|d| (d, "decision.started_on")),
        Milestone::CommentPublished => p.and_then(|p| p.comment.as_ref()).map(|c| (c.published_on, "participation.comment.published_on")),
        Milestone::SymposiumHeld => p.and_then(|p| p.symposiums.iter().map(|s| s.date).min()).map(|d| (d, "participation.symposiums")),
        Milestone::HearingAnnounced => hearing.map(|h| (h.announced_on, "participation.hearing.announced_on")),
        Milestone::ParticipantsPublished => {
            hearing.and_then(|h| h.participants_published_on).map(|d| (d, "participation.hearing.participants_published_on"))
        }
        Milestone::Hearing => hearing.map(|h| (h.date, "participation.hearing.date")),
        Milestone::ParticipationDone => participation_done(case),
        Milestone::ExpertsStarted => case.experts.as_ref().map(|e| (e.materials_sent_on.unwrap_or(e.date), "experts.materials_sent_on")),
        Milestone::ExpertsDone => case.experts.as_ref().map(|e| match e.report_date {
            Some(d) => (d.max(e.date), "experts.report_date"),
            None => (e.date, "experts.date"),
        }),
        Milestone::RiskStarted => case.risk.as_ref().map(|r| (r.start, "risk.start")),
        Milestone::RiskDone => case.risk.as_ref().map(|r| match r.reassessments.iter().map(|x| x.date).max() {
            Some(d) if d > r.end => (d, "risk.reassessments"),
            _ => (r.end, "risk.end"),
        }),
        Milestone::RiskFiled => case.risk.as_ref().and_then(|r| r.committee_filed_on).map(|d| (d, "risk.committee_filed_on")),
        // 只记录了初审意见书、集体讨论纪要（记录型文书）而没有填写日期的，取文书的日期
        Milestone::PreReview => legality.and_then(|l| {
            l.pre_reviewed_on
                .map(|d| (d, "legality.pre_reviewed_on"))
                .or_else(|| l.pre_review.as_ref().map(|r| (r.date, "legality.pre_review.date")))
        }),
        Milestone::UnitDiscussion => legality.and_then(|l| {
            l.unit_discussed_on
                .map(|d| (d, "legality.unit_discussed_on"))
                .or_else(|| l.unit_discussion.as_ref().map(|r| (r.date, "legality.unit_discussion.date")))
        }),
        Milestone::LegalitySubmitted => legality.map(|l| (l.submitted_on, "legality.submitted_on")),
        Milestone::LegalityDone => legality.and_then(|l| l.completed_on).map(|d| (d, "legality.completed_on")),
        Milestone::JointAdvice => joint.and_then(|j| {
            j.advice_on
                .map(|d| (d, "legality.joint_review.advice_on"))
                .or_else(|| j.advice.as_ref().map(|a| (a.date, "legality.joint_review.advice.date")))
        }),
        Milestone::JointApproved => joint.and_then(|j| j.approved_on).map(|d| (d, "legality.joint_review.approved_on")),
        Milestone::Meeting => case.meeting.as_ref().map(|m| (m.date, "meeting.date")),
        Milestone::Published => case.publication.as_ref().map(|p| (p.published_on, "publication.published_on")),
        Milestone::Filed => case.publication.as_ref().and_then(|p| p.filed_on).map(|d| (d, "publication.filed_on")),
    }
}

/// 公众参与完成之日：征求意见截止、各次座谈会、听证报告（没有报告时为听证会）、意见采纳情况说明中最晚的一项。
/// 案卷没有任何公众参与的记录时为空。
fn participation_done(case: &Case) -> Option<(Date, &'static str)> {
    let p = case.participation.as_ref()?;
    let mut dates: Vec<(Date, &'static str)> = Vec::new();
    if let Some(c) = &p.comment {
        dates.push((c.end, "participation.comment.end"));
    }
    dates.extend(p.symposiums.iter().map(|s| (s.date, "participation.symposiums")));
    if let Some(h) = &p.hearing {
        dates.push(match &h.report {
            Some(r) => (r.date.max(h.date), "participation.hearing.report.date"),
            None => (h.date, "participation.hearing.date"),
        });
    }
    if let Some(a) = &p.adoption_report {
        dates.push((a.date, "participation.adoption_report.date"));
    }
    dates.into_iter().max_by_key(|(d, _)| *d)
}

/// 某一环节完成之日（程序履行情况说明写明“截至某日”是否已经完成）：决策启动为启动日，征求意见为截止日，
/// 座谈会为最后一次的日期，听证会为听证报告（没有报告时为听证会）的日期，意见的研究采纳为采纳情况说明的日期
/// （没有时为公众参与完成之日），专家论证、风险评估为其完成之日。其余环节为空。
pub fn step_done(case: &Case, step: Step) -> Option<Date> {
    let p = case.participation.as_ref();
    match step {
        Step::Decision => date(case, Milestone::Started).map(|(d, _)| d),
        Step::Comment => p.and_then(|p| p.comment.as_ref()).map(|c| c.end),
        Step::Symposium => p.and_then(|p| p.symposiums.iter().map(|s| s.date).max()),
        Step::Hearing => p.and_then(|p| p.hearing.as_ref()).map(|h| h.report.as_ref().map_or(h.date, |r| r.date.max(h.date))),
        Step::Participation => {
            p.and_then(|p| p.adoption_report.as_ref().map(|a| a.date)).or_else(|| date(case, Milestone::ParticipationDone).map(|(d, _)| d))
        }
        Step::Experts => date(case, Milestone::ExpertsDone).map(|(d, _)| d),
        Step::Risk => date(case, Milestone::RiskDone).map(|(d, _)| d),
        _ => None,
    }
}
