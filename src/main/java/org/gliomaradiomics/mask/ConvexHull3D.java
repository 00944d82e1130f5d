package org.gliomaradiomics.mask;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Convex hull of integer 3D points by quickhull, with exact orientation tests in 64-bit integers (coordinates
 * must stay below about 10^5 in magnitude). Written by hand: commons-math3's hull is 2D only. Points coplanar
 * with a face count as inside, so hull faces may be coplanar; volume and area are unaffected. Deterministic:
 * ties are broken by point order.
 */
public final class ConvexHull3D {
    private final long[] px, py, pz;
    private int[] fa = new int[64], fb = new int[64], fc = new int[64];
    private long[] fnx = new long[64], fny = new long[64], fnz = new long[64], foff = new long[64];
    private boolean[] alive = new boolean[64];
    private int[] outsideHead = new int[64];
    private int faceCount;
    private final int[] nextOutside;
    private final EdgeFaces edgeFace = new EdgeFaces();

    private ConvexHull3D(long[] x, long[] y, long[] z) {
        px = x;
        py = y;
        pz = z;
        nextOutside = new int[x.length];
    }

    /** Faces of the hull as triples of point indices, counter-clockwise seen from outside; empty if the points
     * span no volume. */
    public static int[] hull(long[] x, long[] y, long[] z) {
        ConvexHull3D h = new ConvexHull3D(x, y, z);
        return h.build();
    }

    private long dist(int f, int p) {
        return fnx[f] * px[p] + fny[f] * py[p] + fnz[f] * pz[p] - foff[f];
    }

    private int[] build() {
        int n = px.length;
        if (n < 4) return new int[0];
        int p0 = 0;
        for (int i = 1; i < n; i++)
            if (px[i] < px[p0] || px[i] == px[p0] && (py[i] < py[p0] || py[i] == py[p0] && pz[i] < pz[p0])) p0 = i;
        int p1 = -1;
        long best = 0;
        for (int i = 0; i < n; i++) {
            long dx = px[i] - px[p0], dy = py[i] - py[p0], dz = pz[i] - pz[p0];
            long d = dx * dx + dy * dy + dz * dz;
            if (d > best) {
                best = d;
                p1 = i;
            }
        }
        if (p1 < 0) return new int[0];
        int p2 = -1;
        best = 0;
        long ux = px[p1] - px[p0], uy = py[p1] - py[p0], uz = pz[p1] - pz[p0];
        for (int i = 0; i < n; i++) {
            long vx = px[i] - px[p0], vy = py[i] - py[p0], vz = pz[i] - pz[p0];
            long cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
            long d = cx * cx + cy * cy + cz * cz;
            if (d > best) {
                best = d;
                p2 = i;
            }
        }
        if (p2 < 0) return new int[0];
        int p3 = -1;
        best = 0;
        long wx = px[p2] - px[p0], wy = py[p2] - py[p0], wz = pz[p2] - pz[p0];
        long nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
        for (int i = 0; i < n; i++) {
            long d = Math.abs(nx * (px[i] - px[p0]) + ny * (py[i] - py[p0]) + nz * (pz[i] - pz[p0]));
            if (d > best) {
                best = d;
                p3 = i;
            }
        }
        if (p3 < 0) return new int[0];
        // Orient the base so that p3 lies behind it, then add the three side faces.
        boolean p3Above = nx * (px[p3] - px[p0]) + ny * (py[p3] - py[p0]) + nz * (pz[p3] - pz[p0]) > 0;
        int a = p0, b = p3Above ? p2 : p1, c = p3Above ? p1 : p2;
        int[] initial = {addFace(a, b, c), addFace(a, p3, b), addFace(b, p3, c), addFace(c, p3, a)};
        for (int i = 0; i < n; i++) {
            if (i == p0 || i == p1 || i == p2 || i == p3) continue;
            for (int f : initial)
                if (dist(f, i) > 0) {
                    pushOutside(f, i);
                    break;
                }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int f : initial) work.add(f);
        int[] stack = new int[64], visible = new int[64], horizon = new int[128];
        boolean[] isVisible = new boolean[64];
        while (!work.isEmpty()) {
            int f = work.poll();
            if (!alive[f] || outsideHead[f] < 0) continue;
            int eye = -1;
            long far = 0;
            for (int p = outsideHead[f]; p >= 0; p = nextOutside[p]) {
                long d = dist(f, p);
                if (d > far) {
                    far = d;
                    eye = p;
                }
            }
            // Visible faces: connected region around f seen strictly from the eye point.
            if (isVisible.length < faceCount) isVisible = Arrays.copyOf(isVisible, 2 * faceCount);
            int nVisible = 0, top = 0;
            stack = grow(stack, 1);
            stack[top++] = f;
            isVisible[f] = true;
            int nHorizon = 0;
            while (top > 0) {
                int g = stack[--top];
                visible = grow(visible, nVisible + 1);
                visible[nVisible++] = g;
                int[] corners = {fa[g], fb[g], fc[g]};
                for (int k = 0; k < 3; k++) {
                    int u = corners[k], v = corners[(k + 1) % 3];
                    int h = edgeFace.get(key(v, u));
                    if (isVisible[h]) continue;
                    if (dist(h, eye) > 0) {
                        isVisible[h] = true;
                        stack = grow(stack, top + 1);
                        stack[top++] = h;
                    }
                }
            }
            for (int i = 0; i < nVisible; i++) {
                int g = visible[i];
                int[] corners = {fa[g], fb[g], fc[g]};
                for (int k = 0; k < 3; k++) {
                    int u = corners[k], v = corners[(k + 1) % 3];
                    int h = edgeFace.get(key(v, u));
                    if (!isVisible[h]) {
                        horizon = grow(horizon, nHorizon + 2);
                        horizon[nHorizon++] = u;
                        horizon[nHorizon++] = v;
                    }
                }
            }
            // The dead faces' edges stay in edgeFace: lookups ask only for the twin of an alive face's edge, and
            // a directed edge's latest entry is its alive face.
            for (int i = 0; i < nVisible; i++) alive[visible[i]] = false;
            int firstNew = faceCount;
            for (int i = 0; i < nHorizon; i += 2) addFace(horizon[i], horizon[i + 1], eye);
            if (isVisible.length < faceCount) isVisible = Arrays.copyOf(isVisible, 2 * faceCount);
            for (int i = 0; i < nVisible; i++) {
                int g = visible[i];
                isVisible[g] = false;
                for (int p = outsideHead[g]; p >= 0; ) {
                    int nextP = nextOutside[p];
                    if (p != eye)
                        for (int h = firstNew; h < faceCount; h++)
                            if (dist(h, p) > 0) {
                                pushOutside(h, p);
                                break;
                            }
                    p = nextP;
                }
                outsideHead[g] = -1;
            }
            for (int h = firstNew; h < faceCount; h++) if (outsideHead[h] >= 0) work.add(h);
        }
        int count = 0;
        for (int f = 0; f < faceCount; f++) if (alive[f]) count++;
        int[] out = new int[3 * count];
        for (int f = 0, k = 0; f < faceCount; f++)
            if (alive[f]) {
                out[k++] = fa[f];
                out[k++] = fb[f];
                out[k++] = fc[f];
            }
        return out;
    }

