/**
 * The lab's command line ({@code ./khabar eval|bench|train-*|build-lexicon|sample} run this jar): what measures
 * Khabar or builds what it ships. Not in the product jar.
 */
package io.khabar.lab.cli;
