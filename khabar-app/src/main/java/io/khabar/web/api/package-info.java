/**
 * The JSON API: the same reads as the pages, as JSON.
 */
package io.khabar.web.api;
