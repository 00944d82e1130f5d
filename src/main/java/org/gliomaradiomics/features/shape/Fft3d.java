package org.gliomaradiomics.features.shape;

/**
 * In-place complex forward 3D DFT on arrays indexed x + lx (y + ly z), one axis after the other. Lines known to
 * be zero (y &gt;= usedY or z &gt;= usedZ) are skipped in the x and y passes. The y and z passes are batched
 * Stockham transforms over contiguous rows or planes (see {@link Fft}).
 */
final class Fft3d {
    private final int lx, ly, lz;
    private final Fft fx, fy, fz;
    private final double[] workRe, workIm;

    Fft3d(int lx, int ly, int lz) {
        this.lx = lx;
        this.ly = ly;
        this.lz = lz;
        fx = new Fft(lx);
        fy = ly == lx ? fx : new Fft(ly);
        fz = lz == lx ? fx : lz == ly ? fy : new Fft(lz);
        workRe = new double[lx * ly * lz];
        workIm = new double[lx * ly * lz];
    }

    /** @param usedY, usedZ the data is zero for y &gt;= usedY or z &gt;= usedZ */
    void transform(double[] re, double[] im, int usedY, int usedZ) {
        for (int z = 0; z < usedZ; z++)
            for (int y = 0; y < usedY; y++) fx.transform(re, im, lx * (y + ly * z), 1, workRe, workIm);
        for (int z = 0; z < usedZ; z++) fy.transform(re, im, lx * ly * z, lx, workRe, workIm);
        fz.transform(re, im, 0, lx * ly, workRe, workIm);
    }
}
