//! 合法性审查的记录型文书：初审意见、集体讨论纪要、公平竞争审查、法律意见书、补送材料通知、审查意见书、未采纳说明、会审、法律风险明示。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    // 本环节的文书写在这里：DocId::X => Source::one("案卷中的位置", 记录, 应当制作了吗),
    let _ = (case, doc);
    None
}
