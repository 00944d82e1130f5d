package org.gliomaradiomics.filters;

import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.numerics.Kernel1D;

/**
 * The proper rotations of the voxel grid by multiples of 90 degrees: 24 in 3D, 4 in the x-y plane. Each is a
 * signed permutation: kernel axis i is laid along image axis {@code axisOf[i]}, mirrored when {@code flip[i]}.
 * For a separable kernel k0(x)k1(y)k2(z), the rotated kernel is k_i (reversed if flipped) along axisOf[i].
 * Mirror images (determinant -1) are not included: in 2D that gives 4 orientations, not 8, as in the IBSI 2
 * reference implementation (right-handed permutations only).
 */
final class RightAngleRotations {
    static final class Rotation {
        /** Kernel axis i along image axis i, none mirrored (2D kernels use the first two). */
        static final Rotation NONE = new Rotation(new int[] {0, 1, 2}, new boolean[3]);
        final int[] axisOf;
        final boolean[] flip;

        Rotation(int[] axisOf, boolean[] flip) {
            this.axisOf = axisOf;
            this.flip = flip;
        }

        /** Places per-kernel-axis 1D kernels on the image axes (index = image axis). */
        Kernel1D[] place(Kernel1D[] kernelAxes) {
            Kernel1D[] onImage = new Kernel1D[3];
            for (int i = 0; i < kernelAxes.length; i++)
                onImage[axisOf[i]] = flip[i] ? kernelAxes[i].reversed() : kernelAxes[i];
            return onImage;
        }
    }

    private RightAngleRotations() {}

    static List<Rotation> of(Dimensionality d) {
        int n = d.axes;
        List<Rotation> out = new ArrayList<>();
        for (int[] perm : permutations(n)) {
            for (int signs = 0; signs < (1 << n); signs++) {
                boolean[] flip = new boolean[n];
                int negatives = 0;
                for (int i = 0; i < n; i++) if ((signs >> i & 1) == 1) { flip[i] = true; negatives++; }
                // determinant = sign(permutation) * (-1)^negatives; keep +1 (rotations, not reflections)
                if (parity(perm) * (negatives % 2 == 0 ? 1 : -1) == 1) out.add(new Rotation(perm, flip));
            }
        }
        return out;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        if (n == 2) { out.add(new int[] {0, 1}); out.add(new int[] {1, 0}); return out; }
        int[][] p3 = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] p : p3) out.add(p);
        return out;
    }

    private static int parity(int[] p) {
        int inversions = 0;
        for (int i = 0; i < p.length; i++) for (int j = i + 1; j < p.length; j++) if (p[i] > p[j]) inversions++;
        return inversions % 2 == 0 ? 1 : -1;
    }
}
