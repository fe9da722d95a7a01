//! 公众参与的记录型文书：听证参加人遴选办法、报名表、名单公告、听证会记录、座谈会通知、实地走访、问卷和民意调查、意见反馈、列席代表名单。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let p = case.participation.as_ref();
    let hearing = p.and_then(|p| p.hearing.as_ref());
    let no_polls: &[crate::input::case::Poll] = &[];
    let polls = p.map(|p| p.polls.as_slice()).unwrap_or(no_polls);
    Some(match doc {
        // 决定举行听证会（案卷记录了听证会）就应提前公布遴选办法和报名表
        DocId::HearingSelection => {
            Source::one("participation.hearing.selection", hearing.and_then(|h| h.selection.as_ref()), hearing.is_some())
        }
        DocId::HearingForm => Source::one("participation.hearing.form", hearing.and_then(|h| h.form.as_ref()), hearing.is_some()),
        // 遴选出参加人（或记录了名单公布日期）后，应在听证会前公布名单
        DocId::HearingParticipants => Source::one(
            "participation.hearing.participants_notice",
            hearing.and_then(|h| h.participants_notice.as_ref()),
            hearing.is_some_and(|h| !h.participants.is_empty() || h.participants_published_on.is_some()),
        ),
        // 听证会已开（有听证报告，或案卷日期已过听证会日期）就应有记录
        DocId::HearingRecord => Source::one(
            "participation.hearing.record",
            hearing.and_then(|h| h.record.as_ref()),
            hearing.is_some_and(|h| h.report.is_some()),
        ),
        // 每次座谈会一份；没有座谈会就没有通知
        DocId::SymposiumNotice => {
            let list = p.map(|p| p.symposiums.as_slice()).unwrap_or_default();
            Source::each("participation.symposiums", list, false)
        }
        // 实地走访、问卷调查是可选的听取意见方式：案卷记录了才制作
        DocId::FieldVisitPlan => Source::one("participation.field_visit", p.and_then(|p| p.field_visit.as_ref()), false),
        DocId::Questionnaire => Source::each("participation.polls", polls, false),
        // 作了民意调查就应作出民意调查报告（昌黎规定 第二十条、第二十一条（四））
        DocId::PollReport => {
            let list = p.map(|p| p.poll_reports.as_slice()).unwrap_or_default();
            Source::each("participation.poll_reports", list, !polls.is_empty())
        }
        // 是否“相对集中”由承办单位判断，案卷记录了才制作
        DocId::OpinionFeedback => Source::one("participation.feedback", p.and_then(|p| p.feedback.as_ref()), false),
        _ => return None,
    })
}
