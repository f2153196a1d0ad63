//! `csc schema`: the JSON Schema of the plan format (spec §10), draft-07 (what
//! yaml-language-server and VS Code read), with the French keys, their accented spellings
//! and their Dutch names (spec §1), and a description on every key in the language of the
//! messages. `schema/plan.schema.json` is its French output (a test keeps it fresh).
//!
//! The schema is built by hand from [`KEYS`], not derived from the serde structs of
//! `plan/raw.rs`: those keep locations and read every scalar as written, which a schema
//! does not say; a test checks that both name the same keys.

use serde_json::{Map, Value, json};

use super::{Context, Outcome, output};
use crate::i18n::{Catalog, Lang, keys};

/// The objects of a plan: the root and one definition each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    Plan,
    Periode,
    Secteur,
    Strategique,
    Operationnel,
    Indicateur,
    Mesure,
}

impl Object {
    const DEFINITIONS: [Object; 6] = [
        Object::Periode,
        Object::Secteur,
        Object::Strategique,
        Object::Operationnel,
        Object::Indicateur,
        Object::Mesure,
    ];

    /// Its name under `definitions`, and its description's selector.
    fn name(self) -> &'static str {
        match self {
            Object::Plan => "plan",
            Object::Periode => "periode",
            Object::Secteur => "secteur",
            Object::Strategique => "objectif-strategique",
            Object::Operationnel => "objectif-operationnel",
            Object::Indicateur => "indicateur",
            Object::Mesure => "mesure",
        }
    }

    /// Its keys, in the order a plan writes them.
    pub fn keys(self) -> &'static [Key] {
        match self {
            Object::Plan => PLAN,
            Object::Periode => PERIODE,
            Object::Secteur => SECTEUR,
            Object::Strategique => STRATEGIQUE,
            Object::Operationnel => OPERATIONNEL,
            Object::Indicateur => INDICATEUR,
            Object::Mesure => MESURE,
        }
    }
}

/// What a key holds.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// `csc: 1`
    Version,
    Text,
    Year,
    Date,
    Language,
    Texts,
    Id,
    /// Text, number or yes/no, read as written (`cible`, `declare`).
    Scalar,
    /// `{column: value}`
    Filter,
    One(Object),
    Many(Object),
}

/// A key of the plan: French, its accented spellings, Dutch (the same when there is
/// none), what it holds, whether it is required.
#[derive(Debug)]
pub struct Key {
    pub fr: &'static str,
    pub accented: &'static [&'static str],
    pub nl: &'static str,
    kind: Kind,
    required: bool,
}

const fn key(
    fr: &'static str,
    accented: &'static [&'static str],
    nl: &'static str,
    kind: Kind,
) -> Key {
    Key {
        fr,
        accented,
        nl,
        kind,
        required: false,
    }
}

const fn required(
    fr: &'static str,
    accented: &'static [&'static str],
    nl: &'static str,
    kind: Kind,
) -> Key {
    Key {
        fr,
        accented,
        nl,
        kind,
        required: true,
    }
}

// The accented spellings are written with escapes (`\u{e9}` is `é`): they are plan keys,
// the vocabulary of a grammar like `plan/raw.rs`, not sentences for the catalog.
const ID: Key = required("id", &[], "id", Kind::Id);
const INTITULE: Key = required("intitule", &["intitul\u{e9}"], "omschrijving", Kind::Text);

const PLAN: &[Key] = &[
    required("csc", &[], "csc", Kind::Version),
    required("commune", &[], "gemeente", Kind::Text),
    required("annee", &["ann\u{e9}e"], "jaar", Kind::Year),
    key("allocation", &[], "toelage", Kind::Text),
    key(
        "base_legale",
        &["base_l\u{e9}gale"],
        "rechtsgrond",
        Kind::Text,
    ),
    key(
        "periode",
        &["p\u{e9}riode"],
        "periode",
        Kind::One(Object::Periode),
    ),
    key("echeance", &["\u{e9}ch\u{e9}ance"], "termijn", Kind::Date),
    key("langue", &[], "taal", Kind::Language),
    key("journaux", &[], "logboeken", Kind::Texts),
    key("secteurs", &[], "sectoren", Kind::Many(Object::Secteur)),
];
const PERIODE: &[Key] = &[
    required("du", &[], "van", Kind::Date),
    required("au", &[], "tot", Kind::Date),
];
const SECTEUR: &[Key] = &[
    ID,
    INTITULE,
    key(
        "objectif_general",
        &["objectif_g\u{e9}n\u{e9}ral"],
        "algemene_doelstelling",
        Kind::Text,
    ),
    key(
        "objectifs_strategiques",
        &["objectifs_strat\u{e9}giques"],
        "strategische_doelstellingen",
        Kind::Many(Object::Strategique),
    ),
];
const STRATEGIQUE: &[Key] = &[
    ID,
    required("domaine", &[], "domein", Kind::Text),
    key("pole", &["p\u{f4}le"], "pool", Kind::Text),
    key(
        "objectifs_operationnels",
        &["objectifs_op\u{e9}rationnels"],
        "operationele_doelstellingen",
        Kind::Many(Object::Operationnel),
    ),
];
const OPERATIONNEL: &[Key] = &[
    ID,
    INTITULE,
    key(
        "resultats_attendus",
        &["r\u{e9}sultats_attendus"],
        "verwachte_resultaten",
        Kind::Texts,
    ),
    key(
        "indicateurs",
        &[],
        "indicatoren",
        Kind::Many(Object::Indicateur),
    ),
];
const INDICATEUR: &[Key] = &[
    ID,
    INTITULE,
    required("cible", &[], "doel", Kind::Scalar),
    key("mesure", &[], "meting", Kind::One(Object::Mesure)),
    key("declare", &["d\u{e9}clar\u{e9}"], "verklaard", Kind::Scalar),
    key("justification", &[], "verantwoording", Kind::Text),
];
const MESURE: &[Key] = &[
    key("activite", &["activit\u{e9}"], "activiteit", Kind::Text),
    key(
        "activites",
        &["activit\u{e9}s"],
        "activiteiten",
        Kind::Texts,
    ),
    key("filtre", &[], "filter", Kind::Filter),
    key("somme", &[], "som", Kind::Text),
    key("distincts", &[], "uniek", Kind::Text),
    key(
        "numerateur",
        &["num\u{e9}rateur"],
        "teller",
        Kind::One(Object::Mesure),
    ),
    key(
        "denominateur",
        &["d\u{e9}nominateur"],
        "noemer",
        Kind::One(Object::Mesure),
    ),
];

