//! 合法性审查的记录型文书：初审意见、集体讨论纪要、公平竞争审查、法律意见书、补送材料通知、审查意见书、未采纳说明、会审、法律风险明示。
use super::Source;
use crate::input::case::{Case, LegalityConclusion};
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let l = case.legality.as_ref();
    // 已送请合法性审查（案卷有 legality 一节）
    let submitted = l.is_some();
    let joint = l.and_then(|l| l.joint_review.as_ref());
    Some(match doc {
        // 送审前本单位法制机构初审、集体讨论通过（赤峰规定 第二十八条；昌黎规定 第四十条）
        DocId::PreReview => Source::one("legality.pre_review", l.and_then(|l| l.pre_review.as_ref()), submitted),
        DocId::UnitDiscussion => Source::one("legality.unit_discussion", l.and_then(|l| l.unit_discussion.as_ref()), submitted),
        // 决策草案涉及市场主体经济活动的（不填时按是否开展了公平竞争审查推定）
        DocId::FairCompetition => Source::one(
            "legality.fair_competition",
            l.and_then(|l| l.fair_competition.as_ref()),
            l.is_some_and(|l| case.decision.market_activity.unwrap_or(l.fair_competition_done)),
        ),
        // 审查意见已出具：审查过程中应已组织法律顾问、公职律师提出法律意见
        DocId::LegalOpinion => Source::each(
            "legality.legal_opinions",
            l.map(|l| l.legal_opinions.as_slice()).unwrap_or_default(),
            l.is_some_and(|l| l.completed_on.is_some()),
        ),
        // 只在退回或要求补充时制作
        DocId::SupplementNotice => Source::each("legality.supplements", l.map(|l| l.supplements.as_slice()).unwrap_or_default(), false),
        DocId::LegalityOpinion => {
            Source::one("legality.opinion_letter", l.and_then(|l| l.opinion_letter.as_ref()), l.is_some_and(|l| l.completed_on.is_some()))
        }
        // 决策承办单位未采纳审查意见的（赤峰规定 第三十三条）
        DocId::NonAdoption => {
            Source::one("legality.non_adoption", l.and_then(|l| l.non_adoption.as_ref()), l.is_some_and(|l| l.adopted == Some(false)))
        }
        // 会审部门收到材料即应提出书面意见（昌黎规定 第四十二条）
        DocId::JointReviewOpinion => {
            Source::each("legality.joint_review.opinions", joint.map(|j| j.opinions.as_slice()).unwrap_or_default(), joint.is_some())
        }
        DocId::JointAdvice => {
            Source::one("legality.joint_review.advice", joint.and_then(|j| j.advice.as_ref()), joint.is_some_and(|j| j.advice_on.is_some()))
        }
        DocId::ReviewApproval => Source::one(
            "legality.joint_review.approval",
            joint.and_then(|j| j.approval.as_ref()),
            joint.is_some_and(|j| j.advice_on.is_some()),
        ),
        // 经审查不合法、仍作为探索性改革事项提交讨论的（条例 第二十五条）
        DocId::LegalRisk => Source::one(
            "legality.legal_risk",
            l.and_then(|l| l.legal_risk.as_ref()),
            l.is_some_and(|l| l.conclusion == Some(LegalityConclusion::Unlawful) && l.legal_risk_statement.is_some()),
        ),
        _ => return None,
    })
}
