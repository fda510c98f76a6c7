/**
 * Step 6, serve: the {@code khabar} command line (picocli). Commands open a store ({@code StoreOptions}) and use
 * the two facades; a new command is a class here listed in {@link io.khabar.cli.Main}.
 */
package io.khabar.cli;
