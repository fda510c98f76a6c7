/**
 * Khabar's own plumbing, public only so that its modules can share it: not an API, it may change without
 * notice (as jsoup's {@code internal}). Scheduling priorities for the work that must give way to readers.
 */
package io.khabar.internal;
