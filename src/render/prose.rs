//! 模板中的文字默认就是文字：科员在模板里写的“价格 $5 元”“#3 楼”“[备注]”“hsjs@example.gov.cn”“*号”
//! 原样印出，不会变成 Typst 的公式、代码、引用或加粗。
//!
//! 规则（docs/填写指南.md“修改模板”一节）：
//! - 文字中的 `$` `@` `*` `_` `` ` `` `<`，以及后面不是名称的 `#`（如 `#3`），都当作文字（转义）；
//! - 要用 Typst 的写法时明确写出：以 `#名称` 开头的调用（`#标题[…]`、`#strong[…]`、`#table(…)`、`#v(1em)`）
//!   和 `#set`、`#show`、`#import`、`#let` 等语句照常是 Typst；调用的 `[…]` 中又是文字，规则同上；
//!   其余的 Typst 标记写成 `{{ "*加粗*" | safe }}`；
//! - 行首的 `=`（标题）、`- `、`+ `（列表），`\`（转义、强制换行）、`~`（不断行空格）、`//` 注释照常；
//! - `{{ … }}`、`{% … %}`、`{# … #}` 原样交给模板引擎（`{{ … }}` 输出的案卷数据另由 [`super::escape`] 转义）。
//!
//! 只在行内插入反斜杠，行号不变，模板出错时仍指向科员文件中的行。

/// Typst 的语句关键字：`#` 之后是它们时，到行尾（括号未闭合时到闭合处）都是代码。
const KEYWORDS: &[&str] = &["set", "show", "import", "include", "let", "if", "for", "while", "context", "return"];

fn ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn ident_continue(c: char) -> bool {
    c == '_' || c == '-' || c.is_alphanumeric()
}

/// 把模板源文中的文字部分保护起来（见模块说明）。
pub fn protect(src: &str) -> String {
    let mut p = Lexer { s: src.chars().collect(), i: 0, out: String::with_capacity(src.len() + 64) };
    p.markup(false);
    p.out
}

struct Lexer {
    s: Vec<char>,
    i: usize,
    out: String,
}

