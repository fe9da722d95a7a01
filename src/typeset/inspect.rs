//! 检查排版结果：按行取出每页的文字和位置（毫米），用于版心、行数、字数的测试与自查。

use typst::layout::{Abs, Frame, FrameItem, Point};
use typst_layout::PagedDocument;

/// 页面上的一行文字。
#[derive(Debug, Clone)]
pub struct Line {
    /// 行首文字左边缘距纸张左边（毫米）
    pub left_mm: f64,
    /// 行尾文字右边缘距纸张左边（毫米）
    pub right_mm: f64,
    /// 基线距纸张上边（毫米）
    pub baseline_mm: f64,
    /// 字号（磅）
    pub size_pt: f64,
    pub text: String,
}

/// 每页的文字行（同一基线的文字合为一行，自上而下）。
pub fn lines(doc: &PagedDocument) -> Vec<Vec<Line>> {
    doc.pages()
        .iter()
        .map(|p| {
            let mut runs = Vec::new();
            walk(&p.frame, Point::zero(), &mut runs);
            group(runs)
        })
        .collect()
}

struct Run {
    x: Abs,
    y: Abs,
    width: Abs,
    size: Abs,
    text: String,
}

fn walk(frame: &Frame, origin: Point, out: &mut Vec<Run>) {
    for (pos, item) in frame.items() {
        let at = origin + *pos;
        match item {
            FrameItem::Group(g) => walk(&g.frame, at + Point::new(g.transform.tx, g.transform.ty), out),
            FrameItem::Text(t) => out.push(Run { x: at.x, y: at.y, width: t.width(), size: t.size, text: t.text.to_string() }),
            _ => {}
        }
    }
}

fn group(mut runs: Vec<Run>) -> Vec<Line> {
    runs.sort_by(|a, b| a.y.to_pt().total_cmp(&b.y.to_pt()).then(a.x.to_pt().total_cmp(&b.x.to_pt())));
    let mut lines: Vec<Line> = Vec::new();
    for r in runs {
        let (l, rt, base) = (r.x.to_mm(), (r.x + r.width).to_mm(), r.y.to_mm());
        match lines.last_mut() {
            Some(last) if (last.baseline_mm - base).abs() < 0.5 => {
                last.text.push_str(&r.text);
                last.left_mm = last.left_mm.min(l);
                last.right_mm = last.right_mm.max(rt);
            }
            _ => lines.push(Line { left_mm: l, right_mm: rt, baseline_mm: base, size_pt: r.size.to_pt(), text: r.text }),
        }
    }
    lines
}
