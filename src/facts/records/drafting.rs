//! 启动与起草的记录型文书：决策事项建议、启动决定、调查研究、起草说明、征求有关单位意见、方式审批。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    // 本环节的文书写在这里：DocId::X => Source::one("案卷中的位置", 记录, 应当制作了吗),
    let _ = (case, doc);
    None
}
