//! 版式检查（issue 14）：逐页读生成的文书（排版结果中的文字行、印章、标记），对照 GB/T 9704-2012
//! （docs/domain.md §5）：文字在版心内、正文行距 29.6pt、每行不超过 28 字、页码的形式和位置、
//! 印章不压正文、标题不在词中间回行、没有只有落款的一页、日期和姓名不断开、整页正文排满 22 行。
//! 新增的文书种类自动在检查之列。

use juece::documents::layout::{Line, Page};
use juece::documents::Rendered;

/// A4 纸宽、版心（毫米）：天头 37mm，版心高 225mm、宽 156mm；单页订口在左 28mm，双页在右（左边 26mm）。
pub const PAPER_W: f64 = 210.0;
pub const TOP: f64 = 37.0;
pub const BOTTOM: f64 = 37.0 + 225.0;
pub const WIDTH: f64 = 156.0;
/// 正文一行：3号字 16pt + 行距 13.6pt（毫米）
pub const LINE_MM: f64 = 29.6 * PT;
pub const PT: f64 = 25.4 / 72.0;
/// 容差（毫米）
const TOL: f64 = 0.5;

/// 一类问题及其所在。
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    pub doc: String,
    pub page: usize,
    pub what: String,
}

/// 检查了多少。
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub documents: usize,
    pub pages: usize,
    pub lines: usize,
    /// 末页只有一至三行正文（不计落款、签名栏）的多页文书（量一量，不作判断：短的末页本身不违反标准）
    pub short_last_pages: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn summary(&self) -> String {
        let mut by: std::collections::BTreeMap<&str, usize> = Default::default();
        for f in &self.findings {
            *by.entry(f.rule).or_default() += 1;
        }
        let mut s = format!(
            "版式检查：{} 份文书，{} 页，{} 行；问题 {} 处；末页只有一至三行正文的多页文书 {} 份\n",
            self.documents,
            self.pages,
            self.lines,
            self.findings.len(),
            self.short_last_pages
        );
        for (r, n) in by {
            s.push_str(&format!("  {r}：{n}\n"));
        }
        // 每类列出前几处
        let mut shown: std::collections::BTreeMap<&str, usize> = Default::default();
        for f in &self.findings {
            let k = shown.entry(f.rule).or_default();
            *k += 1;
            if *k <= 6 {
                s.push_str(&format!("  [{}] {} 第{}页：{}\n", f.rule, f.doc, f.page, f.what));
            }
        }
        s
    }
}

/// 单页（奇数页）版心左边 28mm，双页 26mm。
pub fn left_edge(page: usize) -> f64 {
    if page % 2 == 1 {
        28.0
    } else {
        26.0
    }
}

fn is_folio(l: &Line) -> bool {
    (l.size_pt - 14.0).abs() < 0.1 && l.baseline_mm > BOTTOM && l.text.contains('—')
}

/// 文书的文字：不计页码和归档章的小字（9pt）。
fn is_content(l: &Line) -> bool {
    !is_folio(l) && l.size_pt > 9.0
}

fn is_body(l: &Line) -> bool {
    (l.size_pt - 16.0).abs() < 0.1 && !is_folio(l)
}

fn is_title(l: &Line) -> bool {
    (l.size_pt - 22.0).abs() < 0.1
}

fn top(l: &Line) -> f64 {
    l.baseline_mm - 0.88 * l.size_pt * PT
}

fn bottom(l: &Line) -> f64 {
    l.baseline_mm + 0.12 * l.size_pt * PT
}

const HANGING: &str = "，。、；：？！”’）》」』】〕…—";

/// 落款（署名和成文日期）、签名栏在页上的范围：模板的 `<落款>` … `<落款止>` 标记之间。
fn signature_span(p: &Page) -> Option<(f64, f64)> {
    let start = p.marks.iter().find(|(l, _)| l == "落款" || l == "签名栏").map(|(_, y)| *y)?;
    let end = p.marks.iter().find(|(l, _)| l == "落款止" || l == "签名栏止").map(|(_, y)| *y).unwrap_or(f64::INFINITY);
    Some((start, end))
}

