package org.gliomaradiomics.features;

/**
 * The IBSI 1 digital phantom as a ready {@link RoiData}, built from its voxel values (read once from
 * test-images/ibsi1/phantom.nii.gz and mask.nii.gz: 5 x 4 x 4 voxels, 2 mm, x fastest) so that family tests
 * do not depend on the file readers. Grey levels are used as they are (Ng = 6); IVH levels 1..6.
 */
public final class IbsiPhantom {
    static final int[] IMAGE = {1, 4, 4, 1, 1, 1, 4, 6, 1, 1, 4, 1, 6, 4, 1, 4, 4, 6, 4, 1, 1, 4, 4, 1, 1, 1, 1, 6, 1, 1,
        1, 1, 3, 1, 1, 4, 4, 6, 1, 1, 1, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 6, 1, 1, 1, 4, 4, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 1, 1};
    static final int[] MASK = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private IbsiPhantom() {}

    public static RoiData roi() {
        int n = IMAGE.length;
        double[] image = new double[n];
        boolean[] mask = new boolean[n];
        int[] grey = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            image[i] = IMAGE[i];
            mask[i] = MASK[i] != 0;
            grey[i] = mask[i] ? IMAGE[i] : 0;
            if (mask[i]) count++;
        }
        double[] ivhValues = new double[count];
        for (int i = 0, k = 0; i < n; i++) if (mask[i]) ivhValues[k++] = IMAGE[i];
        return new RoiData(5, 4, 4, 2, 2, 2, image, mask, mask.clone(), grey, 6, ivhValues, new double[] {1, 2, 3, 4, 5, 6});
    }
}
