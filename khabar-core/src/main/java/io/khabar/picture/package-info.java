/**
 * Pictures: an article's lead image, fetched by the crawler like any page (address rules, robots.txt, size
 * limits), checked and scaled here to a small JPEG thumbnail, and kept in the data folder so that the site
 * serves it from its own origin. A picture that fails any check is no picture, with the reason logged.
 */
package io.khabar.picture;
