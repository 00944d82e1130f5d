/**
 * SciJava commands: the one implementation of every menu entry. Each command gathers inputs (snake_case
 * {@code @Parameter} fields), calls the core library and publishes results through {@link
 * org.gliomaradiomics.commands.Outputs}. The ImageJ 1 bridge and the command line derive their forms from the
 * same classes via {@link org.gliomaradiomics.commands.CommandSpec}.
 *
 * <p>Layer: the command layer, above the whole core; may use every package but {@code ij1} and {@code cli}. Here,
 * in {@code image}, {@code table}, {@code settings}, {@code extraction} and {@code report} live file input and output and the ImageJ-facing choices
 * (ImageJ's thread setting, its AutoThresholder methods in {@link org.gliomaradiomics.commands.ImageJThresholds}).
 */
package org.gliomaradiomics.commands;
