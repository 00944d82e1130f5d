package org.gliomaradiomics.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input that is optional in ImageJ (the result opens as an image, the open image is used) but required on the
 * command line, where it is checked with the other options before any work starts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CommandLineRequired {
}