/// 检查一份文书的每一页。`words` 判断标题的一处回行是否在词与词之间（标题文字、回行处的字符位置）；
/// `atoms` 是不得拆开的文字（姓名等），日期另行识别。
pub fn check(doc: &Rendered, atoms: &[String], words: &dyn Fn(&str, usize) -> bool, report: &mut Report) {
    let name = doc.fact.title.clone();
    report.documents += 1;
    let pages = &doc.layout;
    for (i, p) in pages.iter().enumerate() {
        let n = i + 1;
        report.pages += 1;
        report.lines += p.lines.len();
        let mut find = |rule: &'static str, what: String| report.findings.push(Finding { rule, doc: name.clone(), page: n, what });
        // 横排的表格页（归档文件目录，DA/T 22-2015）不是 GB/T 9704 的版面：只查断开的姓名、日期和标题回行
        let landscape = p.size_mm.0 > p.size_mm.1;
        let left = left_edge(n);
        let span = signature_span(p);
        let in_signature = |l: &Line| span.is_some_and(|(a, b)| l.baseline_mm > a && l.baseline_mm < b + 1.0);

        if !landscape {
            // 页码：每页一个，“— N —”，4号字，单页居右空一字、双页居左空一字，在版心下边缘之下约 7mm
            let folios: Vec<&Line> = p.lines.iter().filter(|l| is_folio(l)).collect();
            match folios.as_slice() {
                [f] => {
                    if f.text.replace(' ', "") != format!("—{n}—") {
                        find("页码", format!("页码为“{}”", f.text));
                    }
                    let ok = if n % 2 == 1 {
                        (f.right_mm - (PAPER_W - 26.0 - 14.0 * PT)).abs() < TOL
                    } else {
                        (f.left_mm - (26.0 + 14.0 * PT)).abs() < TOL
                    };
                    if !ok {
                        find("页码", format!("页码位置 {:.1}–{:.1}mm", f.left_mm, f.right_mm));
                    }
                }
                other => find("页码", format!("有 {} 个页码", other.len())),
            }

            // 版心：文字不出版心（行末标点可以出格一字）
            for l in p.lines.iter().filter(|l| is_content(l)) {
                let hang = l.text.chars().last().is_some_and(|c| HANGING.contains(c));
                let right_limit = left + WIDTH + TOL + if hang { l.size_pt * PT } else { 0.0 };
                if l.left_mm < left - TOL || l.right_mm > right_limit || top(l) < TOP - TOL || bottom(l) > BOTTOM + TOL {
                    find(
                        "版心",
                        format!(
                            "“{}”在 {:.1}–{:.1}mm × {:.1}–{:.1}mm，版心 {left}–{}mm",
                            l.text,
                            l.left_mm,
                            l.right_mm,
                            top(l),
                            bottom(l),
                            left + WIDTH
                        ),
                    );
                }
            }

            // 正文：每行不超过 28 字；相邻正文行的基线相距 29.6pt 的整数倍（中间没有表格、标题）
            let body: Vec<&Line> = p.lines.iter().filter(|l| is_body(l)).collect();
            // 字数按宽度计：标点挤压（“，《”相邻时各占半字）后一行可容 28 个字宽以上的字符，字身不变
            for l in &body {
                let em = (16.0 - 0.21) * PT;
                let chars = (l.right_mm - l.left_mm) / em;
                if chars > 28.05 {
                    find("每行字数", format!("“{}”占 {chars:.2} 字宽", l.text));
                }
            }
            // 一页的表单收紧了行距（house.typ 的 一页排，GB/T 9704 7.3.5.4）：不按 29.6pt 的网格查，但须只有一页
            let tightened = p.marks.iter().any(|(l, _)| l == "一页");
            if tightened && pages.len() > 1 {
                find("一页表单", format!("收紧行距后仍有 {} 页", pages.len()));
            }
            for w in p.lines.windows(2).filter(|_| !tightened) {
                if is_body(&w[0]) && is_body(&w[1]) {
                    let d = (w[1].baseline_mm - w[0].baseline_mm) / LINE_MM;
                    if (d - d.round()).abs() * LINE_MM > 0.1 || d.round() < 1.0 {
                        find("行距", format!("“{}”与“{}”相距 {:.2} 行", w[0].text, w[1].text, d));
                    }
                }
            }
        }

        // 印章：除落款外，文字不得进入印章
        for seal in &p.seals {
            let (cx, cy, r) = ((seal[0] + seal[2]) / 2.0, (seal[1] + seal[3]) / 2.0, (seal[2] - seal[0]) / 2.0);
            for l in p.segments.iter().filter(|l| !in_signature(l) && l.text != "（盖章处）" && l.size_pt > 9.0) {
                let (x0, y0, x1, y1) = (l.left_mm, top(l), l.right_mm, bottom(l));
                let (nx, ny) = (cx.clamp(x0, x1), cy.clamp(y0, y1));
                if ((nx - cx).powi(2) + (ny - cy).powi(2)).sqrt() < r - 0.3 {
                    find("印章压字", format!("“{}”在印章内", l.text));
                }
            }
        }

        // 印章顶端上距正文一行之内（GB/T 9704 7.3.5.1）：印章之上最近的一行文字的底边到印章顶端不到一行
        for seal in &p.seals {
            let above = p
                .lines
                .iter()
                .filter(|l| !in_signature(l) && l.size_pt > 9.0 && bottom(l) <= seal[1] + 0.3)
                // 正文是表格时从表格下边框量起：表格文字之下还有单元格内边距 6pt 和边框
                .map(|l| bottom(l) + if l.size_pt < 15.0 { 6.0 * PT + 0.2 } else { 0.0 })
                .fold(None, |m: Option<f64>, b| Some(m.map_or(b, |m: f64| m.max(b))));
            match above {
                Some(b) if seal[1] - b <= LINE_MM => {}
                Some(b) => find("印章位置", format!("印章顶端距正文 {:.1}mm，超过一行", seal[1] - b)),
                None => find("印章位置", "印章之上没有正文".into()),
            }
        }

        // 只有落款的一页
        if let Some((start, _)) = span {
            let before = p.lines.iter().any(|l| is_content(l) && l.baseline_mm < start && l.text != "（盖章处）");
            if !before {
                find("落款单独成页", "这一页只有落款（署名、日期）或签名栏".into());
            }
        }

        // 正文中不用“2026-05-01”式的日期（GB/T 15835：公文中的日期写作“2026年5月1日”）
        for l in &p.lines {
            let c: Vec<char> = l.text.chars().collect();
            let iso =
                c.windows(10).any(|w| w.iter().enumerate().all(|(k, ch)| if k == 4 || k == 7 { *ch == '-' } else { ch.is_ascii_digit() }));
            if iso {
                find("日期写法", format!("“{}”中有 YYYY-MM-DD 式的日期", l.text));
            }
        }

        // 标题回行在词中间
        let titles: Vec<&Line> = p.lines.iter().filter(|l| is_title(l)).collect();
        if titles.len() > 1 {
            let joined: String = titles.iter().map(|l| l.text.trim()).collect();
            let mut at = 0;
            for l in &titles[..titles.len() - 1] {
                at += l.text.trim().chars().count();
                if !words(&joined, at) {
                    let (a, b): (String, String) = (joined.chars().take(at).collect(), joined.chars().skip(at).collect());
                    find("标题回行", format!("“{a} / {b}”"));
                }
            }
        }

        // 表头（黑体，表格字号）在一行内：同一栏中上下相接的两段黑体表头文字
        // （表头居中，第二行的左边缘可能在第一行之右）
        let hei: Vec<&Line> = p.segments.iter().filter(|l| l.size_pt < 15.0 && l.font.contains("Hei")).collect();
        for a in &hei {
            let below = hei.iter().find(|b| {
                b.baseline_mm > a.baseline_mm + 0.5
                    && b.baseline_mm < a.baseline_mm + a.size_pt * PT * 1.6
                    && b.left_mm < a.right_mm
                    && b.right_mm > a.left_mm
            });
            if let Some(b) = below {
                find("表头回行", format!("表头“{}{}”排成了两行", a.text.trim(), b.text.trim()));
            }
        }

        // 日期、姓名跨行断开：同一栏（正文或表格的同一单元格）相邻两行接起来看
        for (a, b) in continuations(&p.segments) {
            let joint = a.text.trim_end().chars().count();
            let text = format!("{}{}", a.text.trim_end(), b.text.trim_start());
            for (s, e) in dates(&text).into_iter().chain(articles(&text)).chain(atoms.iter().flat_map(|w| occurrences(&text, w))) {
                if s < joint && e > joint {
                    let piece: String = text.chars().skip(s).take(e - s).collect();
                    find("断开", format!("“{piece}”断在两行：“{}” / “{}”", a.text.trim(), b.text.trim()));
                }
            }
        }
    }

    if let (true, Some(last)) = (pages.len() > 1, pages.last()) {
        let end = signature_span(last).map_or(f64::INFINITY, |(start, _)| start);
        let n = last.lines.iter().filter(|l| is_body(l) && l.baseline_mm < end).count();
        if n <= 3 {
            report.short_last_pages += 1;
            if std::env::var_os("AUDIT_SHORT").is_some() {
                eprintln!("末页 {n} 行：{}（{} 页）", name, pages.len());
            }
        }
    }

    // 整页排满：下一页从正文接着排的，这一页末行之下至多空一行
    for (i, w) in pages.windows(2).enumerate().filter(|(_, w)| w[0].size_mm.0 < w[0].size_mm.1) {
        let last = w[0].lines.iter().rfind(|l| is_content(l));
        let next = w[1].lines.iter().find(|l| is_content(l));
        // 例外：文末最后一段（至多 6 行）连同落款或签名栏移到了下一页（GB/T 9704 7.3.5.4）
        let carried = signature_span(&w[1]).is_some_and(|(start, _)| {
            w[1].lines.iter().filter(|l| is_body(l) && l.baseline_mm < start).count() <= 6 && i + 2 == pages.len()
        });
        // 下一页以 h 行标题起头时，标题连同正文第一行要 h + 1 行：空着的不到 h + 1 行是放不下，不算问题
        let body_font = w[1]
            .lines
            .iter()
            .filter(|l| is_body(l))
            .map(|l| l.font.as_str())
            .max_by_key(|f| w[1].lines.iter().filter(|l| is_body(l) && l.font == *f).count());
        let headings = w[1].lines.iter().filter(|l| is_content(l)).take_while(|l| is_body(l) && Some(l.font.as_str()) != body_font).count();
        if let (Some(last), Some(next)) = (last, next) {
            if is_body(last) && is_body(next) && !carried && bottom(last) < BOTTOM - LINE_MM * (headings as f64 + 1.0) + TOL.min(0.0) - TOL
            {
                let empty = ((BOTTOM - bottom(last)) / LINE_MM).floor();
                report.findings.push(Finding {
                    rule: "页末空行",
                    doc: name.clone(),
                    page: i + 1,
                    what: format!("末行“{}”之下空 {empty} 行，下一页从“{}”接排", last.text, next.text),
                });
            }
        }
    }
}

