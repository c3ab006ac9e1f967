//! Tuning knobs and their validation.

use crate::Language;

/// The classifier's tuning knobs. Start from [`Config::default`] and change what you
/// need, with struct update syntax or with [`Config::builder`]; a [`Cleaner`] checks
/// the values once, when it is built.
///
/// Lengths count characters of the trimmed line, not bytes, so they mean the same in
/// every script.
///
/// ```
/// use unboil::{Cleaner, Config};
///
/// let cleaner = Cleaner::new(Config { length_low: 50, ..Config::default() })?;
/// let same = Config::builder().length_low(50).build()?;
/// assert_eq!(cleaner.config(), &same);
/// # Ok::<(), unboil::ConfigError>(())
/// ```
///
/// [`Cleaner`]: crate::Cleaner
///
/// The fields are public so that struct update syntax works; new knobs arrive with
/// a minor version and a default, so always end a literal with `..Config::default()`.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Lines shorter than this (in characters) are *short*: their own words are too
    /// few to judge them, so their neighbours decide. Default 70.
    pub length_low: usize,
    /// Lines at least this long with a high stopword density are body on their own,
    /// whatever their neighbours. Default 200.
    pub length_high: usize,
    /// Below this share of stopwords among its words a long line reads like a list
    /// of names or links, not prose, unless it ends like a sentence. Default 0.30.
    pub stopwords_low: f32,
    /// At or above this share of stopwords a long line is prose. Default 0.32.
    pub stopwords_high: f32,
    /// How many non-blank lines before the first body line the headline may be.
    /// Default 20.
    pub headline_max_distance: usize,
    /// A headline has at least this many words. Default 3. The title a
    /// plain-text document centers over its hard-wrapped text (an RFC's) may be
    /// shorter: centering is evidence enough.
    pub headline_min_words: usize,
    /// A headline has at most this many words. Default 25.
    pub headline_max_words: usize,
    /// How many non-blank lines from the headline or from the end of the body a
    /// byline may be (above a headline, at most two; under the body's start,
    /// counted in body lines). Default 8.
    pub byline_max_distance: usize,
    /// The language of the input, which picks the stoplist; `None` (the default)
    /// detects it per document from the text (see [`Article::language`]). Fix it
    /// when you know the language and the pages are short or mixed.
    ///
    /// ```
    /// use unboil::{Cleaner, Config, Language};
    /// let french = Cleaner::new(Config { language: Some(Language::French), ..Config::default() })?;
    /// assert_eq!(french.clean("Bonjour\n").language(), Some(Language::French));
    /// # Ok::<(), unboil::ConfigError>(())
    /// ```
    ///
    /// [`Article::language`]: crate::Article::language
    pub language: Option<Language>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            length_low: 70,
            length_high: 200,
            stopwords_low: 0.30,
            stopwords_high: 0.32,
            headline_max_distance: 20,
            headline_min_words: 3,
            headline_max_words: 25,
            byline_max_distance: 8,
            language: None,
        }
    }
}

impl Config {
    /// A builder starting from the defaults.
    ///
    /// ```
    /// let config = unboil::Config::builder().stopwords_low(0.25).build()?;
    /// assert_eq!(config.stopwords_low, 0.25);
    /// # Ok::<(), unboil::ConfigError>(())
    /// ```
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder(Config::default())
    }

    /// Checks that the values make sense together.
    ///
    /// ```
    /// let bad = unboil::Config { stopwords_low: 0.5, stopwords_high: 0.2, ..Default::default() };
    /// assert!(bad.validate().is_err());
    /// assert!(unboil::Config::default().validate().is_ok());
    /// ```
    pub fn validate(&self) -> Result<(), ConfigError> {
        let share = 0.0..=1.0;
        if !(share.contains(&self.stopwords_low)
            && share.contains(&self.stopwords_high)
            && self.stopwords_low <= self.stopwords_high)
        {
            return Err(ConfigError::StopwordThresholds {
                low: self.stopwords_low,
                high: self.stopwords_high,
            });
        }
        if self.length_low > self.length_high {
            return Err(ConfigError::LengthThresholds {
                low: self.length_low,
                high: self.length_high,
            });
        }
        if self.headline_min_words == 0 || self.headline_min_words > self.headline_max_words {
            return Err(ConfigError::HeadlineWords {
                min: self.headline_min_words,
                max: self.headline_max_words,
            });
        }
        Ok(())
    }
}

