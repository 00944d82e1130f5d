/** The {@code java -jar} entry point: subcommands derived from the command classes, and the headless macro runner. */
package org.gliomaradiomics.cli;
