package org.gliomaradiomics.learn;

import java.io.Serializable;

/** A pipeline step after fitting on training rows: applies the same transformation to any rows. */
public interface FittedTransform extends Serializable {
    Dataset apply(Dataset data);
}