/// Builds a [`Config`] one knob at a time; [`build`](ConfigBuilder::build) validates.
///
/// ```
/// let config = unboil::Config::builder().length_low(50).byline_max_distance(4).build()?;
/// assert_eq!((config.length_low, config.byline_max_distance), (50, 4));
/// # Ok::<(), unboil::ConfigError>(())
/// ```
#[derive(Debug, Clone)]
pub struct ConfigBuilder(Config);

macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident: $ty:ty),* $(,)?) => {
        impl ConfigBuilder {
            $(
                $(#[$doc])*
                ///
                /// ```
                #[doc = concat!("let default = unboil::Config::default().", stringify!($name), ";")]
                #[doc = concat!("let config = unboil::Config::builder().", stringify!($name), "(default).build()?;")]
                #[doc = concat!("assert_eq!(config.", stringify!($name), ", default);")]
                /// # Ok::<(), unboil::ConfigError>(())
                /// ```
                pub fn $name(mut self, value: $ty) -> ConfigBuilder {
                    self.0.$name = value;
                    self
                }
            )*
        }
    };
}

setters! {
    /// Sets [`Config::length_low`].
    length_low: usize,
    /// Sets [`Config::length_high`].
    length_high: usize,
    /// Sets [`Config::stopwords_low`].
    stopwords_low: f32,
    /// Sets [`Config::stopwords_high`].
    stopwords_high: f32,
    /// Sets [`Config::headline_max_distance`].
    headline_max_distance: usize,
    /// Sets [`Config::headline_min_words`].
    headline_min_words: usize,
    /// Sets [`Config::headline_max_words`].
    headline_max_words: usize,
    /// Sets [`Config::byline_max_distance`].
    byline_max_distance: usize,
    /// Sets [`Config::language`]: `Some` fixes it, `None` detects it.
    language: Option<Language>,
}

impl ConfigBuilder {
    /// The finished config, or why it cannot work.
    ///
    /// ```
    /// let err = unboil::Config::builder().length_low(500).build().unwrap_err();
    /// assert!(err.to_string().contains("length_low"));
    /// ```
    pub fn build(self) -> Result<Config, ConfigError> {
        self.0.validate()?;
        Ok(self.0)
    }
}

/// A [`Config`] whose values cannot work together. The message names the fix.
///
/// ```
/// let bad = unboil::Config { stopwords_low: 0.5, stopwords_high: 0.2, ..Default::default() };
/// let err = unboil::Cleaner::new(bad).unwrap_err();
/// assert!(matches!(err, unboil::ConfigError::StopwordThresholds { .. }));
/// assert!(err.to_string().contains("stopwords_low <= stopwords_high"));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The stopword thresholds are out of range or in the wrong order.
    #[error(
        "stopwords_low ({low}) and stopwords_high ({high}) must be shares between 0.0 and 1.0 \
         with stopwords_low <= stopwords_high"
    )]
    StopwordThresholds {
        /// The configured `stopwords_low`.
        low: f32,
        /// The configured `stopwords_high`.
        high: f32,
    },
    /// `length_low` is above `length_high`.
    #[error("length_low ({low}) must not exceed length_high ({high}): lower length_low or raise length_high")]
    LengthThresholds {
        /// The configured `length_low`.
        low: usize,
        /// The configured `length_high`.
        high: usize,
    },
    /// The headline word bounds are empty or in the wrong order.
    #[error(
        "headline_min_words ({min}) must be at least 1 and at most headline_max_words ({max})"
    )]
    HeadlineWords {
        /// The configured `headline_min_words`.
        min: usize,
        /// The configured `headline_max_words`.
        max: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_valid() {
        assert_eq!(Config::default().validate(), Ok(()));
    }

    #[test]
    fn nan_thresholds_are_rejected() {
        let c = Config {
            stopwords_low: f32::NAN,
            ..Config::default()
        };
        assert!(matches!(
            c.validate(),
            Err(ConfigError::StopwordThresholds { .. })
        ));
    }

    #[test]
    fn headline_bounds_are_checked() {
        let err = Config::builder().headline_min_words(0).build().unwrap_err();
        assert!(matches!(err, ConfigError::HeadlineWords { min: 0, .. }));
        assert!(Config::builder().headline_min_words(30).build().is_err());
    }
}
