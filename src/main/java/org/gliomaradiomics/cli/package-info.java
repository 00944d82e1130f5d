/**
 * The {@code java -jar} entry point: subcommands derived from the command classes, and the headless macro runner.
 *
 * <p>Layer: the top; may use {@code commands} and {@code ij1} (and everything below them); nothing uses it.
 */
package org.gliomaradiomics.cli;