/// 同一栏中上下相接的两行：左边缘相同（或下一行是段落的续行）、同一字号、基线相距一行。
fn continuations(segs: &[Line]) -> Vec<(&Line, &Line)> {
    let mut out = Vec::new();
    for (i, a) in segs.iter().enumerate() {
        let pitch = if (a.size_pt - 16.0).abs() < 0.1 { LINE_MM } else { a.size_pt * PT * 1.5 + 0.5 };
        let next = segs[i + 1..].iter().find(|b| {
            (b.size_pt - a.size_pt).abs() < 0.1
                && b.baseline_mm > a.baseline_mm + 0.5
                && b.baseline_mm < a.baseline_mm + pitch + 0.3
                && b.left_mm < a.right_mm
                && b.right_mm > a.left_mm
                && b.left_mm <= a.left_mm + 0.5
        });
        if let Some(b) = next {
            out.push((a, b));
        }
    }
    out
}

/// 文字中 `w` 出现的位置（字符下标，起止）。
fn occurrences(text: &str, w: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let pat: Vec<char> = w.chars().collect();
    if pat.is_empty() || pat.len() > chars.len() {
        return Vec::new();
    }
    (0..=chars.len() - pat.len()).filter(|&i| chars[i..i + pat.len()] == pat[..]).map(|i| (i, i + pat.len())).collect()
}

