/**
 * SciJava commands: the one implementation of every menu entry. Each command gathers inputs (snake_case
 * {@code @Parameter} fields), calls the core library and publishes results through {@link
 * org.gliomaradiomics.commands.Outputs}. The ImageJ 1 bridge and the command line derive their forms from the
 * same classes via {@link org.gliomaradiomics.commands.CommandSpec}.
 */
package org.gliomaradiomics.commands;
