//! 检查排版结果：按行取出每页的文字和位置（毫米）、印章位置和模板留下的标记，
//! 用于版心、行数、字数、落款的测试与自查（tests/gbt9704.rs 的版式检查逐页读它）。

use typst::layout::{Abs, Frame, FrameItem, Point};
use typst::visualize::Geometry;
use typst_layout::PagedDocument;

pub use crate::documents::layout::{Line, Page};

/// 每页的文字行（同一基线的文字合为一行，自上而下）。
pub fn lines(doc: &PagedDocument) -> Vec<Vec<Line>> {
    pages(doc).into_iter().map(|p| p.lines).collect()
}

/// 每页的文字行、文字段、印章和标记。
pub fn pages(doc: &PagedDocument) -> Vec<Page> {
    doc.pages()
        .iter()
        .map(|p| {
            let mut found = Found::default();
            walk(&p.frame, Point::zero(), &mut found);
            sort_runs(&mut found.runs);
            Page {
                lines: group(&found.runs, f64::INFINITY),
                segments: group(&found.runs, SEGMENT_GAP_MM),
                seals: found.seals,
                marks: found.marks,
                size_mm: (p.frame.width().to_mm(), p.frame.height().to_mm()),
            }
        })
        .collect()
}

/// 同一基线上两段文字相隔超过此距离（毫米）即为不同的段：表格单元格之间至少隔两倍内边距（约 3.5mm），
/// 两端对齐的正文字间距远小于此。
const SEGMENT_GAP_MM: f64 = 2.5;

struct Run {
    x: Abs,
    y: Abs,
    width: Abs,
    size: Abs,
    font: String,
    text: String,
}

#[derive(Default)]
struct Found {
    runs: Vec<Run>,
    seals: Vec<[f64; 4]>,
    marks: Vec<(String, f64)>,
}

fn walk(frame: &Frame, origin: Point, out: &mut Found) {
    for (pos, item) in frame.items() {
        let at = origin + *pos;
        match item {
            FrameItem::Group(g) => walk(&g.frame, at + Point::new(g.transform.tx, g.transform.ty), out),
            // 左边缘取文字起点：行首的开括号“（《”挤掉空白的左半边（字形向左偏移半字），
            // 字面的外框伸到版心外半字，看得见的笔画仍从版心左边起（见 tests/gbt9704.rs）
            // 右边缘取最后一个字的字身：两端对齐加在字后的字距不算（否则排满的行看起来伸出版心约 1mm）
            FrameItem::Text(t) => out.runs.push(Run {
                x: at.x,
                y: at.y,
                width: ink_width(t),
                size: t.size,
                font: t.font.info().family.clone(),
                text: t.text.to_string(),
            }),
            FrameItem::Shape(s, _) => {
                // 印章位置：虚线描边的近似正圆（外接框宽高相等且大于 30mm）
                let dashed = s.stroke.as_ref().is_some_and(|st| st.dash.is_some());
                if dashed && matches!(s.geometry, Geometry::Curve(_)) {
                    let b = s.bbox(false);
                    let (w, h) = ((b.max.x - b.min.x).to_mm(), (b.max.y - b.min.y).to_mm());
                    if w > 30.0 && (w - h).abs() < 1.0 {
                        out.seals.push([
                            (at.x + b.min.x).to_mm(),
                            (at.y + b.min.y).to_mm(),
                            (at.x + b.max.x).to_mm(),
                            (at.y + b.max.y).to_mm(),
                        ]);
                    }
                }
            }
            FrameItem::Tag(typst::introspection::Tag::Start(elem, _)) => {
                if let Some(label) = elem.label() {
                    out.marks.push((label.resolve().to_string(), at.y.to_mm()));
                }
            }
            _ => {}
        }
    }
}

/// 文字段的宽度到最后一个看得见的字为止：行末的空格和两端对齐加在最后一个字后的字距不算。
fn ink_width(t: &typst::text::TextItem) -> Abs {
    let mut w = t.width();
    for g in t.glyphs.iter().rev() {
        if t.text[g.range()].chars().all(char::is_whitespace) {
            w -= g.x_advance.at(t.size);
        } else {
            return w - justified_excess(t, g);
        }
    }
    w
}

/// 两端对齐加在一行最后一个字后的字距：汉字的字身是一字宽，行末的全角标点挤去一半后是半字宽。
fn justified_excess(t: &typst::text::TextItem, g: &typst::text::Glyph) -> Abs {
    let c = t.text[g.range()].chars().next().unwrap_or(' ');
    let natural = if "，。、；：？！）》」』】〕".contains(c) {
        typst::layout::Em::new(0.5)
    } else if c.is_ascii() {
        return Abs::zero();
    } else {
        typst::layout::Em::one()
    };
    (g.x_advance - natural).at(t.size).max(Abs::zero())
}

/// 自上而下、同一基线（相差不到 0.5mm，行内的盒子里的文字基线可能差一点）自左而右。
fn sort_runs(runs: &mut [Run]) {
    runs.sort_by(|a, b| a.y.to_pt().total_cmp(&b.y.to_pt()));
    let mut start = 0;
    for i in 1..=runs.len() {
        if i == runs.len() || (runs[i].y - runs[start].y).to_mm() >= 0.5 {
            runs[start..i].sort_by(|a, b| a.x.to_pt().total_cmp(&b.x.to_pt()));
            start = i;
        }
    }
}

fn group(runs: &[Run], gap_mm: f64) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for r in runs {
        let (l, rt, base) = (r.x.to_mm(), (r.x + r.width).to_mm(), r.y.to_mm());
        // 同一基线上按从左到右排列；排序后要并入的只可能是同一基线上最近的一段
        let same = lines.iter_mut().rev().take_while(|x| (x.baseline_mm - base).abs() < 0.5).find(|x| l - x.right_mm <= gap_mm);
        match same {
            Some(last) => {
                last.text.push_str(&r.text);
                last.left_mm = last.left_mm.min(l);
                last.right_mm = last.right_mm.max(rt);
            }
            None => lines.push(Line {
                left_mm: l,
                right_mm: rt,
                baseline_mm: base,
                size_pt: r.size.to_pt(),
                font: r.font.clone(),
                text: r.text.clone(),
            }),
        }
    }
    lines
}
