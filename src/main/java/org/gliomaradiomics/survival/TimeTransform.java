package org.gliomaradiomics.survival;

/**
 * Function g(t) of time against which the proportional-hazards test looks for a trend in β(t) (R cox.zph's
 * {@code transform}): {@link #KM} = 1 − left-continuous Kaplan-Meier of all subjects (R's default),
 * {@link #IDENTITY} = t, {@link #RANK} = rank of t among all follow-up times (ties averaged), {@link #LOG} = log t.
 */
public enum TimeTransform { KM, IDENTITY, RANK, LOG }
