//! 版式（GB/T 9704-2012，docs/domain.md §5）：A4，版心 156mm×225mm，天头 37mm，订口 28mm；
//! 正文 3号仿宋每页 22 行、每行 28 字；页码“— N —”单页居右、双页居左。

mod common;
use common::*;
use juece::law::catalogue;
use juece::session::{Options, Session};
use juece::typeset::inspect;

/// 只有一段长正文的模板（纯汉字，无标点，便于数字数）。
fn long_body_template(dir: &std::path::Path) {
    let han = "重大行政决策程序文书生成工具版式测试用字依照党政机关公文格式国家标准排版每行二十八字每页二十二行";
    let body: String = han.chars().cycle().take(28 * 60).collect();
    let t = format!("#import \"/house.typ\": *\n#show: 公文\n\n#标题[版式测试]\n\n{body}\n");
    std::fs::write(dir.join("hearing_notice.typ.j2"), t).unwrap();
}

/// 用长正文模板排版样例，返回排版结果。
fn layout_long_body() -> typst_layout::PagedDocument {
    let dir = tmp();
    long_body_template(dir.path());
    let session = Session::open(&sample(), &Options { templates_dir: Some(dir.path().to_path_buf()), ..Options::default() }).unwrap();
    session.layout(catalogue::find("notice").unwrap()).unwrap()
}

#[test]
fn body_pages_hold_22_lines_of_28_characters_inside_the_type_area() {
    let doc = layout_long_body();
    let pages = inspect::lines(&doc);
    assert!(pages.len() >= 3);
    for (i, page) in pages.iter().enumerate().skip(1).take(1) {
        let body: Vec<_> = page.iter().filter(|l| (l.size_pt - 16.0).abs() < 0.1).collect();
        assert_eq!(body.len(), 22, "第{}页正文应为22行，实为{}行", i + 1, body.len());
        for l in &body {
            assert_eq!(l.text.chars().count(), 28, "每行应为28字：{}", l.text);
        }
        // 版心：单页（第3页）左边距 28mm，双页（第2页）左边距 26mm（订口在内侧）；宽 156mm
        let left = if (i + 1) % 2 == 1 { 28.0 } else { 26.0 };
        for l in &body {
            assert!((l.left_mm - left).abs() < 0.3, "左边缘 {:.2}mm，应为 {left}mm", l.left_mm);
            assert!(l.right_mm <= left + 156.0 + 0.3, "右边缘 {:.2}mm 超出版心", l.right_mm);
            assert!(l.right_mm >= left + 156.0 - 1.0, "两端对齐后右边缘 {:.2}mm 应接近版心右边", l.right_mm);
        }
        // 第一行字顶在天头 37mm 处（基线 = 37mm + 0.88 × 16pt），最后一行底不超过 37 + 225 mm
        let first_top = body[0].baseline_mm - 0.88 * 16.0 * 0.3528;
        assert!((first_top - 37.0).abs() < 0.3, "首行字顶 {first_top:.2}mm，应为 37mm");
        let last_bottom = body[21].baseline_mm + 0.12 * 16.0 * 0.3528;
        assert!(last_bottom <= 262.3, "末行字底 {last_bottom:.2}mm 超出版心下边 262mm");
        // 行距：相邻基线相距 29.6pt（一行 = 一字高 + 3号字高 × 7/8）
        for w in body.windows(2) {
            let d = (w[1].baseline_mm - w[0].baseline_mm) / 0.3528;
            assert!((d - 29.6).abs() < 0.05, "行距 {d:.2}pt");
        }
    }
}

#[test]
fn page_numbers_alternate_sides_with_dashes() {
    let doc = layout_long_body();
    for (i, page) in inspect::lines(&doc).iter().enumerate() {
        let n = i + 1;
        let folio = page.iter().find(|l| l.text.replace(' ', "") == format!("—{n}—")).unwrap_or_else(|| panic!("第{n}页没有页码"));
        assert!((folio.size_pt - 14.0).abs() < 0.1, "页码应为4号字");
        // 单页码居右空一字（右边缘 = 210 - 26 - 1 字），双页码居左空一字
        if n % 2 == 1 {
            assert!((folio.right_mm - (210.0 - 26.0 - 14.0 * 0.3528)).abs() < 0.5, "单页页码右边缘 {:.1}mm", folio.right_mm);
        } else {
            assert!((folio.left_mm - (26.0 + 14.0 * 0.3528)).abs() < 0.5, "双页页码左边缘 {:.1}mm", folio.left_mm);
        }
        // 页码在版心下边缘之下约 7mm
        assert!(folio.baseline_mm > 262.0 + 7.0 && folio.baseline_mm < 262.0 + 14.0, "页码基线 {:.1}mm", folio.baseline_mm);
    }
}
