/**
 * Hardening trials: SIGKILL crash trials of imports, the open-model load client, hostile-input and fuzzing figures.
 */
package io.khabar.lab.harden;
