package org.gliomaradiomics.survival;

/** Handling of tied event times in the Cox partial likelihood (R coxph's default is {@link #EFRON}). */
public enum Ties { EFRON, BRESLOW }
