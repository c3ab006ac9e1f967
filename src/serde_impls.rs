//! `Serialize` for the public types, behind the `serde` feature.
//!
//! Labels, reasons and line endings serialize as their stable names (`"body"`,
//! `"caption-or-credit"`, `"\r\n"`), so JSON output reads like the `classify`
//! example's. A [`Line`] is an object with its number, byte spans, label, reason,
//! ending and text; an [`Article`] adds its headline, byline, authors and lines
//! (the input itself is the lines' texts and endings, in order). Serializing only:
//! an article borrows its input, so there is nothing to deserialize into.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Article, Label, Line, LineEnding, Lines, Reason};

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for LineEnding {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Line<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut line = s.serialize_struct("Line", 7)?;
        line.serialize_field("number", &self.number())?;
        line.serialize_field("label", &self.label())?;
        line.serialize_field("reason", &self.reason())?;
        line.serialize_field("span", &self.span())?;
        line.serialize_field("full_span", &self.full_span())?;
        line.serialize_field("ending", &self.ending())?;
        line.serialize_field("text", self.text())?;
        line.end()
    }
}

/// A sequence of [`Line`]s.
impl Serialize for Lines<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl Serialize for Article<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut article = s.serialize_struct("Article", 4)?;
        article.serialize_field("headline", &self.headline())?;
        article.serialize_field("byline", &self.byline())?;
        article.serialize_field("authors", &self.authors())?;
        article.serialize_field("lines", &self.lines())?;
        article.end()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn article_serializes_to_json() {
        let article = crate::clean("\u{feff}Home\r\n");
        let json = serde_json::to_value(&article).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "headline": null,
                "byline": null,
                "authors": [],
                "lines": [{
                    "number": 1,
                    "label": "boilerplate",
                    "reason": article.lines().get(0).unwrap().reason().as_str(),
                    "span": {"start": 3, "end": 7},
                    "full_span": {"start": 0, "end": 9},
                    "ending": "\r\n",
                    "text": "Home",
                }],
            })
        );
    }

    #[test]
    fn explanation_serializes_label_reason_and_scores() {
        let article = crate::clean("Home\nHome\n");
        let why = article.explain(&article.lines().get(0).unwrap());
        let json = serde_json::to_value(&why).unwrap();
        assert_eq!(json["label"], "boilerplate");
        assert_eq!(json["scores"]["repeats"], 2);
        assert_eq!(json["scores"]["chars"], 4);
        assert_eq!(json["scores"]["sentence_end"], false);
    }
}
