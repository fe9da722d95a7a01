//! 公众参与的记录型文书：听证参加人遴选办法、报名表、名单公告、听证会记录、座谈会通知、实地走访、问卷和民意调查、意见反馈、列席代表名单。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    let hearing = case.participation.as_ref().and_then(|p| p.hearing.as_ref());
    Some(match doc {
        // 听证会已开（有听证报告，或案卷日期已过听证会日期）就应有记录
        DocId::HearingRecord => Source::one(
            "participation.hearing.record",
            hearing.and_then(|h| h.record.as_ref()),
            hearing.is_some_and(|h| h.report.is_some()),
        ),
        _ => return None,
    })
}
