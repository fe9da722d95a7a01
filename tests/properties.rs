//! 性质测试：任意文字经转义后在 Typst 中只印出它自己；任意字节作为案卷只会得到中文错误，不会崩溃。

mod common;
use common::squash;

use std::sync::OnceLock;

use juece::input::case::Date;
use juece::input::parse_case;
use juece::render::escape::escape_markup;
use juece::render::templates::TemplateSet;
use juece::typeset;
use juece::typeset::fonts::FontLibrary;
use juece::typeset::world::{DocWorld, Shared};
use proptest::prelude::*;
use typst::foundations::Bytes;

fn shared() -> &'static Shared {
    static S: OnceLock<Shared> = OnceLock::new();
    S.get_or_init(|| Shared::new(FontLibrary::load(&[]).unwrap(), &TemplateSet::builtin()))
}

/// 排版一段转义后的文字，返回页面上的文字。
fn typeset_text(s: &str) -> Result<String, String> {
    let markup =
        format!("#set page(width: 400mm, height: auto)\n#set text(font: (\"FandolSong\", \"Noto Serif CJK SC\"))\n{}", escape_markup(s));
    let world = DocWorld::new(shared(), markup, vec![("/style.json", Bytes::from_string("{}"))], Date::ymd(2026, 1, 1).unwrap());
    let doc = typeset::compile(&world, "测试").map_err(|e| e.message)?;
    Ok(typeset::page_text(&doc).concat())
}

/// 案卷文字中常见的字符，以及 Typst 标记中有特殊含义的全部字符。
fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "#",
        "$",
        "[",
        "]",
        "\\",
        "@",
        "<",
        ">",
        "*",
        "_",
        "//",
        "/*",
        "*/",
        "`",
        "```",
        "=",
        "-",
        "+",
        "/",
        "1.",
        "~",
        "--",
        "---",
        "...",
        "'",
        "\"",
        ":",
        "https://a.b",
        "#read(\"/etc/passwd\")",
        "#{1+1}",
        "$x^2$",
        "<l>",
        "@l",
        "\n",
        "\n\n",
        " ",
        "甲",
        "堃",
        "喆",
        "（一）",
        "，",
        "。",
        "a",
        "Z",
        "9",
        "#let x = 1",
        "#include \"/x.typ\"",
        "#import \"@preview/a:1.0.0\"",
        "\\u{41}",
        "&amp;",
        "%",
    ]);
    prop::collection::vec(pieces, 1..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn escaped_text_prints_exactly_itself(s in text_strategy()) {
        let printed = typeset_text(&s).map_err(TestCaseError::fail)?;
        // Typst 把 ASCII 引号印为直引号；空白（换行、空格）不计
        prop_assert_eq!(squash(&printed), squash(&s));
    }

    #[test]
    fn any_bytes_as_a_case_file_give_an_error_not_a_panic(s in "\\PC{0,200}") {
        if let Err(e) = parse_case(&s, "x.yaml") {
            prop_assert!(e.message.starts_with("x.yaml"), "{}", e.message);
        }
    }

    #[test]
    fn mutated_sample_never_panics(cut in 0usize..12000, junk in "[:：#\\-\\[\\]{} a-z\\n\t]{0,6}") {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sample-case.yaml")).unwrap();
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) { at -= 1; }
        let mutated = format!("{}{}{}", &text[..at], junk, &text[at..]);
        if let Err(e) = parse_case(&mutated, "x.yaml") {
            prop_assert!(e.message.starts_with("x.yaml"), "{}", e.message);
        }
    }
}