impl Lexer {
    fn peek(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).copied()
    }

    fn starts(&self, pat: &str) -> bool {
        pat.chars().enumerate().all(|(k, c)| self.peek(k) == Some(c))
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek(0) {
            self.out.push(c);
            self.i += 1;
        }
    }

    /// 模板引擎的标签：原样照抄。
    fn jinja(&mut self) -> bool {
        let close = if self.starts("{{") {
            "}}"
        } else if self.starts("{%") {
            "%}"
        } else if self.starts("{#") {
            "#}"
        } else {
            return false;
        };
        self.bump();
        self.bump();
        while self.i < self.s.len() && !self.starts(close) {
            self.bump();
        }
        self.bump();
        self.bump();
        true
    }

    /// 文字。`in_block` 为真时在 `[…]` 内容块中，遇到 `]` 返回。
    fn markup(&mut self, in_block: bool) {
        let mut line_start = true;
        while let Some(c) = self.peek(0) {
            if self.jinja() {
                line_start = false;
                continue;
            }
            match c {
                '\n' => {
                    self.bump();
                    line_start = true;
                    continue;
                }
                ' ' | '\t' if line_start => {
                    self.bump();
                    continue;
                }
                '\\' => {
                    self.bump();
                    self.bump();
                }
                '/' if self.peek(1) == Some('/') && !self.out.ends_with(':') => {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                '/' if self.peek(1) == Some('*') => {
                    while self.i < self.s.len() && !self.starts("*/") {
                        self.bump();
                    }
                    self.bump();
                    self.bump();
                }
                ']' if in_block => return,
                '#' if self.peek(1).is_some_and(ident_start) => {
                    self.bump();
                    self.code_expr();
                }
                '#' | '$' | '@' | '*' | '_' | '`' | '<' | '[' | ']' => {
                    self.out.push('\\');
                    self.bump();
                }
                _ => self.bump(),
            }
            line_start = false;
        }
    }

    /// `#` 之后的代码：关键字语句（到行尾，括号未闭合时到闭合处），或名称、`.字段`、`(参数)`、`[内容]` 连成的调用。
    fn code_expr(&mut self) {
        let start = self.i;
        while self.peek(0).is_some_and(ident_continue) {
            self.bump();
        }
        let word: String = self.s[start..self.i].iter().collect();
        if KEYWORDS.contains(&word.as_str()) {
            self.code_until_eol();
            return;
        }
        loop {
            match self.peek(0) {
                Some('.') if self.peek(1).is_some_and(ident_start) => {
                    self.bump();
                    while self.peek(0).is_some_and(ident_continue) {
                        self.bump();
                    }
                }
                Some('(') => {
                    self.bump();
                    self.code(')');
                }
                Some('[') => {
                    self.bump();
                    self.markup(true);
                    self.bump();
                }
                Some('{') if !self.starts("{{") && !self.starts("{%") && !self.starts("{#") => {
                    self.bump();
                    self.code('}');
                }
                _ => return,
            }
        }
    }

    /// 关键字语句：到行尾；括号没闭合时继续到闭合处。
    fn code_until_eol(&mut self) {
        self.code_body(None);
    }

    /// 代码，直到 `close`（含）：字符串原样，`[…]` 中是文字。
    fn code(&mut self, close: char) {
        self.code_body(Some(close));
    }

    /// 代码：`close` 为 None 时到行尾（不含换行），否则到 `close`（含）。
    fn code_body(&mut self, close: Option<char>) {
        while let Some(c) = self.peek(0) {
            if self.jinja() {
                continue;
            }
            match c {
                '\n' if close.is_none() => return,
                c if Some(c) == close => {
                    self.bump();
                    return;
                }
                '(' => {
                    self.bump();
                    self.code(')');
                }
                '{' => {
                    self.bump();
                    self.code('}');
                }
                '[' => {
                    self.bump();
                    self.markup(true);
                    self.bump();
                }
                '"' => self.string(),
                '/' if close.is_some() && self.peek(1) == Some('/') => {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                _ => self.bump(),
            }
        }
    }

    fn string(&mut self) {
        self.bump();
        while let Some(c) = self.peek(0) {
            if self.jinja() {
                continue;
            }
            self.bump();
            match c {
                '\\' => self.bump(),
                '"' => return,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::protect;

    #[test]
    fn prose_prints_as_written() {
        assert_eq!(protect("价格 $5 元，编号 #3 楼，[备注] 见 a@b.cn。"), "价格 \\$5 元，编号 \\#3 楼，\\[备注\\] 见 a\\@b.cn。");
        assert_eq!(protect("第*号_甲`乙<丙"), "第\\*号\\_甲\\`乙\\<丙");
    }

    #[test]
    fn typst_calls_and_statements_stay_code() {
        let t = "#import \"/house.typ\": *\n#show: 公文\n#标题[关于{{ x }}的公告 $1]\n#table(\n  columns: (2em, 1fr),\n  表头[序号][说明 #2],\n  [{{ loop.index }}], [a_b],\n)\n= 一、标题\n- 列表 \\\n// 注释 $x\n#v(1em) 后文 $";
        let want = "#import \"/house.typ\": *\n#show: 公文\n#标题[关于{{ x }}的公告 \\$1]\n#table(\n  columns: (2em, 1fr),\n  表头[序号][说明 \\#2],\n  [{{ loop.index }}], [a\\_b],\n)\n= 一、标题\n- 列表 \\\n// 注释 $x\n#v(1em) 后文 \\$";
        assert_eq!(protect(t), want);
    }

    #[test]
    fn template_tags_are_untouched_and_lines_keep_their_numbers() {
        let t = "{# 注释 $ * _\n 多行 #}\n{% set a = [1, 2] %}\n{{ \"*加粗*\" | safe }} 与 https://a.gov.cn/x";
        assert_eq!(protect(t), t);
        let src = "甲 $\n乙 #1\n丙";
        assert_eq!(protect(src).lines().count(), src.lines().count());
    }
}
