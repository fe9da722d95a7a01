//! 标题回行（GB/T 9704-2012 7.3.1）：“回行时要做到词意完整，排列对称，长短适宜”。
//! 只在词与词之间回行，行数最少，各行长短最接近；案卷中的名称不拆开。

mod common;
use common::*;

use std::path::Path;
use std::sync::OnceLock;

use juece::input::case::Date;
use juece::input::config::Config;
use juece::law::catalogue::KINDS;
use juece::render::escape::escape_markup;
use juece::render::templates::TemplateSet;
use juece::render::title::{break_titles, names, width, words};
use juece::session::{Options, Session};
use juece::typeset::fonts::FontLibrary;
use juece::typeset::inspect::{lines, Line};
use juece::typeset::{Style, Typesetter};

/// 版心宽（毫米）。
const TYPE_AREA_MM: f64 = 156.0;

fn typesetter() -> &'static Typesetter {
    static T: OnceLock<Typesetter> = OnceLock::new();
    T.get_or_init(|| Typesetter::new(FontLibrary::load(&[]).unwrap(), &TemplateSet::builtin(), &Config::default()).unwrap())
}

/// 2号字（22pt）的行，即标题的行。
fn title_lines(page: &[Line]) -> Vec<&Line> {
    page.iter().filter(|l| (l.size_pt - 22.0).abs() < 0.3).collect()
}

/// 按版式模块排版这些标题（每个一页；`names` 为案卷中的名称），返回每个标题排出的各行。
fn typeset_titles(titles: &[(&str, &[&str])]) -> Vec<Vec<String>> {
    let mut markup = String::from("#import \"/house.typ\": *\n#show: 公文\n");
    for (i, (title, names)) in titles.iter().enumerate() {
        if i > 0 {
            markup.push_str("#pagebreak()\n");
        }
        let data = serde_json::json!({ "decision": { "co_units": names } });
        markup.push_str(&break_titles(&format!("#标题[{}]\n", escape_markup(title)), &data));
    }
    let style = Style { title: "标题".into(), author: "测试".into(), date: Date::ymd(2026, 1, 1).unwrap(), archive_stamp: None };
    let t = typesetter().compile(markup, &style, "标题", "标题", "").unwrap();
    let pages = lines(&t.doc);
    assert_eq!(pages.len(), titles.len());
    pages
        .iter()
        .map(|p| {
            let ls = title_lines(p);
            for l in &ls {
                assert!(l.right_mm - l.left_mm <= TYPE_AREA_MM + 0.1, "超出版心：{} {:.1}mm", l.text, l.right_mm - l.left_mm);
            }
            ls.iter().map(|l| l.text.clone()).collect()
        })
        .collect()
}

/// 回行处不宜在行首、行末的字词。
fn assert_clean_breaks(title: &str, got: &[String]) {
    for (i, l) in got.iter().enumerate() {
        if i > 0 {
            assert!(
                !["的", "之", "等", "》", "）", "、", "，", "”"].iter().any(|p| l.starts_with(p)),
                "{title}：第{}行以“{}”开头：{got:?}",
                i + 1,
                l.chars().next().unwrap()
            );
        }
        if i + 1 < got.len() {
            assert!(
                !["关于", "对", "和", "与", "及", "《", "（", "“"].iter().any(|p| l.ends_with(p)),
                "{title}：第{}行结尾不当：{got:?}",
                i + 1
            );
        }
    }
}

