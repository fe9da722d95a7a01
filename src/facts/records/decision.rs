//! 集体讨论和公布的记录型文书：报送材料、列席代表名单、向党委请示和向人大报告、决策公布和解读、审议情况公开、备案报告。
use super::{Filled, Source};
use crate::input::case::{Case, Jurisdiction, MeetingDecision};
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let meeting = case.meeting.as_ref();
    let publication = case.publication.as_ref();
    // 依法不予公开的决策事项不公布、不公开审议情况（条例 第三十二条“依法不予公开的除外”；赤峰公众参与规则 第十八条）
    let public = !case.decision.undisclosed.filled();
    // 会议决定通过（含原则通过、昌黎“修改后签发”）的决策即将出台：出台前向党委请示、向人大常委会报告
    let adopted = meeting
        .is_some_and(|m| matches!(m.decision, MeetingDecision::Approve | MeetingDecision::ApproveInPrinciple | MeetingDecision::Revise));
    Some(match doc {
        // 已开会讨论，承办单位此前必已报送材料
        DocId::MeetingMaterials => Source::one("meeting.materials", meeting.and_then(|m| m.materials.as_ref()), meeting.is_some()),
        // 邀请了相关方代表列席的，名单随会议方案报审（赤峰公众参与规则 第十七条：“可以”邀请）
        DocId::StakeholderList => Source::one(
            "meeting.stakeholder_list",
            meeting.and_then(|m| m.stakeholder_list.as_ref()),
            meeting.is_some_and(|m| !m.stakeholders.is_empty()),
        ),
        DocId::PartyRequest => Source::one("meeting.party_request", meeting.and_then(|m| m.party_request.as_ref()), adopted),
        DocId::NpcReport => Source::one("meeting.npc_report", meeting.and_then(|m| m.npc_report.as_ref()), adopted),
        DocId::Announcement => {
            Source::one("publication.announcement", publication.and_then(|p| p.announcement.as_ref()), publication.is_some() && public)
        }
        // 对社会公众普遍关心或者专业性、技术性较强的决策应当解读（条例 第三十二条）；
        // 赤峰公众参与规则 第十九条：决策承办单位要运用多种形式对决策内容开展解读（不论事项）
        DocId::Interpretation => Source::one(
            "publication.interpretation",
            publication.and_then(|p| p.interpretation.as_ref()),
            publication.is_some()
                && public
                && (case.rules == Jurisdiction::Chifeng || case.decision.complex || case.decision.technical == Some(true)),
        ),
        DocId::DeliberationDisclosure => Source::one(
            "publication.deliberation_disclosure",
            publication.and_then(|p| p.deliberation_disclosure.as_ref()),
            meeting.is_some() && public,
        ),
        DocId::FilingReport => {
            Source::one("publication.filing_report", publication.and_then(|p| p.filing_report.as_ref()), publication.is_some())
        }
        _ => return None,
    })
}
