/**
 * The store on SolrCloud ({@link io.khabar.solr.SolrStore}, SolrJ over the JDK's HTTP client, no Jetty), its
 * configset (Khabar's analyzer by class name) and {@code solr init}; held to the same contract suite as the
 * embedded store.
 */
package io.khabar.solr;