/// 真实的长标题：(标题, 案卷中的名称, 应排成的各行)。
/// 各行都是按词意手写核对过的：回行处在词与词之间，各行长短相差不过一两个字，上行不长于下行。
/// 真实的长标题：(标题, 案卷中的名称, 应排成的各行)。
/// 各行都按词意逐个核对过：回行处在词与词之间，各行长短相近，相差一样时上行不长于下行。
const REAL_TITLES: &[(&str, &[&str], &[&str])] = &[
    // 31 字：旧办法排成“……公共停车设 / 施收费标准……”
    (
        "关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告",
        &["赤峰市中心城区公共停车设施收费标准调整方案"],
        &["关于召开赤峰市中心城区公共停车设施", "收费标准调整方案听证会的公告"],
    ),
    // 19 字，一行放得下（jieba 自带词典切作“中小学校|车”，补上了“校车”）
    ("昌黎县中小学校车线路调整方案程序期限表", &[], &["昌黎县中小学校车线路调整方案程序期限表"]),
    // 56 字：机关名称不拆开，“《”随后一行，“（征求意见稿）》”不拆开；三行排不下，排四行
    (
        "关于公开征求《内蒙古自治区人力资源和社会保障厅关于进一步规范技工院校办学行为的若干规定（征求意见稿）》意见的公告",
        &["内蒙古自治区人力资源和社会保障厅"],
        &["关于公开征求", "《内蒙古自治区人力资源和社会保障厅", "关于进一步规范技工院校办学行为的", "若干规定（征求意见稿）》意见的公告"],
    ),
    // 决策事项名称（18 字）不拆开；“2026—2028年”不拆开
    (
        "关于公开征求《昌黎县城乡生活垃圾分类和处理实施方案（2026—2028年）（征求意见稿）》意见的公告",
        &["昌黎县城乡生活垃圾分类和处理实施方案"],
        &["关于公开征求", "《昌黎县城乡生活垃圾分类和处理实施方案", "（2026—2028年）（征求意见稿）》意见的公告"],
    ),
    (
        "国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见",
        &[],
        &["国务院办公厅关于进一步优化", "营商环境更好服务市场主体的实施意见"],
    ),
    (
        "国务院办公厅关于印发全国一体化政务服务平台移动端建设指南的通知",
        &[],
        &["国务院办公厅关于印发全国一体化", "政务服务平台移动端建设指南的通知"],
    ),
    (
        "自然资源部办公厅关于做好2024年度国土空间规划城市体检评估工作的通知",
        &[],
        &["自然资源部办公厅关于做好2024年度", "国土空间规划城市体检评估工作的通知"],
    ),
    (
        "关于武乡县县城集中供热价格调整方案履行决策法定程序情况的说明",
        &["武乡县县城集中供热价格调整方案"],
        &["关于武乡县县城集中供热价格调整方案", "履行决策法定程序情况的说明"],
    ),
    (
        "关于赤峰市中心城区公共停车设施收费标准调整方案公众意见采纳情况的说明",
        &["赤峰市中心城区公共停车设施收费标准调整方案"],
        &["关于赤峰市中心城区公共停车设施", "收费标准调整方案公众意见采纳情况的说明"],
    ),
    (
        "内蒙古自治区灵活就业人员参加企业职工基本养老保险缴费办法风险评估报告",
        &["内蒙古自治区灵活就业人员参加企业职工基本养老保险缴费办法"],
        &["内蒙古自治区灵活就业人员参加企业职工", "基本养老保险缴费办法风险评估报告"],
    ),
    (
        "内蒙古自治区人民政府关于印发自治区深化“放管服”改革优化营商环境实施方案的通知",
        &[],
        &["内蒙古自治区人民政府关于印发自治区深化", "“放管服”改革优化营商环境实施方案的通知"],
    ),
    (
        "关于召开阿鲁科尔沁旗天山镇集中供热价格调整方案听证会的公告",
        &["阿鲁科尔沁旗天山镇"],
        &["关于召开阿鲁科尔沁旗天山镇", "集中供热价格调整方案听证会的公告"],
    ),
    ("呼和浩特市赛罕区人民政府关于调整城区出租汽车运价的通知", &[], &["呼和浩特市赛罕区人民政府", "关于调整城区出租汽车运价的通知"]),
    (
        "人力资源社会保障部 财政部关于调整2024年退休人员基本养老金的通知",
        &[],
        &["人力资源社会保障部 财政部关于调整", "2024年退休人员基本养老金的通知"],
    ),
    // 短的书名不拆开，“等”不在行首
    ("司法部关于修改《律师事务所管理办法》等规章的决定", &[], &["司法部关于修改", "《律师事务所管理办法》等规章的决定"]),
];

