/**
 * The log: Logback configured in code ({@link io.dockwright.logging.Logging}), the rotated file under the
 * Dockwright home, and the secrets it never writes ({@link io.dockwright.logging.Secrets}). Plain Java.
 */
package io.dockwright.logging;