/// 文字中的条款“第十五条”的位置（字符下标，起止）：出处不在条款中间回行。
pub fn articles(text: &str) -> Vec<(usize, usize)> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 0..c.len() {
        if c[i] == '第' {
            let n = c[i + 1..].iter().take_while(|ch| "零一二三四五六七八九十百".contains(**ch)).count();
            if n > 0 && c.get(i + 1 + n) == Some(&'条') {
                out.push((i, i + n + 2));
            }
        }
    }
    out
}

/// 文字中的中文日期“2026年5月1日”、时刻“9:00”的位置（字符下标，起止）。
pub fn dates(text: &str) -> Vec<(usize, usize)> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let digits = |from: usize| (from..c.len()).take_while(|&k| c[k].is_ascii_digit()).count();
        let y = digits(i);
        if y == 4 && c.get(i + 4) == Some(&'年') {
            let m = digits(i + 5);
            if (1..=2).contains(&m) && c.get(i + 5 + m) == Some(&'月') {
                let d = digits(i + 6 + m);
                if (1..=2).contains(&d) && c.get(i + 6 + m + d) == Some(&'日') {
                    out.push((i, i + 7 + m + d));
                    i += 7 + m + d;
                    continue;
                }
            }
        }
        i += y.max(1);
    }
    out
}
