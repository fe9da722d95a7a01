//! 启动与起草的记录型文书：决策事项建议、启动决定、调查研究、起草说明、征求有关单位意见、方式审批。
use super::Source;
use crate::input::case::{Case, Jurisdiction};
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let d = &case.decision;
    let consultation = case.consultation.as_ref();
    Some(match doc {
        // 启动决策程序之前，建议已经研究论证并报请决策机关（条例 第十条）；赤峰规定 第十一条：列入目录的事项适时启动，
        // 只有新增的事项才须研究论证
        DocId::Proposal => Source::one(
            "decision.proposal",
            d.proposal.as_ref(),
            d.started_on.is_some() && !(case.rules == Jurisdiction::Chifeng && d.catalogue_year.is_some()),
        ),
        // 已决定启动决策程序（条例 第十一条）
        DocId::Initiation => Source::one("decision.initiation", d.initiation.as_ref(), d.started_on.is_some()),
        // 人社厅：采用公开征求意见、听证会、专家论证等方式前经分管厅领导同意（只有人社厅的规则表列出依据）
        DocId::MethodApproval => Source::each("decision.method_approvals", &d.method_approvals, methods_used(case)),
        // 决策草案形成之前调查研究（条例 第十二条）；草案已经形成（进入公众参与等环节）时应有
        DocId::Research => Source::one("decision.research", d.research.as_ref(), drafted(case)),
        // 公开征求意见时即须公布决策草案及其说明（条例 第十五条）
        DocId::DraftExplanation => Source::one("decision.explanation", d.explanation.as_ref(), drafted(case)),
        // 赤峰规定 第十五条、第二十九条（三）和昌黎规定 第十三条、第四十条（六）：都须征求有关单位意见；
        // 条例 第十三条、人社厅程序办法 第十二条：涉及其他单位职责的（有其他承办单位时必然涉及）
        DocId::Consultation => Source::one(
            "consultation",
            consultation,
            drafted(case) && (matches!(case.rules, Jurisdiction::Chifeng | Jurisdiction::Changli) || !d.co_units.is_empty()),
        ),
        // 不能取得一致意见的，向决策机关说明争议（条例 第十三条）
        DocId::Dispute => Source::one(
            "consultation.dispute",
            consultation.and_then(|c| c.dispute.as_ref()),
            consultation.is_some_and(|c| c.agreed == Some(false)),
        ),
        _ => return None,
    })
}

/// 决策草案已经形成：已进入公众参与、专家论证、风险评估、合法性审查或集体讨论。
fn drafted(case: &Case) -> bool {
    case.participation.is_some() || case.experts.is_some() || case.risk.is_some() || case.legality.is_some() || case.meeting.is_some()
}

/// 案卷中已采用须经分管厅领导同意的方式（公开征求意见、听证会、专家论证）。
fn methods_used(case: &Case) -> bool {
    let p = case.participation.as_ref();
    p.is_some_and(|p| p.comment.is_some() || p.hearing.is_some()) || case.experts.is_some()
}
