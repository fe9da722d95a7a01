//! 专家论证和风险评估的记录型文书：专家遴选、材料送达、论证会议记录、意见采纳反馈、委托合同、风险评估工作方案、结论和建议、备案。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let experts = case.experts.as_ref();
    let risk = case.risk.as_ref();
    Some(match doc {
        // 组织了专家论证就应有遴选情况和材料送达单
        DocId::ExpertSelection => Source::one("experts.selection", experts.and_then(|e| e.selection.as_ref()), experts.is_some()),
        DocId::ExpertDelivery => Source::one("experts.delivery", experts.and_then(|e| e.delivery.as_ref()), experts.is_some()),
        // 采取论证会（专家论证会议）方式的，应做好会议记录（赤峰专家论证办法 第十六条；人社厅专家论证办法 第十三条）
        DocId::ExpertMeetingRecord => Source::one(
            "experts.meeting_record",
            experts.and_then(|e| e.meeting_record.as_ref()),
            experts.is_some_and(|e| e.method.contains("会")),
        ),
        // 论证报告形成后研究采纳专家意见并反馈
        DocId::ExpertFeedback => {
            Source::one("experts.feedback", experts.and_then(|e| e.feedback.as_ref()), experts.is_some_and(|e| e.report_date.is_some()))
        }
        // 委托合同只在委托了专业机构、第三方时才有，不是每个案卷都应当制作
        DocId::Commission => Source::each("commissions", &case.commissions, false),
        DocId::RiskPlan => Source::one("risk.plan", risk.and_then(|r| r.plan.as_ref()), risk.is_some()),
        DocId::RiskRecommendation => Source::one("risk.recommendation", risk.and_then(|r| r.recommendation.as_ref()), risk.is_some()),
        DocId::RiskFiling => Source::one("risk.filing", risk.and_then(|r| r.filing.as_ref()), risk.is_some()),
        _ => return None,
    })
}
