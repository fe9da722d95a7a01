//! 听证会公告（赤峰公众参与规则 第十二条）：内容、字体、页数、可重复性。

mod common;
use common::*;

#[test]
fn notice_holds_the_five_items_of_article_12() {
    let dir = tmp();
    let pdf = render_notice(&sample(), dir.path());
    let text = flowing_text(&pdf);
    let must = [
        // 标题、开头
        "关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告",
        // （一）时间、地点
        "一、听证会时间、地点",
        "2026年6月12日（星期五）上午9:00",
        "赤峰市行政中心三楼第一会议室（松山区玉龙大街1号）",
        // （二）听证内容
        "二、听证内容",
        "包括收费区域划分、收费标准、免费时长和优惠措施",
        "（二）首30分钟免费的设置是否合适",
        // （三）名额和产生办法
        "三、听证会参加人名额和产生办法",
        "本次听证会设听证会参加人15名，其中机动车驾驶人代表5名、停车场经营者代表3名",
        "在赤峰市公证处公证下随机抽取",
        // （四）报名方法和联系方式
        "四、听证会报名方法和联系方式",
        "报名时间：2026年5月8日至2026年5月22日",
        "填写《听证会报名表》",
        "联系人：刘珺",
        "0476-8812346",
        "tingzheng@example.gov.cn",
        // （五）其他有关事项（标题照 赤峰公众参与规则 第十二条 的写法，取自规则表 hearing_notice_items）
        "五、其他有关事项",
        "听证会公开举行",
        "旁听人数不超过20名",
        // 落款
        "赤峰市发展和改革委员会",
        "2026年5月8日",
    ];
    for m in must {
        assert!(text.contains(&squash(m)), "公告中缺少“{m}”\n全文：{text}");
    }
    // 依据随规则体系（赤峰）而定
    assert!(text.contains("《赤峰市重大行政决策程序规定》"));
}

#[test]
fn notice_uses_the_house_fonts_and_pages() {
    let dir = tmp();
    let pdf = render_notice(&sample(), dir.path());
    let fonts = pdf_fonts(&pdf);
    let has = |n: &str| fonts.iter().any(|f| f.starts_with(n));
    assert!(has("FandolFang"), "正文应为仿宋：{fonts:?}");
    assert!(has("FandolHei"), "一级标题应为黑体：{fonts:?}");
    assert!(has("FandolSong-Bold"), "标题应为粗宋（小标宋）：{fonts:?}");
    let pages = pdf_pages(&pdf);
    assert!((2..=4).contains(&pages), "样例公告应为 2–4 页，实为 {pages}");
    // 页码“— N —”
    let text = pdf_text(&pdf);
    for p in 1..=pages {
        assert!(text.contains(&format!("—{p}—")), "缺少页码 — {p} —");
    }
}

#[test]
fn same_case_same_bytes() {
    let (a, b) = (tmp(), tmp());
    let pa = render_notice(&sample(), a.path());
    let pb = render_notice(&sample(), b.path());
    assert_eq!(std::fs::read(pa).unwrap(), std::fs::read(pb).unwrap(), "两次生成的 PDF 字节不同");
}

#[test]
fn output_defaults_next_to_the_case() {
    let dir = tmp();
    let case = dir.path().join("停车收费.yaml");
    std::fs::copy(sample(), &case).unwrap();
    let o = gen(&["notice", case.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.path().join("停车收费-文书/听证会公告.pdf").is_file());
    assert!(String::from_utf8_lossy(&o.stdout).contains("已生成"));
}