impl Key {
    /// Every spelling: French, accented, Dutch.
    fn spellings(&self) -> Vec<&'static str> {
        let mut all = vec![self.fr];
        all.extend(self.accented);
        if self.nl != self.fr {
            all.push(self.nl);
        }
        all
    }

    /// The spelling a plan in `lang` uses: Dutch for Dutch, French otherwise.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::Fr | Lang::En => self.fr,
        }
    }
}

/// What a key means, in the catalog's language (also the comments of `csc init`).
pub fn describe(catalog: &Catalog, selector: &str) -> String {
    catalog.get(keys::SCHEMA_KEY, &[("key", selector.into())])
}

/// The schema of one value.
fn value(kind: Kind, description: &str) -> Value {
    let definition = |o: Object| format!("#/definitions/{}", o.name());
    let mut v = match kind {
        Kind::Version => json!({"const": 1}),
        Kind::Text => json!({"type": "string"}),
        Kind::Year => json!({"type": "integer", "minimum": 2000, "maximum": 2100}),
        Kind::Date => json!({
            "type": "string",
            "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$",
        }),
        Kind::Language => json!({"type": "string", "enum": ["fr", "nl", "en"]}),
        Kind::Texts => json!({"type": "array", "items": {"type": "string"}}),
        Kind::Id => json!({"type": ["string", "integer"], "pattern": "^[^\\s:,;/#]+$"}),
        Kind::Scalar => json!({"type": ["string", "number", "boolean"]}),
        Kind::Filter => json!({
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {"type": ["string", "number", "boolean"]},
        }),
        Kind::One(o) => json!({"allOf": [{"$ref": definition(o)}]}),
        Kind::Many(o) => json!({"type": "array", "items": {"$ref": definition(o)}}),
    };
    v["description"] = json!(description);
    v
}

/// The schema of an object: every spelling of its keys, nothing else, the required ones
/// under one of their spellings.
fn object(catalog: &Catalog, o: Object) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut one_of_spellings = Vec::new();
    for k in o.keys() {
        let description = describe(catalog, k.fr);
        for spelling in k.spellings() {
            properties.insert(spelling.to_owned(), value(k.kind, &description));
        }
        if k.required {
            let spellings = k.spellings();
            if spellings.len() == 1 {
                required.push(json!(k.fr));
            } else {
                let any: Vec<Value> = spellings.iter().map(|s| json!({"required": [s]})).collect();
                one_of_spellings.push(json!({"anyOf": any}));
            }
        }
    }
    let mut v = json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    });
    if !required.is_empty() {
        v["required"] = Value::Array(required);
    }
    if !one_of_spellings.is_empty() {
        v["allOf"] = Value::Array(one_of_spellings);
    }
    v
}

/// The whole schema, with its descriptions from `catalog`.
pub fn schema(catalog: &Catalog) -> Value {
    let mut root = Map::new();
    root.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    root.insert("title".into(), json!(catalog.word(keys::SCHEMA_TITLE)));
    root.insert(
        "description".into(),
        json!(catalog.word(keys::SCHEMA_DESCRIPTION)),
    );
    if let Value::Object(plan) = object(catalog, Object::Plan) {
        root.extend(plan);
    }
    let mut definitions = Map::new();
    for o in Object::DEFINITIONS {
        let mut v = object(catalog, o);
        v["description"] = json!(describe(catalog, &format!("def-{}", o.name())));
        definitions.insert(o.name().to_owned(), v);
    }
    root.insert("definitions".into(), Value::Object(definitions));
    Value::Object(root)
}

/// The schema as `csc schema` prints it: pretty JSON and a final newline.
pub fn text(catalog: &Catalog) -> String {
    let mut s = serde_json::to_string_pretty(&schema(catalog)).unwrap_or_default();
    s.push('\n');
    s
}

pub fn run(ctx: &Context<'_>) -> Outcome {
    match output::stdout(text(ctx.messages).as_bytes()) {
        Ok(()) => Outcome::Success,
        Err(_) => Outcome::Usage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_described_in_every_language() {
        for lang in Lang::ALL {
            let c = Catalog::new(*lang);
            let mut selectors: Vec<String> = Object::DEFINITIONS
                .iter()
                .map(|o| format!("def-{}", o.name()))
                .collect();
            for o in Object::DEFINITIONS.iter().chain([&Object::Plan]) {
                selectors.extend(o.keys().iter().map(|k| k.fr.to_owned()));
            }
            for s in selectors {
                let d = describe(&c, &s);
                // The catalog's default variant is the selector itself.
                assert_ne!(d, s, "{}: no description for `{s}`", lang.code());
            }
        }
    }
}
