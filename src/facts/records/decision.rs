//! 集体讨论和公布的记录型文书：报送材料、列席代表名单、向党委请示和向人大报告、决策公布和解读、审议情况公开、备案报告。
use super::Source;
use crate::input::case::Case;
use crate::law::catalogue::DocId;

pub(super) fn source(case: &Case, doc: DocId) -> Option<Source<'_>> {
    // 本环节的文书写在这里：DocId::X => Source::one("案卷中的位置", 记录, 应当制作了吗),
    let _ = (case, doc);
    None
}
