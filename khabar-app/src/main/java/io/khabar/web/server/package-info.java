/**
 * The web server's assembly: routes of the pages, the API and the admin endpoints on Javalin, security headers
 * on every answer, and errors as pages or JSON. Depends on the other web packages; none depends on it.
 */
package io.khabar.web.server;
