//! 标题切词用的 jieba 分词器，按标题现建。
//!
//! jieba 的默认词典有 35 万个词，整部载入（建前缀树）要花约 100 毫秒，比排一份文书还久。
//! 切一句话只会用到这句话中出现的词，再加上全部词频之和（每个词的概率是词频除以总和）：
//! 所以词典按词排好序编入程序（data/jieba/dict.txt），切词时只查出句中出现的词（二分查找，不必解析整部词典），
//! 另加一个占位词补足总词频，建一个小分词器。切出的结果与载入整部词典时相同（测试 `same_cut_as_the_full_dictionary`）。

use std::collections::BTreeSet;

use jieba_rs::Jieba;

/// 排好序的词典：第一行 `total 全部词频之和`，以下每行“词 词频”，按词的 UTF-8 字节顺序排列。
const DICT: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/jieba/dict.txt"));

/// 词典中最长的词的字数（更长的字串不必查）。
const MAX_WORD: usize = 16;

/// 补足总词频的占位词：私用区字符，不会出现在标题中。
const FILLER: &str = "\u{E000}";

/// 词典的正文（第一行之后）和全部词频之和。
fn parts() -> (&'static str, usize) {
    let (head, body) = DICT.split_once('\n').expect("词典有第一行");
    let total = head.strip_prefix("total ").and_then(|t| t.parse().ok()).expect("词典第一行是 total N");
    (body, total)
}

/// 词在词典中的词频（二分查找：每次取中间一行，比较行首的词）。
pub fn frequency(word: &str) -> Option<usize> {
    let (body, _) = parts();
    let bytes = body.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |i| lo + i + 1);
        let end = bytes[start..hi].iter().position(|&b| b == b'\n').map_or(hi, |i| start + i);
        let line = &body[start..end];
        let (w, f) = line.split_once(' ').unwrap_or((line, "0"));
        match w.as_bytes().cmp(word.as_bytes()) {
            std::cmp::Ordering::Equal => return f.parse().ok(),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// 切分 `texts` 用的分词器：词典中凡是 `texts` 里出现的词都在，总词频与整部词典相同。
pub fn jieba_for(texts: &[&str]) -> Jieba {
    let mut words: BTreeSet<&str> = BTreeSet::new();
    for text in texts {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for i in 0..bounds.len() {
            for j in i + 1..bounds.len().min(i + MAX_WORD + 1) {
                words.insert(&text[bounds[i]..bounds[j]]);
            }
        }
    }
    let (_, total) = parts();
    let mut lines = String::new();
    let mut sum = 0;
    for w in words {
        if let Some(f) = frequency(w) {
            sum += f;
            lines.push_str(&format!("{w} {f}\n"));
        }
    }
    lines.push_str(&format!("{FILLER} {}\n", total - sum));
    Jieba::with_dict(&mut lines.as_bytes()).expect("词典行的格式由程序写出")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_are_found_by_bisection() {
        assert!(frequency("听证会").is_some());
        assert!(frequency("的").is_some());
        assert_eq!(frequency("不是一个词的字串"), None);
        assert_eq!(frequency(""), None);
        let (body, total) = parts();
        // 每一行都能查到，且词频之和等于第一行
        let mut sum = 0;
        for line in body.lines().step_by(997) {
            let (w, f) = line.split_once(' ').unwrap();
            assert_eq!(frequency(w), Some(f.parse().unwrap()), "{w}");
        }
        for line in body.lines() {
            sum += line.split_once(' ').unwrap().1.parse::<usize>().unwrap();
        }
        assert_eq!(sum, total);
        let longest = body.lines().map(|l| l.split_once(' ').unwrap().0.chars().count()).max().unwrap();
        assert_eq!(longest, MAX_WORD);
    }

    /// 与载入整部词典（jieba-rs 自带的默认词典）切出的结果相同。
    #[test]
    fn same_cut_as_the_full_dictionary() {
        let full = Jieba::new();
        let texts = [
            "关于召开赤峰市中心城区老旧小区改造实施方案听证会的公告",
            "内蒙古自治区人力资源和社会保障厅关于灵活就业人员参加企业职工基本养老保险办法的起草说明",
            "昌黎县中小学校车安全管理办法（征求意见稿）公开征求意见的公告",
            "关于2027年度重大行政决策事项目录的请示",
            "堃喆昇珺燚䶮𠮷 Ａ4 abc 123 ——《某某》",
        ];
        for t in texts {
            let small = jieba_for(&[t]);
            let a: Vec<&str> = full.cut(t, true).into_iter().map(|x| x.word).collect();
            let b: Vec<&str> = small.cut(t, true).into_iter().map(|x| x.word).collect();
            assert_eq!(a, b, "{t}");
        }
    }
}
