//! The message catalogs: every file parses, every code and key has a message in every
//! language, no message is left without a code, and no message uses an argument its code
//! does not pass (a message would then show `{$name}` to a user).

use std::collections::{BTreeMap, BTreeSet};

use csc::diag::{Code, codes};
use csc::i18n::{Lang, keys};
use fluent_syntax::ast::{Attribute, Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Variables a pattern reads, and the terms it calls.
fn walk_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, vars, terms);
        }
    }
}

fn walk_expression(
    e: &Expression<&str>,
    vars: &mut BTreeSet<String>,
    terms: &mut BTreeSet<String>,
) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, terms);
            for v in variants {
                walk_pattern(&v.value, vars, terms);
            }
        }
        Expression::Inline(i) => walk_inline(i, vars, terms),
    }
}

fn walk_inline(
    i: &InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    terms: &mut BTreeSet<String>,
) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            terms.insert(id.name.to_owned());
            if let Some(args) = arguments {
                for a in &args.positional {
                    walk_inline(a, vars, terms);
                }
                for a in &args.named {
                    walk_inline(&a.value, vars, terms);
                }
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, terms),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, terms);
            }
        }
        _ => {}
    }
}

struct Message {
    vars: BTreeSet<String>,
    attributes: BTreeSet<String>,
}

/// Every message of a language: id → the variables it (and its attributes) use.
fn messages(lang: Lang) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for (file, source) in lang.sources() {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errors)| {
            panic!("locales/{}/{file} does not parse: {errors:?}", lang.code())
        });
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                let mut terms = BTreeSet::new();
                if let Some(v) = &m.value {
                    walk_pattern(v, &mut vars, &mut terms);
                }
                let attributes = m
                    .attributes
                    .iter()
                    .map(|a: &Attribute<&str>| {
                        walk_pattern(&a.value, &mut vars, &mut terms);
                        a.id.name.to_owned()
                    })
                    .collect();
                let id = m.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), Message { vars, attributes })
                        .is_none(),
                    "{} has `{id}` twice",
                    lang.code()
                );
            }
        }
    }
    out
}

fn all_codes() -> Vec<Code> {
    codes::ALL
        .iter()
        .chain(keys::ALL)
        .chain(csc::diff::messages::ALL)
        .chain(csc::rollup::messages::ALL)
        .copied()
        .collect()
}

#[test]
fn every_code_has_a_message_in_every_language() {
    for lang in Lang::ALL {
        let msgs = messages(*lang);
        let mut problems = Vec::new();
        for code in all_codes() {
            match msgs.get(code.id) {
                None => problems.push(format!("no message for `{}`", code.id)),
                Some(m) => {
                    for v in &m.vars {
                        if !code.args.contains(&v.as_str()) {
                            problems.push(format!(
                                "`{}` uses ${v}, which its code does not pass",
                                code.id
                            ));
                        }
                    }
                }
            }
        }
        let known: BTreeSet<&str> = all_codes().iter().map(|c| c.id).collect();
        for id in msgs.keys() {
            if !known.contains(id.as_str()) {
                problems.push(format!("`{id}` is a message without a code"));
            }
        }
        assert!(problems.is_empty(), "{}: {problems:#?}", lang.code());
    }
}

#[test]
fn codes_are_unique_and_stable_in_form() {
    let mut seen = BTreeSet::new();
    for code in all_codes() {
        assert!(seen.insert(code.id), "`{}` declared twice", code.id);
        assert!(
            code.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "`{}`: codes are lower-case ASCII words joined by `-`",
            code.id
        );
    }
}

#[test]
fn csv_columns_have_their_csv_name() {
    let msgs = messages(Lang::Fr);
    for k in [keys::COL_SECTOR, keys::COL_STATUS, keys::COL_ROWS] {
        assert!(msgs[k.id].attributes.contains("csv"), "{}", k.id);
    }
}

#[test]
fn every_message_renders_without_a_fluent_error() {
    // With every argument given, no message may fall back to its id or show `{$x}`.
    for lang in Lang::ALL {
        let catalog = csc::i18n::Catalog::new(*lang);
        for code in all_codes() {
            let args: Vec<(&str, csc::diag::Arg)> = code
                .args
                .iter()
                .map(|a| (*a, csc::diag::Arg::Int(2)))
                .collect();
            let text = catalog.get(code, &args);
            assert!(
                !text.contains('{') || code.id.starts_with("mesure-ratio"),
                "{}: {}",
                code.id,
                text
            );
            assert!(
                text != code.id || code.id == "code",
                "{}: `{}` does not render",
                lang.code(),
                code.id
            );
        }
    }
}
