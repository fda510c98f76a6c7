/**
 * Step 2, extract: {@link io.khabar.extract.ArticleExtractor} turns any outlet's news page into an
 * {@link io.khabar.extract.ExtractedPage} (title, main text, date, author, credited source, canonical URL, lead
 * image, language). Each concern is a small package-private class with its own test (dates, JSON-LD, meta tags,
 * boilerplate, main text, bylines, credits); no site is special-cased. A new rule goes in the class of its concern.
 */
package io.khabar.extract;
