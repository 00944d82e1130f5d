/**
 * ImageJ 1 integration: the generic plugin behind every menu entry, and the headless macro runner.
 *
 * <p>Layer: above {@code commands}, which it drives; used only by {@code cli}.
 */
package org.gliomaradiomics.ij1;