#[test]
fn real_world_titles_break_between_words() {
    let input: Vec<(&str, &[&str])> = REAL_TITLES.iter().map(|(t, n, _)| (*t, *n)).collect();
    let got = typeset_titles(&input);
    let mut failures = Vec::new();
    for ((title, _, want), got) in REAL_TITLES.iter().zip(&got) {
        assert_eq!(got.concat(), *title, "排出的文字应与标题一致");
        assert_clean_breaks(title, got);
        if got != want {
            failures.push(format!("{title}\n  应为 {want:?}\n  实为 {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// 这些标题中，“|”两边的文字不能被回行拆开（词中间不回行）；不管各行怎样分，都应守住。
const FORBIDDEN: &[(&str, &[&str], &[&str])] = &[
    (
        "关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告",
        &[],
        &["停车设|施", "停车|设施", "收费|标准", "中心|城区", "听证|会", "听证会|的", "关于|召开"],
    ),
    ("关于调整昌黎县中小学校车线路方案公开征求意见的公告", &[], &["中小学校|车", "校|车", "线|路", "意见|的"]),
    (
        "内蒙古自治区人力资源和社会保障厅关于进一步规范技工院校办学行为的若干规定",
        &[],
        &["人力资源|和", "人力资源和|社会", "社会保障|厅", "办学行|为", "行为|的", "关于|进一步"],
    ),
    ("国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见", &[], &["营商|环境", "关于|进一步", "主体|的", "办公|厅"]),
    ("司法部关于修改《律师事务所管理办法》等规章的决定", &[], &["律师事务所|管理办法", "》|等", "《|律师"]),
    (
        "关于公开征求《昌黎县城乡生活垃圾分类和处理实施方案（2026—2028年）（征求意见稿）》意见的公告",
        &[],
        &["2026|—", "—|2028", "2028|年", "（征求|意见稿", "征求意见稿|）", "和|处理", "》|意见"],
    ),
    ("自然资源部办公厅关于做好2024年度国土空间规划城市体检评估工作的通知", &[], &["自然资源|部", "2024|年度", "关于|做好", "的|通知"]),
    ("关于召开阿鲁科尔沁旗天山镇集中供热价格调整方案听证会的公告", &["阿鲁科尔沁旗天山镇"], &["天|山镇", "天山|镇", "集中|供热"]),
];

#[test]
fn words_are_never_split() {
    let input: Vec<(&str, &[&str])> = FORBIDDEN.iter().map(|(t, n, _)| (*t, *n)).collect();
    let got = typeset_titles(&input);
    for ((title, _, keep), got) in FORBIDDEN.iter().zip(&got) {
        assert!(got.len() > 1, "{title} 应回行：{got:?}");
        assert_clean_breaks(title, got);
        let mut at = 0;
        for l in &got[..got.len() - 1] {
            at += l.chars().count();
            let (before, after) = title.split_at(title.char_indices().nth(at).unwrap().0);
            for k in *keep {
                let (a, b) = k.split_once('|').unwrap();
                assert!(!(before.ends_with(a) && after.starts_with(b)), "{title}：在“{a}|{b}”处回行了：{got:?}");
            }
        }
    }
}

/// 旧的办法（收窄排版宽度）把样例听证会公告的标题排成“……公共停车设 / 施收费标准……”。
#[test]
fn sample_hearing_notice_title_breaks_between_words() {
    let session = Session::open(&sample(), &Options::default()).unwrap();
    let kind = KINDS.iter().find(|k| k.id == "notice").unwrap();
    let doc = session.layout(kind).unwrap();
    let pages = lines(&doc);
    let got: Vec<String> = title_lines(&pages[0]).iter().map(|l| l.text.clone()).collect();
    assert_eq!(got.concat(), "关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告");
    assert!(!got[0].ends_with("停车设"), "词中间回行：{got:?}");
    assert_eq!(got, ["关于召开赤峰市中心城区公共停车设施", "收费标准调整方案听证会的公告"]);
}

/// 在词的边界中分成 k 行时最均衡的各行字数之差（半角字宽计）：案卷中的名称不拆开时可能做不到很均衡。
/// 按字数估算一行放不放得下时多放一个字的余量：相连的标点（“）（”“）》”）排版时挤掉半个字。
fn best_spread(words: &[String], k: usize) -> usize {
    const FITS: usize = juece::render::title::LINE + 2;
    let w: Vec<usize> = words.iter().map(|x| width(x)).collect();
    let n = w.len();
    let mut best = usize::MAX;
    fn go(w: &[usize], k: usize, acc: &mut Vec<usize>, best: &mut usize) {
        if k == 1 {
            let last: usize = w.iter().sum();
            if last <= FITS && !w.is_empty() {
                acc.push(last);
                *best = (*best).min(acc.iter().max().unwrap() - acc.iter().min().unwrap());
                acc.pop();
            }
            return;
        }
        let mut s = 0;
        for j in 1..w.len() {
            s += w[j - 1];
            if s > FITS {
                break;
            }
            acc.push(s);
            go(&w[j..], k - 1, acc, best);
            acc.pop();
        }
    }
    if n >= k {
        go(&w, k, &mut Vec::new(), &mut best);
    }
    best
}

/// 每个案卷的每份文书的标题：回行处都在词与词之间，每行不超过版心，各行长短均衡。
#[test]
fn fixture_titles_break_between_words_and_are_balanced() {
    let fixtures = [
        ("sample-case.yaml", "attachments"),
        ("changli-case.yaml", "changli-attachments"),
        ("national-case.yaml", "national-attachments"),
        ("nmg-hrss-case.yaml", "nmg-hrss-attachments"),
    ];
    let mut report = Vec::new();
    let mut broken = 0;
    for (name, attachments) in fixtures {
        let (_dir, case, _out) = run_fixture("all", name, attachments);
        for (title, got) in fixture_titles(&case) {
            report.push(format!("{name}：{}", got.join(" / ")));
            if got.len() < 2 {
                continue;
            }
            broken += 1;
            let names = names(&case_json(&case));
            let ws = words(&title, &names);
            // 回行处都是词的边界
            let mut bounds = vec![0];
            for w in &ws {
                bounds.push(bounds.last().unwrap() + w.chars().count());
            }
            let mut at = 0;
            for l in &got[..got.len() - 1] {
                at += l.chars().count();
                assert!(bounds.contains(&at), "{name}：“{title}”在词中间回行：{got:?}（词：{ws:?}）");
            }
            assert_clean_breaks(&title, &got);
            // 各行长短均衡：相差不过 4 个字，除非名称不拆开就做不到
            let lens: Vec<usize> = got.iter().map(|l| width(l)).collect();
            let spread = lens.iter().max().unwrap() - lens.iter().min().unwrap();
            let best = best_spread(&ws, got.len());
            assert!(spread <= best + 2, "{name}：“{title}”各行不均衡：{got:?}（可做到相差 {} 字）", best as f64 / 2.0);
            assert!(spread <= 8 || best > 8, "{name}：“{title}”各行相差超过 4 字：{got:?}");
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(broken >= 8, "回行的标题太少：\n{}", report.join("\n"));
}

/// 案卷的数据（取其中的名称）。
fn case_json(case: &Path) -> serde_json::Value {
    let session = Session::open(case, &Options::default()).unwrap();
    serde_json::to_value(&session.cf.case).unwrap()
}

/// 案卷能生成的每种文书首页上的标题：(标题, 排出的各行)。
fn fixture_titles(case: &Path) -> Vec<(String, Vec<String>)> {
    let session = Session::open(case, &Options::default()).unwrap();
    let mut out = Vec::new();
    for kind in KINDS {
        let Ok(doc) = session.layout(kind) else { continue };
        let pages = lines(&doc);
        let ls = title_lines(&pages[0]);
        if ls.is_empty() {
            continue;
        }
        for l in &ls {
            assert!(l.right_mm - l.left_mm <= TYPE_AREA_MM + 0.1, "{}：标题超出版心：{}", kind.name, l.text);
        }
        let got: Vec<String> = ls.iter().map(|l| l.text.clone()).collect();
        out.push((got.concat(), got));
    }
    out
}

/// 分词器载入词典的时间（只在第一个需要回行的标题出现时载入一次）。
#[test]
fn jieba_loading_time() {
    let t = std::time::Instant::now();
    let j = jieba_rs::Jieba::new();
    let load = t.elapsed();
    let t = std::time::Instant::now();
    let n = j.cut("关于召开赤峰市中心城区公共停车设施收费标准调整方案听证会的公告", false).len();
    eprintln!("jieba 载入词典 {load:?}，切分一个标题 {:?}（{n} 个词）", t.elapsed());
    assert!(n > 5);
}
