//! Many documents at once, in parallel (the `rayon` feature).
//!
//! Documents are independent, so a batch is split across rayon's thread pool one
//! document per task; the word lists and regexes are shared, read-only, by every
//! thread. Small documents are the common case in pipelines, and a task per
//! document keeps every core busy without splitting any document.
//!
//! The documents are taken largest first. A batch ends when its last document
//! does, and in input order a large document met late (a long page after many
//! short ones) leaves the other threads idle while one thread cleans it; taken
//! first, the large documents run side by side, and the small ones that come
//! last fill the gaps. The articles are put back in input order at the end.

use rayon::prelude::*;

use crate::{Article, Cleaner};

impl Cleaner {
    /// Cleans every text of `texts` in parallel on rayon's global thread pool;
    /// the articles come back in the order of `texts`, each equal to what
    /// [`clean`](Cleaner::clean) returns for its text. To bound the threads, run
    /// it inside your own pool (`rayon::ThreadPool::install`).
    ///
    /// ```
    /// let pages = ["Home\nNews\n", "Subscribe to our newsletter\n"];
    /// let cleaner = unboil::Cleaner::default();
    /// let articles = cleaner.clean_batch(&pages);
    /// assert_eq!(articles.len(), 2);
    /// assert_eq!(articles[1], cleaner.clean(pages[1]));
    /// ```
    pub fn clean_batch<'a, T>(&self, texts: &'a [T]) -> Vec<Article<'a>>
    where
        T: AsRef<str> + Sync,
    {
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(texts[i].as_ref().len()));
        let mut done: Vec<(usize, Article<'a>)> = order
            .into_par_iter()
            .with_max_len(1)
            .map(|i| (i, self.clean(texts[i].as_ref())))
            .collect();
        done.sort_unstable_by_key(|&(i, _)| i);
        done.into_iter().map(|(_, article)| article).collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn batch_equals_one_by_one_in_order() {
        // Of different lengths, so that the largest-first order is not the
        // input order.
        let texts: Vec<String> = (0..50)
            .map(|i| format!("Menu {i}\nThe council voted on Monday to close the old bridge number {i}, which has carried traffic since 1911.\n{}", "Home\n".repeat(i % 7)))
            .collect();
        let cleaner = crate::Cleaner::default();
        let batch = cleaner.clean_batch(&texts);
        let serial: Vec<_> = texts.iter().map(|t| cleaner.clean(t)).collect();
        assert_eq!(batch, serial);
    }
}
