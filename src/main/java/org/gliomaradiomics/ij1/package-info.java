/** ImageJ 1 integration: the generic plugin behind every menu entry, and the headless macro runner. */
package org.gliomaradiomics.ij1;