    private static int[] grow(int[] a, int need) {
        return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, 2 * a.length));
    }

    private static long key(int u, int v) {
        return ((long) u << 32) | (v & 0xffffffffL);
    }

    /** Directed edge (key) to face, by open addressing with linear probing; written by hand because a
     * {@code HashMap<Long, Integer>} boxes every entry and hashes (u, v) as u ^ v, so the edges of a large hull
     * collide into tree bins. Keys are non-negative (point indices), so -1 marks an empty slot. Put overwrites. */
    private static final class EdgeFaces {
        private long[] keys = filled(1 << 10);
        private int[] faces = new int[1 << 10];
        private int size;

        private static long[] filled(int n) {
            long[] k = new long[n];
            Arrays.fill(k, -1);
            return k;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing; the high half folded into the low bits
            return (int) (h ^ (h >>> 32)) & mask;
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == key) return faces[i];
                if (keys[i] < 0) throw new IllegalStateException("hull edge without a face");
            }
        }

        void put(long key, int face) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1, i = slot(key, mask);
            while (keys[i] >= 0 && keys[i] != key) i = (i + 1) & mask;
            if (keys[i] < 0) size++;
            keys[i] = key;
            faces[i] = face;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldFaces = faces;
            keys = filled(2 * oldKeys.length);
            faces = new int[keys.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] >= 0) put(oldKeys[i], oldFaces[i]);
        }
    }

    private void pushOutside(int f, int p) {
        nextOutside[p] = outsideHead[f];
        outsideHead[f] = p;
    }

    private int addFace(int a, int b, int c) {
        if (faceCount == fa.length) {
            int n = 2 * faceCount;
            fa = Arrays.copyOf(fa, n);
            fb = Arrays.copyOf(fb, n);
            fc = Arrays.copyOf(fc, n);
            fnx = Arrays.copyOf(fnx, n);
            fny = Arrays.copyOf(fny, n);
            fnz = Arrays.copyOf(fnz, n);
            foff = Arrays.copyOf(foff, n);
            alive = Arrays.copyOf(alive, n);
            outsideHead = Arrays.copyOf(outsideHead, n);
        }
        int f = faceCount++;
        fa[f] = a;
        fb[f] = b;
        fc[f] = c;
        long ux = px[b] - px[a], uy = py[b] - py[a], uz = pz[b] - pz[a];
        long vx = px[c] - px[a], vy = py[c] - py[a], vz = pz[c] - pz[a];
        fnx[f] = uy * vz - uz * vy;
        fny[f] = uz * vx - ux * vz;
        fnz[f] = ux * vy - uy * vx;
        foff[f] = fnx[f] * px[a] + fny[f] * py[a] + fnz[f] * pz[a];
        alive[f] = true;
        outsideHead[f] = -1;
        edgeFace.put(key(a, b), f);
        edgeFace.put(key(b, c), f);
        edgeFace.put(key(c, a), f);
        return f;
    }
}
